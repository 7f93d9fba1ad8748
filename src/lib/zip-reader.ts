import { Inflate } from 'fflate';
import { createCrc32 } from './crc32';
import type { RandomAccess } from './random-access';
import { entryNameKey, isSafeEntryName } from './zip-names';

export type ZipEntry = {
  readonly name: string;
  /** A folder entry (name ending in `/`, no data), as `zip -r` writes them. */
  readonly directory: boolean;
  readonly method: 0 | 8;
  readonly compressedSize: number;
  /** Declared uncompressed size: reading never yields more than this. */
  readonly size: number;
  readonly crc: number;
  readonly flags: number;
  readonly headerOffset: number;
  /** Where the next entry (or the central directory) begins: entries tile the archive. */
  readonly endOffset: number;
};

export type ZipReadReason =
  | 'not-zip'
  | 'bad-entry-name'
  | 'duplicate-entry'
  | 'unsupported'
  | 'layout'
  | 'zip-bomb'
  | 'size-mismatch'
  | 'crc-mismatch'
  | 'corrupt';

export class ZipReadError extends Error {
  constructor(
    readonly reason: ZipReadReason,
    detail: string,
  ) {
    super(`${reason}: ${detail}`);
    this.name = 'ZipReadError';
  }
}

export type ZipReader = {
  /** Every entry, in archive order, checked before any data is read. */
  readonly entries: readonly ZipEntry[];
  /** An entry's uncompressed bytes, checked against its size and CRC as they stream. */
  read(entry: ZipEntry): AsyncGenerator<Uint8Array>;
  /** A small entry whole (a manifest), refused if it declares more than `maxBytes`. */
  readAll(entry: ZipEntry, maxBytes: number): Promise<Uint8Array>;
};

export type ZipLimits = { maxCentralDirectory?: number; maxEntries?: number };

const eocdSize = 22;
const maxComment = 0xffff;
/** Compressed bytes given to the inflater at once: bounds what one push can expand to (~1000x). */
const inflateSlice = 4096;
const readSlice = 65536;

const u16 = (b: Uint8Array, at: number) => b[at]! | (b[at + 1]! << 8);
const u32 = (b: Uint8Array, at: number) =>
  (b[at]! | (b[at + 1]! << 8) | (b[at + 2]! << 16) | (b[at + 3]! << 24)) >>> 0;

const fail = (reason: ZipReadReason, detail: string): never => {
  throw new ZipReadError(reason, detail);
};

/**
 * Opens a zip by its central directory (the authoritative list), validating every name and the
 * layout before any entry is read: entries must tile the archive from offset 0 to the central
 * directory, which must end the file; so overlapping entries (a classic zip bomb), hidden bytes
 * between entries, and junk after the end are all refused. No zip64, no encryption.
 */
export async function openZip(source: RandomAccess, limits: ZipLimits = {}): Promise<ZipReader> {
  const maxCd = limits.maxCentralDirectory ?? 64 * 1024 * 1024;
  const maxEntries = limits.maxEntries ?? 0xffff;
  if (source.size < eocdSize) fail('not-zip', 'too small');
  const tailStart = Math.max(0, source.size - eocdSize - maxComment);
  const tail = await source.read(tailStart, source.size - tailStart);
  let eocd = -1;
  let sawSignature = false;
  for (let at = tail.length - eocdSize; at >= 0; at--) {
    if (u32(tail, at) !== 0x06054b50) continue;
    sawSignature = true;
    if (at + eocdSize + u16(tail, at + 20) === tail.length) {
      eocd = at;
      break;
    }
  }
  if (eocd < 0) fail(sawSignature ? 'layout' : 'not-zip', 'no end of central directory');
  const count = u16(tail, eocd + 10);
  const cdSize = u32(tail, eocd + 12);
  const cdOffset = u32(tail, eocd + 16);
  if (u16(tail, eocd + 4) !== 0 || u16(tail, eocd + 6) !== 0 || u16(tail, eocd + 8) !== count) {
    fail('unsupported', 'multi-disk archive');
  }
  if (count === 0xffff || cdSize === 0xffffffff || cdOffset === 0xffffffff) {
    fail('unsupported', 'zip64');
  }
  if (count > maxEntries) fail('unsupported', `${count} entries`);
  if (cdSize > maxCd) fail('unsupported', 'central directory too large');
  if (cdOffset + cdSize !== tailStart + eocd)
    fail('layout', 'central directory does not end at the end record');

  const cd = await source.read(cdOffset, cdSize);
  const entries: ZipEntry[] = [];
  const seen = new Set<string>();
  const decoder = new TextDecoder('utf-8', { fatal: true });
  let at = 0;
  for (let i = 0; i < count; i++) {
    if (at + 46 > cd.length || u32(cd, at) !== 0x02014b50) fail('corrupt', 'central directory');
    const flags = u16(cd, at + 8);
    const rawMethod = u16(cd, at + 10);
    const crc = u32(cd, at + 16);
    const compressedSize = u32(cd, at + 20);
    const size = u32(cd, at + 24);
    const nameLength = u16(cd, at + 28);
    const extraLength = u16(cd, at + 30);
    const commentLength = u16(cd, at + 32);
    const headerOffset = u32(cd, at + 42);
    const nameBytes = cd.subarray(at + 46, at + 46 + nameLength);
    at += 46 + nameLength + extraLength + commentLength;
    if (at > cd.length) fail('corrupt', 'central directory');
    if (flags & 1) fail('unsupported', 'encrypted entry');
    if (rawMethod !== 0 && rawMethod !== 8) fail('unsupported', `compression method ${rawMethod}`);
    const method = rawMethod === 8 ? 8 : 0;
    if (compressedSize === 0xffffffff || size === 0xffffffff || headerOffset === 0xffffffff) {
      fail('unsupported', 'zip64');
    }
    if (method === 0 && compressedSize !== size) fail('corrupt', 'stored sizes differ');
    let name: string;
    try {
      name = decoder.decode(nameBytes);
    } catch {
      return fail('bad-entry-name', 'not UTF-8');
    }
    const directory = name.endsWith('/');
    if (!isSafeEntryName(directory ? name.slice(0, -1) : name)) fail('bad-entry-name', name);
    if (directory && size !== 0) fail('corrupt', 'folder with data');
    const key = entryNameKey(name);
    if (seen.has(key)) fail('duplicate-entry', name);
    seen.add(key);
    entries.push({
      name,
      directory,
      method,
      compressedSize,
      size,
      crc,
      flags,
      headerOffset,
      endOffset: 0,
    });
  }
  if (at !== cd.length) fail('corrupt', 'central directory length');

  entries.sort((a, b) => a.headerOffset - b.headerOffset);
  const tiled = entries.map((e, i) => ({
    ...e,
    endOffset: entries[i + 1]?.headerOffset ?? cdOffset,
  }));
  const first = tiled[0];
  if (first ? first.headerOffset !== 0 : cdOffset !== 0)
    fail('layout', 'bytes before the first entry');
  for (const e of tiled) {
    if (e.headerOffset + 30 + e.compressedSize > e.endOffset)
      fail('layout', `overlapping ${e.name}`);
  }

  const reader: ZipReader = {
    entries: tiled,
    read: (entry) => readEntry(source, entry),
    async readAll(entry, maxBytes) {
      if (entry.size > maxBytes) fail('zip-bomb', `${entry.name} declares ${entry.size} bytes`);
      const out = new Uint8Array(entry.size);
      let filled = 0;
      for await (const piece of readEntry(source, entry)) {
        out.set(piece, filled);
        filled += piece.length;
      }
      return out;
    },
  };
  return reader;
}

async function* readEntry(source: RandomAccess, entry: ZipEntry): AsyncGenerator<Uint8Array> {
  const header = await source.read(entry.headerOffset, 30);
  if (header.length < 30 || u32(header, 0) !== 0x04034b50)
    fail('corrupt', `header of ${entry.name}`);
  const flags = u16(header, 6);
  const nameLength = u16(header, 26);
  const extraLength = u16(header, 28);
  const nameBytes = await source.read(entry.headerOffset + 30, nameLength);
  if (new TextDecoder().decode(nameBytes) !== entry.name) fail('corrupt', `name of ${entry.name}`);
  if (u16(header, 8) !== entry.method || (flags & 8) !== (entry.flags & 8)) {
    fail('corrupt', `header of ${entry.name} differs from the directory`);
  }
  if (
    !(flags & 8) &&
    (u32(header, 14) !== entry.crc ||
      u32(header, 18) !== entry.compressedSize ||
      u32(header, 22) !== entry.size)
  ) {
    fail('corrupt', `sizes of ${entry.name} differ from the directory`);
  }
  const dataStart = entry.headerOffset + 30 + nameLength + extraLength;
  const dataEnd = dataStart + entry.compressedSize;
  let end = dataEnd;
  if (flags & 8) {
    const d = await source.read(dataEnd, 16);
    const skip = d.length >= 4 && u32(d, 0) === 0x08074b50 ? 4 : 0;
    if (
      d.length < skip + 12 ||
      u32(d, skip) !== entry.crc ||
      u32(d, skip + 4) !== entry.compressedSize ||
      u32(d, skip + 8) !== entry.size
    ) {
      fail('corrupt', `data descriptor of ${entry.name}`);
    }
    end = dataEnd + skip + 12;
  }
  if (end !== entry.endOffset) fail('layout', `bytes after ${entry.name}`);

  const crc = createCrc32();
  let produced = 0;
  const check = (piece: Uint8Array) => {
    produced += piece.length;
    if (produced > entry.size) fail('zip-bomb', `${entry.name} expands beyond ${entry.size} bytes`);
    crc.update(piece);
  };

  if (entry.method === 0) {
    for (let at = dataStart; at < dataEnd; at += readSlice) {
      const piece = await source.read(at, Math.min(readSlice, dataEnd - at));
      if (piece.length === 0) fail('corrupt', `${entry.name} is cut short`);
      check(piece);
      yield piece;
    }
  } else {
    const pending: Uint8Array[] = [];
    const inflater = new Inflate((data) => {
      if (data.length > 0) {
        check(data);
        pending.push(data);
      }
    });
    for (let at = dataStart; at < dataEnd; at += readSlice) {
      const piece = await source.read(at, Math.min(readSlice, dataEnd - at));
      if (piece.length === 0) fail('corrupt', `${entry.name} is cut short`);
      for (let i = 0; i < piece.length; i += inflateSlice) {
        const last = at + i + inflateSlice >= dataEnd;
        try {
          inflater.push(piece.subarray(i, i + inflateSlice), last);
        } catch (e) {
          if (e instanceof ZipReadError) throw e;
          fail('corrupt', `${entry.name}: ${(e as Error).message}`);
        }
        yield* pending.splice(0);
      }
    }
    if (entry.compressedSize === 0) fail('corrupt', `${entry.name}: empty deflate stream`);
  }
  if (produced !== entry.size)
    fail('size-mismatch', `${entry.name}: ${produced} of ${entry.size} bytes`);
  if (crc.value() !== entry.crc) fail('crc-mismatch', entry.name);
}
