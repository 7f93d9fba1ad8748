import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { LineTooLongError, textLines } from './lines';

async function all(pieces: Uint8Array[], max = 1000): Promise<string[]> {
  const out: string[] = [];
  async function* gen() {
    yield* pieces;
  }
  for await (const l of textLines(gen(), max)) out.push(l);
  return out;
}

describe('textLines', () => {
  it('splits UTF-8 lines wherever the pieces are cut, even inside a character', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(
          fc.string({ unit: 'grapheme', maxLength: 20 }).filter((s) => !s.includes('\n')),
          {
            minLength: 1,
            maxLength: 8,
          },
        ),
        fc.nat(40),
        async (lines, cut) => {
          const bytes = new TextEncoder().encode(lines.join('\n') + '\n');
          const at = Math.min(cut, bytes.length);
          const got = await all([bytes.subarray(0, at), bytes.subarray(at)]);
          expect(got).toEqual(lines);
        },
      ),
    );
  });

  it('refuses a line longer than the limit, without waiting for its end', async () => {
    const piece = new TextEncoder().encode('x'.repeat(600));
    await expect(all([piece, piece], 1000)).rejects.toThrow(LineTooLongError);
  });
});
