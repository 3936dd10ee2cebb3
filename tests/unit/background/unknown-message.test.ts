import { defineExtensionMessaging } from '@webext-core/messaging';
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  answerUnknownMessages,
  trackHandledTypes,
  unknownMessageAnswer,
} from '../../../lib/background/unknown-message';
import { err, ok, type ProtocolMap } from '../../../lib/messages';

type RuntimeListener = (message: unknown, sender: unknown, sendResponse: (r: unknown) => void) => unknown;

/**
 * chrome.runtime's one-off messages between two contexts, as each browser dispatches them to several
 * onMessage listeners: the first sendResponse wins; a listener keeps the channel open by returning true (or,
 * in Firefox, a promise); when none answers or keeps it open, Chrome reports a closed port and Firefox
 * answers undefined.
 */
function fakeChrome(semantics: 'chrome' | 'firefox') {
  const listeners: RuntimeListener[] = [];
  const runtime = {
    lastError: undefined as { message: string } | undefined,
    onMessage: {
      addListener: (l: RuntimeListener) => void listeners.push(l),
      removeListener: (l: RuntimeListener) => void listeners.splice(listeners.indexOf(l), 1),
    },
    sendMessage(message: unknown, callback: (response: unknown) => void) {
      const received = JSON.parse(JSON.stringify(message));
      let answered = false;
      let open = false;
      const respond = (response: unknown) => {
        if (answered) return;
        answered = true;
        const copy = response === undefined ? undefined : JSON.parse(JSON.stringify(response));
        setTimeout(() => callback(copy));
      };
      for (const listener of listeners) {
        const returned = listener(received, { id: 'dossier' }, respond);
        if (returned === true) open = true;
        else if (semantics === 'firefox' && returned instanceof Promise) {
          open = true;
          returned.then(respond);
        }
      }
      if (answered || open) return;
      answered = true;
      setTimeout(() => {
        if (semantics === 'firefox') return callback(undefined);
        runtime.lastError = { message: 'The message port closed before a response was received.' };
        callback(undefined);
        runtime.lastError = undefined;
      });
    },
  };
  return { runtime, listeners };
}

/** The background's wiring: handlers through the tracked `on`, and the answer to the rest beside them. */
function background(semantics: 'chrome' | 'firefox', unknownListenerFirst = false) {
  const chrome = fakeChrome(semantics);
  vi.stubGlobal('chrome', chrome);
  const messaging = defineExtensionMessaging<ProtocolMap>({ logger: undefined });
  const { on, handled } = trackHandledTypes(messaging.onMessage);
  if (unknownListenerFirst) chrome.runtime.onMessage.addListener(answerUnknownMessages(handled));
  on('ping', () => ok({ version: '1.2.3' }));
  // Answers late, after the unknown-message listener has long returned.
  on('tabReport', async () => {
    await new Promise((r) => setTimeout(r, 5));
    return ok(null);
  });
  on('getClip', async () => {
    throw new Error('the handler failed');
  });
  if (!unknownListenerFirst) chrome.runtime.onMessage.addListener(answerUnknownMessages(handled));
  return messaging.sendMessage as (type: string, data?: unknown) => Promise<unknown>;
}

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('a message of a type the background does not take', () => {
  for (const semantics of ['chrome', 'firefox'] as const)
    for (const first of [false, true])
      it(`is answered {ok:false} and known types keep their answers (${semantics}, listener ${first ? 'first' : 'last'})`, async () => {
        const send = background(semantics, first);
        expect(await send('nope', { a: 1 })).toEqual({ ok: false, error: 'unknown message "nope"' });
        // The library looks its handlers up on a plain object, where "toString" is found.
        expect(await send('toString')).toEqual({ ok: false, error: 'unknown message "toString"' });
        expect(await send('ping')).toEqual({ ok: true, value: { version: '1.2.3' } });
        expect(await send('tabReport', { tabId: 7 })).toEqual({ ok: true, value: null });
        await expect(send('getClip', { id: 1 })).rejects.toThrow('the handler failed');
      });

  it('is told apart from known types, malformed envelopes and other protocols', () => {
    const handled = new Set(['ping']);
    const envelope = (type: unknown) => ({ id: 1, type, data: null, timestamp: 1 });
    expect(unknownMessageAnswer(envelope('ping'), handled)).toBeUndefined();
    expect(unknownMessageAnswer(envelope('x'), handled)).toEqual({ res: err('unknown message "x"') });
    expect(unknownMessageAnswer(envelope('hasOwnProperty'), handled)).toEqual({
      res: err('unknown message "hasOwnProperty"'),
    });
    expect(unknownMessageAnswer(envelope(42), handled)).toEqual({
      res: err('malformed message: its type is not a text'),
    });
    expect(unknownMessageAnswer(envelope('"'.repeat(1000)), handled)?.res).toEqual({
      ok: false,
      error: expect.stringMatching(/^unknown message .{1,210}$/),
    });
    // Not @webext-core/messaging's: someone else's message, not ours to answer.
    for (const other of [42, 'x', null, undefined, {}, { type: 'x' }, { type: 'x', timestamp: '1' }])
      expect(unknownMessageAnswer(other, handled)).toBeUndefined();
  });
});
