import { execFileSync } from 'node:child_process';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { sha256Hex } from './sha256';
import { createSha256, sha256OfBlob } from './sha256-stream';

describe('incremental SHA-256', () => {
  it('matches WebCrypto however the bytes are split', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.uint8Array({ maxLength: 3000 }),
        fc.array(fc.nat(3000), { maxLength: 6 }),
        async (bytes, cuts) => {
          const h = createSha256();
          const points = [...new Set(cuts.map((c) => c % (bytes.length + 1)))].sort(
            (a, b) => a - b,
          );
          let from = 0;
          for (const p of [...points, bytes.length]) {
            h.update(bytes.subarray(from, p));
            from = p;
          }
          expect(h.hex()).toBe(await sha256Hex(bytes));
        },
      ),
      { numRuns: 100 },
    );
  });

  it('matches sha256sum', async () => {
    const bytes = new Uint8Array(200_000).map((_, i) => (i * 7919) & 0xff);
    const expected = execFileSync('sha256sum', { input: bytes }).toString().slice(0, 64);
    expect(await sha256OfBlob(new Blob([bytes]), 4096)).toBe(expected);
  });
});
