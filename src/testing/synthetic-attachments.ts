import type { Attachment } from '../domain/attachment';
import { mixSeed, type Rng } from './synthetic-random';

/**
 * Attachment metadata without its bytes: the content is a pure function of `contentSeed`, made
 * only when asked (one file at a time), so 2 GB of attachments never sit in memory.
 */
export type AttachmentSpec = Omit<Attachment, 'sha256' | 'blob'> & { contentSeed: number };

const minSize = 50 * 1024;
const maxSize = 2 * 1024 * 1024;

/** Log-uniform between 50 KiB and 2 MiB: many small scans and letters, fewer large PDFs. */
export function drawAttachmentSize(rng: Rng, cap = maxSize): number {
  const lo = Math.log(minSize);
  const size = Math.round(Math.exp(lo + rng.next() * (Math.log(maxSize) - lo)));
  return Math.max(1, Math.min(size, cap));
}

/** Incompressible bytes (PRNG output), as a scanned PDF or photo would be to a zip. */
export function attachmentBytes(
  spec: Pick<AttachmentSpec, 'size' | 'contentSeed'>,
): Uint8Array<ArrayBuffer> {
  const bytes = new Uint8Array(spec.size);
  contentFiller(spec.contentSeed)(bytes);
  return bytes;
}

/** The same bytes in chunks, for writers that stream. */
export function* attachmentChunks(
  spec: Pick<AttachmentSpec, 'size' | 'contentSeed'>,
  chunkSize = 256 * 1024,
): Generator<Uint8Array<ArrayBuffer>> {
  const fill = contentFiller(spec.contentSeed);
  // Whole 4-byte words per chunk, so the draws line up with attachmentBytes.
  const step = Math.max(4, chunkSize - (chunkSize % 4));
  for (let offset = 0; offset < spec.size; offset += step) {
    const chunk = new Uint8Array(Math.min(step, spec.size - offset));
    fill(chunk);
    yield chunk;
  }
}

const littleEndian = new Uint8Array(new Uint32Array([1]).buffer)[0] === 1;

/**
 * xorshift32, inlined: 4 bytes per step at about 1 GB/s, since a benchmark writes 2 GB of it.
 * Words are little-endian whatever the platform, and the state carries over between calls, so
 * chunked and whole output agree byte for byte.
 */
function contentFiller(seed: number): (bytes: Uint8Array) => void {
  let x = mixSeed(seed, 0xb10b) || 1;
  return (bytes) => {
    const whole = bytes.length - (bytes.length % 4);
    if (littleEndian && bytes.byteOffset % 4 === 0) {
      const words = new Uint32Array(bytes.buffer, bytes.byteOffset, whole / 4);
      for (let i = 0; i < words.length; i++) {
        x ^= x << 13;
        x ^= x >>> 17;
        x ^= x << 5;
        words[i] = x;
      }
    } else {
      const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
      for (let i = 0; i < whole; i += 4) {
        x ^= x << 13;
        x ^= x >>> 17;
        x ^= x << 5;
        view.setUint32(i, x >>> 0, true);
      }
    }
    if (whole < bytes.length) {
      x ^= x << 13;
      x ^= x >>> 17;
      x ^= x << 5;
      for (let i = whole; i < bytes.length; i++) bytes[i] = (x >>> (8 * (i - whole))) & 0xff;
    }
  };
}

const toHex = (buf: ArrayBuffer): string =>
  Array.from(new Uint8Array(buf), (b) => b.toString(16).padStart(2, '0')).join('');

/** A complete attachment row (Blob and SHA-256), built from its spec with WebCrypto. */
export async function materialiseAttachment(spec: AttachmentSpec): Promise<Attachment> {
  const bytes = attachmentBytes(spec);
  const sha256 = toHex(await crypto.subtle.digest('SHA-256', bytes));
  const { contentSeed: _seed, ...row } = spec;
  return { ...row, sha256, blob: new Blob([bytes], { type: spec.type }) };
}
