import { err, type ProtocolMap, sendMessage } from '@/lib/messages';

/**
 * Transport failures (no listener, worker restarting) become the page's own sentence for "no answer";
 * a handler's own error is kept as it is.
 */
export function messageOf(e: unknown, noAnswer: string): string {
  const text = e instanceof Error ? e.message : String(e);
  if (
    /receiving end does not exist|message port closed|no response|could not establish connection/i.test(text)
  )
    return noAnswer;
  return text;
}

export type Request<K extends keyof ProtocolMap> = Parameters<ProtocolMap[K]>[0];
export type Answer<K extends keyof ProtocolMap> = ReturnType<ProtocolMap[K]>;

/** One protocol message from an extension page; it answers with a `Result` and never throws. */
export async function callBackground<K extends keyof ProtocolMap>(
  type: K,
  data: Request<K>,
  noAnswer: string,
): Promise<Answer<K>> {
  try {
    // The messenger's generic signature does not narrow on a type parameter; the map does.
    const send = sendMessage as unknown as (t: K, d: Request<K>) => Promise<Answer<K> | undefined>;
    const answer = await send(type, data);
    return (answer ?? err(noAnswer)) as Answer<K>;
  } catch (e) {
    return err(messageOf(e, noAnswer)) as Answer<K>;
  }
}
