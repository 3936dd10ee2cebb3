/** How long a download's Blob URL lives: long enough for the browser to start saving it. */
const REVOKE_AFTER_MS = 60_000;

/**
 * Saves text as a file through the browser's own download: a Blob URL and a clicked <a download>. Needs
 * no downloads permission, and the file never leaves the machine.
 */
export function downloadText(
  fileName: string,
  text: string | readonly string[],
  type: string,
  doc: Document = document,
): void {
  // Parts go into the Blob as they are: an archive's export need not be one string in memory.
  const url = URL.createObjectURL(new Blob(typeof text === 'string' ? [text] : [...text], { type }));
  const link = doc.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  doc.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), REVOKE_AFTER_MS);
}
