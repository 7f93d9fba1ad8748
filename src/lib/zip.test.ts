import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { bytesSource } from './random-access';
import { sha256Hex } from './sha256';
import { collectBytes, concatBytes } from './stream-bytes';
import { openZip, ZipReadError, type ZipReader } from './zip-reader';
import { zipStream, ZipWriteError, type ZipEntrySource, type ZipEntryWritten } from './zip-writer';

const mtime = new Date('2026-03-12T09:30:00.000Z');
const enc = (s: string) => new TextEncoder().encode(s);

async function* pieces(bytes: Uint8Array, size: number): AsyncGenerator<Uint8Array> {
  for (let at = 0; at < bytes.length; at += size) yield bytes.slice(at, at + size);
}

async function* listOf(entries: ZipEntrySource[]): AsyncGenerator<ZipEntrySource> {
  yield* entries;
}

async function makeZip(entries: ZipEntrySource[], padTo?: number) {
  const written: ZipEntryWritten[] = [];
  const bytes = await collectBytes(
    zipStream(listOf(entries), { mtime, padTo, onEntry: (e) => written.push(e) }),
  );
  return { bytes, written };
}

async function readEntries(zip: ZipReader) {
  const out: Record<string, Uint8Array> = {};
  for (const e of zip.entries) {
    const parts: Uint8Array[] = [];
    for await (const p of zip.read(e)) parts.push(p);
    out[e.name] = concatBytes(parts);
  }
  return out;
}

async function readFails(bytes: Uint8Array): Promise<string> {
  try {
    await readEntries(await openZip(bytesSource(bytes)));
  } catch (e) {
    if (e instanceof ZipReadError) return e.reason;
    throw e;
  }
  return 'ok';
}

/** Patches little-endian u32 values at every central-directory and local header of an entry. */
function setU32(bytes: Uint8Array, at: number, value: number) {
  new DataView(bytes.buffer, bytes.byteOffset).setUint32(at, value, true);
}
function indexOf(bytes: Uint8Array, text: string, from = 0): number {
  const needle = enc(text);
  for (let i = from; i + needle.length <= bytes.length; i++) {
    if (needle.every((b, k) => bytes[i + k] === b)) return i;
  }
  return -1;
}
function rename(bytes: Uint8Array, from: string, to: string): Uint8Array {
  const out = bytes.slice();
  for (let at = indexOf(out, from); at >= 0; at = indexOf(out, from, at + 1)) out.set(enc(to), at);
  return out;
}

const tmp = () => mkdtempSync(join(tmpdir(), 'vivier-zip-'));

describe('zip writer and reader', () => {
  it('round-trip any entries, however the data is chunked, with size and SHA-256 reported', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.uniqueArray(
          fc.record({
            name: fc.stringMatching(/^[a-z0-9]{1,8}(\/[a-z0-9]{1,8}){0,2}$/),
            compress: fc.boolean(),
            data: fc.oneof(fc.uint8Array({ maxLength: 5000 }), fc.constant(new Uint8Array(3000))),
            piece: fc.integer({ min: 1, max: 2000 }),
          }),
          { selector: (e) => e.name, maxLength: 6 },
        ),
        async (spec) => {
          const { bytes, written } = await makeZip(
            spec.map((s) => ({
              name: s.name,
              compress: s.compress,
              data: pieces(s.data, s.piece),
            })),
          );
          const zip = await openZip(bytesSource(bytes));
          expect(zip.entries.map((e) => e.name)).toEqual(spec.map((s) => s.name));
          const read = await readEntries(zip);
          for (const [i, s] of spec.entries()) {
            expect(read[s.name]).toEqual(s.data);
            expect(written[i]).toEqual({
              name: s.name,
              size: s.data.length,
              sha256: await sha256Hex(s.data),
            });
          }
        },
      ),
      { numRuns: 60 },
    );
  });

  it('stores attachments and deflates text', async () => {
    const text = enc('{"id":"x"}\n'.repeat(2000));
    const { bytes } = await makeZip([
      { name: 'a.jsonl', compress: true, data: text },
      { name: 'b.bin', compress: false, data: text },
    ]);
    const zip = await openZip(bytesSource(bytes));
    expect(zip.entries.map((e) => [e.method, e.compressedSize < e.size])).toEqual([
      [8, true],
      [0, false],
    ]);
  });

  it('pads to whole chunks with the end comment, and unzip -t accepts it', async () => {
    const { bytes } = await makeZip(
      [{ name: 'x/y.txt', compress: true, data: enc('hello') }],
      65536,
    );
    expect(bytes.length % 65536).toBe(0);
    const dir = tmp();
    writeFileSync(join(dir, 'a.zip'), bytes);
    const out = execFileSync('unzip', ['-t', join(dir, 'a.zip')]).toString();
    expect(out).toContain('No errors detected');
    expect((await readEntries(await openZip(bytesSource(bytes))))['x/y.txt']).toEqual(enc('hello'));
  });

  it('refuses unsafe or duplicate names when writing', async () => {
    for (const name of ['../x', '/abs', 'a\\b', 'a//b', 'C:/x', '']) {
      await expect(makeZip([{ name, compress: false, data: enc('x') }])).rejects.toThrow(
        ZipWriteError,
      );
    }
    await expect(
      makeZip([
        { name: 'a', compress: false, data: enc('x') },
        { name: 'A', compress: false, data: enc('y') },
      ]),
    ).rejects.toThrow(ZipWriteError);
  });

  it('reads a zip made by Info-ZIP zip, with folders and extra fields', async () => {
    const dir = tmp();
    mkdirSync(join(dir, 'tables'));
    writeFileSync(join(dir, 'tables', 'a.jsonl'), 'x\n'.repeat(1000));
    writeFileSync(
      join(dir, 'b.bin'),
      new Uint8Array(10_000).map((_, i) => i & 0xff),
    );
    execFileSync('zip', ['-q', '-r', 'out.zip', 'tables', 'b.bin'], { cwd: dir });
    const zip = await openZip(bytesSource(readFileSync(join(dir, 'out.zip'))));
    const read = await readEntries(zip);
    expect(Object.keys(read)).toEqual(['tables/', 'tables/a.jsonl', 'b.bin']);
    expect(zip.entries[0]!.directory).toBe(true);
    expect(read['tables/a.jsonl']).toEqual(enc('x\n'.repeat(1000)));
  });

  describe('refuses hostile archives', () => {
    const base = () =>
      makeZip([
        { name: 'aa/x', compress: true, data: enc('first') },
        { name: 'bbbb', compress: false, data: enc('second') },
      ]);

    it('an entry named ../x, /abs, with a backslash, or a drive letter', async () => {
      const { bytes } = await base();
      expect(await readFails(rename(bytes, 'aa/x', '../x'))).toBe('bad-entry-name');
      expect(await readFails(rename(bytes, 'bbbb', '/abs'))).toBe('bad-entry-name');
      expect(await readFails(rename(bytes, 'bbbb', 'b\\bb'))).toBe('bad-entry-name');
      expect(await readFails(rename(bytes, 'bbbb', 'C:bb'))).toBe('bad-entry-name');
    });

    it('two entries with the same name', async () => {
      const { bytes } = await makeZip([
        { name: 'aaaa', compress: false, data: enc('1') },
        { name: 'bbbb', compress: false, data: enc('2') },
      ]);
      expect(await readFails(rename(bytes, 'bbbb', 'aaaa'))).toBe('duplicate-entry');
      expect(await readFails(rename(bytes, 'bbbb', 'AAAA'))).toBe('duplicate-entry');
    });

    it('an entry that expands far beyond its declared size (zip bomb)', async () => {
      const zeros = new Uint8Array(4 * 1024 * 1024);
      const { bytes } = await makeZip([{ name: 'bomb', compress: true, data: zeros }]);
      // declare 1 KiB in the central directory and in the data descriptor (CRC left as is)
      const cd = indexOf(bytes, 'PK\u0001\u0002');
      setU32(bytes, cd + 24, 1024);
      const dd = indexOf(bytes, 'PK\u0007\u0008');
      setU32(bytes, dd + 12, 1024);
      const zip = await openZip(bytesSource(bytes));
      let produced = 0;
      await expect(
        (async () => {
          for await (const p of zip.read(zip.entries[0]!)) produced += p.length;
        })(),
      ).rejects.toMatchObject({ reason: 'zip-bomb' });
      expect(produced).toBeLessThanOrEqual(1024);
      await expect(zip.readAll(zip.entries[0]!, 512)).rejects.toMatchObject({ reason: 'zip-bomb' });
    });

    it('overlapping entries, junk after the end, bytes before the start, not a zip', async () => {
      const { bytes } = await base();
      const overlapped = bytes.slice();
      const second = indexOf(
        overlapped,
        'PK\u0001\u0002',
        indexOf(overlapped, 'PK\u0001\u0002') + 1,
      );
      setU32(overlapped, second + 42, 0); // both entries claim offset 0
      expect(await readFails(overlapped)).toBe('layout');
      expect(await readFails(concatBytes([bytes, enc('junk')]))).toBe('layout');
      expect(await readFails(concatBytes([enc('junk'), bytes]))).toBe('layout');
      expect(await readFails(enc('not a zip at all, just text, long enough'))).toBe('not-zip');
    });

    it('a flipped byte in stored data (CRC) or in deflated data', async () => {
      const { bytes } = await base();
      const stored = bytes.slice();
      const at = indexOf(stored, 'second');
      stored[at] = stored[at]! ^ 1;
      expect(await readFails(stored)).toBe('crc-mismatch');
      const deflated = bytes.slice();
      const inData = indexOf(deflated, 'aa/x') + 4 + 1;
      deflated[inData] = deflated[inData]! ^ 0xff;
      expect(['corrupt', 'crc-mismatch', 'size-mismatch', 'zip-bomb']).toContain(
        await readFails(deflated),
      );
    });
  });
});
