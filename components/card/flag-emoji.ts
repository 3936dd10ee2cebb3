import { EMOJI_FONTS } from './card.css';

let supported: boolean | undefined;

/**
 * Whether this system draws flag emoji as flags. Windows draws them as two letters and some Linux systems as
 * empty boxes; the card then shows no flag rather than a puzzle. A flag has colour, letters and boxes do not.
 * Checked once per page, on the first card.
 */
export function canDrawFlags(doc: Document): boolean {
  supported ??= drawsColourFlag(doc);
  return supported;
}

function drawsColourFlag(doc: Document): boolean {
  const canvas = doc.createElement('canvas');
  canvas.width = 24;
  canvas.height = 24;
  const context = canvas.getContext('2d', { willReadFrequently: true });
  // Unknown counts as yes: a browser that blocks canvas reads (fingerprinting protection) still gets flags.
  if (!context) return true;
  context.font = `20px ${EMOJI_FONTS}`;
  context.textBaseline = 'top';
  context.fillStyle = '#000';
  context.fillText('\u{1F1FA}\u{1F1F3}', 0, 0);
  let pixels: Uint8ClampedArray;
  try {
    pixels = context.getImageData(0, 0, 24, 24).data;
  } catch {
    return true;
  }
  for (let i = 0; i < pixels.length; i += 4) {
    const [r = 0, g = 0, b = 0, a = 0] = pixels.subarray(i, i + 4);
    if (a > 0 && (r !== g || g !== b)) return true;
  }
  return false;
}
