import { describe, expect, it } from 'vitest';
import { collectParts, sendFile, splitText } from '@/components/library/transfer-parts';
import { err, MESSAGE_PART_CHARS, ok, type Result } from '@/lib/messages';

describe('an archive larger than one message', () => {
  it('asks for an export part after part, and stops at the first failure', async () => {
    const asked: Array<number | undefined> = [];
    const parts = [
      { text: '{"clips":[1', next: 1 },
      { text: ',2', next: 2 },
      { text: ',3]}', next: null },
    ];
    const all = await collectParts(async (after) => {
      asked.push(after);
      return ok(parts[asked.length - 1] as (typeof parts)[number]);
    });
    expect(all).toEqual({ ok: true, value: ['{"clips":[1', ',2', ',3]}'] });
    expect(asked).toEqual([undefined, 1, 2]);
    const failing = await collectParts(async (after) =>
      after ? err('disk read failed') : ok(parts[0] as (typeof parts)[number]),
    );
    expect(failing).toEqual({ ok: false, error: 'disk read failed' });
  });

  it('splits a file into pieces that join back exactly, never inside an emoji', () => {
    const text = `ab😀cd${'é'.repeat(7)}🇦🇫`;
    for (const size of [1, 2, 3, 4, 5, 7]) {
      const pieces = splitText(text, size);
      expect(pieces.join('')).toBe(text);
      for (const piece of pieces) {
        expect(piece.length).toBeLessThanOrEqual(size);
        // No piece ends on the first half of a surrogate pair (a message would mangle it).
        if (piece.length > 1) expect(piece.charCodeAt(piece.length - 1) & 0xfc00).not.toBe(0xd800);
      }
    }
  });

  it('sends a small file in the message, a large one in parts first, and stops if a part fails', async () => {
    const used: unknown[] = [];
    const sent: unknown[] = [];
    const use = async (source: unknown): Promise<Result<string>> => {
      used.push(source);
      return ok('previewed');
    };
    const sendPart = async (part: { index: number }) => {
      sent.push(part);
      return part.index === 2 ? err('worker restarted') : ok(null);
    };
    expect(await sendFile('{"small":1}', use, sendPart)).toEqual(ok('previewed'));
    expect(used).toEqual([{ json: '{"small":1}' }]);
    const big = 'x'.repeat(MESSAGE_PART_CHARS * 2 + 10);
    used.length = 0;
    const r = await sendFile(
      big,
      use,
      async (part) => {
        sent.push(part);
        return ok(null);
      },
      () => 'upload-test-1',
    );
    expect(r).toEqual(ok('previewed'));
    expect(used).toEqual([{ upload: 'upload-test-1' }]);
    expect(sent.map((p) => (p as { index: number; last: boolean; text: string }).last)).toEqual([
      false,
      false,
      true,
    ]);
    expect(sent.map((p) => (p as { text: string }).text).join('')).toBe(big);
    sent.length = 0;
    used.length = 0;
    // The third part never arrives: nothing is previewed or imported, and the reader reads why.
    expect(await sendFile(big, use, sendPart)).toEqual(err('worker restarted'));
    expect(used).toEqual([]);
  });
});
