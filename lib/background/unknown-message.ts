import { err, type onMessage, type Result } from '../messages';

type OnMessage = typeof onMessage;

/** @webext-core/messaging's response envelope: its `sendMessage` resolves to `res` (and throws `err`). */
export interface MessagingResponse {
  res: Result<never>;
}

/**
 * The answer to a message no handler takes, or undefined when a handler takes it or it is not
 * @webext-core/messaging's envelope ({id, type, data, timestamp}). Unanswered, such a message reaches its
 * sender as a thrown "No response" or a closed port instead of a result it can read.
 */
export function unknownMessageAnswer(
  message: unknown,
  handled: ReadonlySet<string>,
): MessagingResponse | undefined {
  if (typeof message !== 'object' || message === null) return undefined;
  const { type, timestamp } = message as Record<string, unknown>;
  // The library's own test of its envelope; anything else is someone else's protocol, left alone.
  if (typeof timestamp !== 'number') return undefined;
  if (typeof type !== 'string') return { res: err('malformed message: its type is not a text') };
  if (handled.has(type)) return undefined;
  return { res: err(`unknown message ${JSON.stringify(type.slice(0, 100))}`) };
}

/**
 * A runtime.onMessage listener that answers what no handler takes. It answers at once or not at all, and
 * never returns true: in Chrome and Firefox alike, the first sendResponse wins and a listener that neither
 * answers nor returns true leaves the message to the handler that returned true. So it cannot take a known
 * message's answer, and for a type the library mistakes for a handler ("toString": its handlers are looked up
 * on a plain object) its answer comes first.
 */
export function answerUnknownMessages(
  handled: ReadonlySet<string>,
): (message: unknown, sender: unknown, sendResponse: (response: MessagingResponse) => void) => undefined {
  return (message, _sender, sendResponse) => {
    const answer = unknownMessageAnswer(message, handled);
    if (answer) sendResponse(answer);
    return undefined;
  };
}

/** `on`, noting every type given a handler: the background's answer to the rest needs to know them. */
export function trackHandledTypes(on: OnMessage): { on: OnMessage; handled: ReadonlySet<string> } {
  const handled = new Set<string>();
  const tracked: OnMessage = (type, handler) => {
    handled.add(type);
    return on(type, handler);
  };
  return { on: tracked, handled };
}
