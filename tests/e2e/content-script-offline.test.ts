import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { assertPrerequisites, EXTENSION_DIR } from './launch';

// Everything the built extension runs inside web pages: the content script, and the card and the clipper
// that the background injects into the same isolated world.
const IN_PAGE = ['content-scripts/content.js', 'card.js', 'clipper.js'];

// Every way a script can send something over the network by itself, as written in a bundle. The page's
// own images and links are the page's; nothing of ours may start a request.
const NETWORK = /\b(fetch|XMLHttpRequest|sendBeacon|WebSocket|EventSource|WebTransport|RTCPeerConnection)\b/g;

describe('the scripts the extension runs in pages', () => {
  it('hold no network API: the page text read there cannot be sent anywhere', () => {
    assertPrerequisites();
    const found: Record<string, string[]> = {};
    for (const file of IN_PAGE) {
      const hits = readFileSync(join(EXTENSION_DIR, file), 'utf8').match(NETWORK);
      if (hits) found[file] = [...new Set(hits)];
    }
    expect(found).toEqual({});
  });
});
