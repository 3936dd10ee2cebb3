import { type ImportPart, type ImportSource, MESSAGE_PART_CHARS, ok, type Result } from '@/lib/messages';
import type { ExportPart } from '@/lib/store';

/** Asks for an export's parts until the last, and gives their texts in order: joined, they are the file. */
export async function collectParts(
  ask: (after: number | undefined) => Promise<Result<ExportPart>>,
): Promise<Result<string[]>> {
  const texts: string[] = [];
  let after: number | undefined;
  for (;;) {
    const part = await ask(after);
    if (!part.ok) return part;
    texts.push(part.value.text);
    if (part.value.next === null) return ok(texts);
    after = part.value.next;
  }
}

/** `text` in pieces of at most `size` characters, never splitting a surrogate pair (an emoji, a rare letter). */
export function splitText(text: string, size = MESSAGE_PART_CHARS): string[] {
  const parts: string[] = [];
  for (let at = 0; at < text.length; ) {
    let end = Math.min(at + size, text.length);
    const last = text.charCodeAt(end - 1);
    if (end < text.length && end - at > 1 && last >= 0xd800 && last <= 0xdbff) end--;
    parts.push(text.slice(at, end));
    at = end;
  }
  return parts;
}

/**
 * Sends an import file for `use` (a preview or an import): in the message itself when it is small, else in
 * parts first, named by an upload that `use` then takes.
 */
export async function sendFile<T>(
  json: string,
  use: (source: ImportSource) => Promise<Result<T>>,
  sendPart: (part: ImportPart) => Promise<Result<unknown>>,
  uploadId: () => string = () => `upload-${crypto.randomUUID()}`,
): Promise<Result<T>> {
  if (json.length <= MESSAGE_PART_CHARS) return use({ json });
  const upload = uploadId();
  const parts = splitText(json);
  for (const [index, text] of parts.entries()) {
    const sent = await sendPart({ upload, index, text, last: index === parts.length - 1 });
    if (!sent.ok) return sent;
  }
  return use({ upload });
}
