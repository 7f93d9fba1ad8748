import { Zip, ZipDeflate, ZipPassThrough } from 'fflate';
import { createSha256 } from './sha256-stream';
import { entryNameKey, isSafeEntryName } from './zip-names';

export type ZipEntrySource = {
  name: string;
  /** Deflate (text) or store (attachments: already compressed, and cheaper to stream). */
  compress: boolean;
  data: Uint8Array | AsyncIterable<Uint8Array>;
  /**
   * The data's SHA-256 (lowercase hex) when the caller hashed it already (an attachment, whole,
   * with WebCrypto): reported as is instead of hashed again in JavaScript.
   */
  sha256?: string;
};

/** What the writer learnt about an entry: its uncompressed size and SHA-256. */
export type ZipEntryWritten = { name: string; size: number; sha256: string };

export type ZipWriterOptions = {
  /** Modification time written on every entry (the backup's time, not the clock's). */
  mtime: Date;
  /**
   * Pad the archive, with the end-of-central-directory comment, to a multiple of this many
   * bytes (at most 65,536). Backups use age's chunk size, so every encrypted chunk is full.
   */
  padTo?: number;
  onEntry?: (entry: ZipEntryWritten) => void;
};

export class ZipWriteError extends Error {
  constructor(
    readonly reason: 'too-large' | 'bad-entry-name',
    detail: string,
  ) {
    super(`${reason}: ${detail}`);
    this.name = 'ZipWriteError';
  }
}

/** Without zip64 (fflate 0.8 does not write it) offsets, sizes and the entry count are bounded. */
const maxOffset = 0xffffffff;
const maxEntries = 0xffff;

async function* chunksOf(data: ZipEntrySource['data']): AsyncGenerator<Uint8Array> {
  if (data instanceof Uint8Array) yield data;
  else yield* data;
}

/**
 * A streaming zip over fflate's Zip, ZipPassThrough (store) and ZipDeflate. The stream is
 * pull-based: an entry's data is read only when the consumer asks for more bytes, so memory holds
 * a few chunks whatever the archive's size.
 */
export function zipStream(
  entries: AsyncIterable<ZipEntrySource>,
  options: ZipWriterOptions,
): ReadableStream<Uint8Array> {
  const queue: Uint8Array<ArrayBuffer>[] = [];
  let failure: unknown = null;
  let total = 0;
  let count = 0;
  let finished = false;
  const names = new Set<string>();
  const padTo = options.padTo ?? 0;
  if (padTo < 0 || padTo > 65536) throw new RangeError('padTo must be at most 65536');

  const zip = new Zip((err, chunk, final) => {
    if (err) {
      failure = err;
      return;
    }
    let out = chunk as Uint8Array<ArrayBuffer>;
    if (final) {
      out = padded(chunk, total + chunk.length, padTo);
      finished = true;
    }
    total += out.length;
    queue.push(out);
  });

  const entryIterator = entries[Symbol.asyncIterator]();
  let current: {
    iterator: AsyncIterator<Uint8Array>;
    file: ZipPassThrough | ZipDeflate;
    hash: ReturnType<typeof createSha256> | string;
    name: string;
    size: number;
  } | null = null;

  async function step(): Promise<void> {
    if (current === null) {
      const next = await entryIterator.next();
      if (next.done) {
        if (count > maxEntries) throw new ZipWriteError('too-large', `${count} entries`);
        zip.end();
        return;
      }
      const { name, compress, data, sha256 } = next.value;
      if (!isSafeEntryName(name)) throw new ZipWriteError('bad-entry-name', name);
      if (names.has(entryNameKey(name))) throw new ZipWriteError('bad-entry-name', `dup ${name}`);
      names.add(entryNameKey(name));
      const file = compress ? new ZipDeflate(name, { level: 6 }) : new ZipPassThrough(name);
      file.mtime = options.mtime;
      zip.add(file);
      count += 1;
      current = {
        iterator: chunksOf(data)[Symbol.asyncIterator](),
        file,
        hash: sha256 ?? createSha256(),
        name,
        size: 0,
      };
      return;
    }
    const next = await current.iterator.next();
    if (next.done) {
      current.file.push(new Uint8Array(0), true);
      const { hash } = current;
      const sha256 = typeof hash === 'string' ? hash : hash.hex();
      options.onEntry?.({ name: current.name, size: current.size, sha256 });
      current = null;
    } else if (next.value.length > 0) {
      if (typeof current.hash !== 'string') current.hash.update(next.value);
      current.size += next.value.length;
      current.file.push(next.value, false);
    }
    if (total > maxOffset) throw new ZipWriteError('too-large', `${total} bytes`);
  }

  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      while (queue.length === 0 && !finished && failure === null) await step();
      if (failure !== null) throw failure;
      for (const chunk of queue.splice(0)) controller.enqueue(chunk);
      if (finished && queue.length === 0) controller.close();
    },
    async cancel(reason) {
      await current?.iterator.return?.(reason);
      await entryIterator.return?.(reason);
      zip.terminate();
    },
  });
}

const paddingNote = 'Padding to whole encryption chunks; nothing else.';

/** Writes the padding length into the end-of-central-directory record and appends the comment. */
function padded(
  lastChunk: Uint8Array<ArrayBuffer>,
  totalWithChunk: number,
  padTo: number,
): Uint8Array<ArrayBuffer> {
  if (padTo === 0) return lastChunk;
  const pad = (padTo - (totalWithChunk % padTo)) % padTo;
  if (pad === 0) return lastChunk;
  const out = new Uint8Array(lastChunk.length + pad);
  out.set(lastChunk);
  const eocd = lastChunk.length - 22;
  const view = new DataView(out.buffer);
  if (view.getUint32(eocd, true) !== 0x06054b50 || view.getUint16(eocd + 20, true) !== 0) {
    throw new Error('fflate did not end with a bare end-of-central-directory record');
  }
  view.setUint16(eocd + 20, pad, true);
  // A line for whoever lists the archive, then spaces (`unzip -tq` prints no comment at all).
  out.fill(0x20, lastChunk.length);
  const note = new TextEncoder().encode(paddingNote);
  if (note.length <= pad) out.set(note, lastChunk.length);
  return out;
}
