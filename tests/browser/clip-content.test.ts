import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { registerExtractPage } from '../../lib/clip';
import { loadGazetteer } from '../../lib/gazetteer';
import { sharedReaderAutomaton, shareReaderAutomaton } from '../../lib/isolated-world';
import { compileAutomaton, packAutomaton } from '../../lib/match';
import type { ExtractedPage, Result } from '../../lib/messages';
import articleHtml from '../fixtures/clip/article.html?raw';
import { cleanUp, realAutomaton } from './page-fixtures';

/** The messaging library needs an extension; this page is none, so the protocol's functions are stood in for. */
const messaging = vi.hoisted(() => ({
  handlers: new Map<string, (message: { data: unknown }) => unknown>(),
  sendMessage: vi.fn(),
}));

vi.mock('../../lib/messages', () => ({
  ok: (value: unknown) => ({ ok: true, value }),
  err: (error: string) => ({ ok: false, error }),
  isContextInvalidated: (e: unknown) =>
    e instanceof Error && /Extension context invalidated/i.test(e.message),
  sendMessage: messaging.sendMessage,
  onMessage: (type: string, handler: (message: { data: unknown }) => unknown) => {
    messaging.handlers.set(type, handler);
    return () => messaging.handlers.delete(type);
  },
}));

function mountArticle(): void {
  const parsed = new DOMParser().parseFromString(articleHtml, 'text/html');
  document.body.replaceChildren(...[...parsed.body.childNodes].map((n) => document.importNode(n, true)));
}

async function ask(data: { asBookmark?: boolean } = {}): Promise<Result<ExtractedPage>> {
  const handler = messaging.handlers.get('extractPage');
  if (!handler) throw new Error('no extractPage listener');
  return (await handler({ data })) as Result<ExtractedPage>;
}

let remove: (() => void) | undefined;

beforeEach(() => {
  messaging.sendMessage.mockReset();
  mountArticle();
});

afterEach(() => {
  remove?.();
  remove = undefined;
  cleanUp();
});

describe('the content script’s extractPage listener', () => {
  it('answers with the page’s draft, and returns the function that removes it', async () => {
    remove = registerExtractPage(() => realAutomaton());
    const answer = await ask();
    expect(answer.ok).toBe(true);
    if (!answer.ok) return;
    expect(answer.value.isArticle).toBe(true);
    expect(answer.value.draft.kind).toBe('article');
    expect(answer.value.draft.text).toContain('Ethiopia and Eritrea reopened two crossings');
    expect(answer.value.draft.entities.map((e) => e.id)).toContain('country:ER');
    remove();
    expect(messaging.handlers.has('extractPage')).toBe(false);
  });

  it('saves a bookmark when asked to', async () => {
    remove = registerExtractPage(() => realAutomaton());
    const answer = await ask({ asBookmark: true });
    expect(answer.ok && answer.value.draft.kind).toBe('bookmark');
    expect(answer.ok && answer.value.isArticle).toBe(false);
  });

  it('fetches the automaton once from the background when marks are off on the page', async () => {
    const packed = packAutomaton(compileAutomaton(loadGazetteer().lexicon));
    messaging.sendMessage.mockResolvedValue({ ok: true, value: packed });
    remove = registerExtractPage(() => null);
    const first = await ask();
    const second = await ask();
    expect(first.ok && first.value.draft.entities.map((e) => e.id)).toContain('country:ET');
    expect(second.ok).toBe(true);
    expect(messaging.sendMessage).toHaveBeenCalledTimes(1);
    expect(messaging.sendMessage).toHaveBeenCalledWith('packedAutomaton', undefined);
  });

  it('uses the automaton the content script shared in this isolated world, asking the background for nothing', async () => {
    remove = registerExtractPage(sharedReaderAutomaton);
    shareReaderAutomaton(realAutomaton());
    const answer = await ask();
    expect(answer.ok && answer.value.draft.entities.map((e) => e.id)).toContain('country:ER');
    expect(messaging.sendMessage).not.toHaveBeenCalled();
  });

  it('says so in words when it has no automaton', async () => {
    messaging.sendMessage.mockResolvedValue({ ok: false, error: 'gone' });
    remove = registerExtractPage(() => null);
    expect(await ask()).toEqual({
      ok: false,
      error:
        'the list of countries and organisations did not load in this page; reload the page and try again.',
    });
    messaging.sendMessage.mockRejectedValue(new Error('Extension context invalidated.'));
    expect(await ask()).toEqual({
      ok: false,
      error: 'Dossier was updated or reloaded since the page opened; reload the page and try again.',
    });
  });

  it('answers with an error, not a throw, when extraction fails', async () => {
    const broken = {} as Document;
    remove = registerExtractPage(() => realAutomaton(), broken);
    const answer = await ask();
    expect(answer.ok).toBe(false);
    expect(!answer.ok && answer.error).toMatch(/^extracting the article failed \(.+\)\.$/);
  });
});
