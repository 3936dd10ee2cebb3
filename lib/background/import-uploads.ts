import { err, type ImportPart, ok, type Result } from '../messages';
import { MAX_FILE_CHARS } from '../store';

/** Uploads held at once; a page that starts another drops the oldest. */
const MAX_UPLOADS = 2;
/** An upload not used within this time is dropped (the page that sent it went away). */
const UPLOAD_TTL_MS = 10 * 60_000;

export const UPLOAD_LOST =
  'The file did not reach Dossier whole (its background restarted while it was sent); nothing was imported. Try again.';

interface Upload {
  parts: string[];
  chars: number;
  done: boolean;
  at: number;
}

/**
 * Import files sent in parts, held until a preview or an import takes them. They live in the worker's
 * memory, not in a global: a worker stopped mid-upload loses it, and the import says so and changes nothing
 * (the library sends the file again for each step, within seconds, while the worker is awake).
 */
export function createUploads(now: () => number = Date.now) {
  const uploads = new Map<string, Upload>();
  const sweep = () => {
    for (const [id, upload] of uploads) if (now() - upload.at > UPLOAD_TTL_MS) uploads.delete(id);
  };
  return {
    add({ upload: id, index, text, last }: ImportPart): Result<{ chars: number }> {
      sweep();
      let upload = uploads.get(id);
      if (index === 0) {
        upload = { parts: [], chars: 0, done: false, at: now() };
        uploads.set(id, upload);
        while (uploads.size > MAX_UPLOADS) uploads.delete(uploads.keys().next().value as string);
      }
      if (!upload || upload.done || upload.parts.length !== index) {
        uploads.delete(id);
        return err(UPLOAD_LOST);
      }
      upload.chars += text.length;
      if (upload.chars > MAX_FILE_CHARS) {
        uploads.delete(id);
        return err(
          `The file is larger than ${MAX_FILE_CHARS.toLocaleString('en')} characters; nothing was imported.`,
        );
      }
      upload.parts.push(text);
      upload.done = last;
      upload.at = now();
      return ok({ chars: upload.chars });
    },
    /** The whole file, once: a preview and an import each send it anew. */
    take(id: string): Result<string> {
      sweep();
      const upload = uploads.get(id);
      uploads.delete(id);
      return upload?.done ? ok(upload.parts.join('')) : err(UPLOAD_LOST);
    },
  };
}
