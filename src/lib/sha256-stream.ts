import { sha256 } from '@noble/hashes/sha2.js';

/**
 * Incremental SHA-256. WebCrypto only digests a whole buffer at once, and hashing per chunk would
 * give values that `sha256sum` on the file server cannot reproduce. @noble/hashes is already in
 * the bundle (age-encryption depends on it), is audited, and hashes as data streams past.
 */
export type Sha256Stream = {
  update(bytes: Uint8Array): void;
  /** Lowercase hex, as `sha256sum` prints it. Call once. */
  hex(): string;
};

export function createSha256(): Sha256Stream {
  const h = sha256.create();
  return {
    update: (bytes) => void h.update(bytes),
    hex: () => toHex(h.digest()),
  };
}

/**
 * SHA-256 of a short text (UTF-8), at once and synchronously: for the audit chain, whose entries
 * are hashed inside an IndexedDB transaction, where an asynchronous WebCrypto call would need the
 * transaction kept alive around each entry.
 */
export const sha256TextHex = (text: string): string =>
  toHex(sha256(new TextEncoder().encode(text)));

export function toHex(bytes: Uint8Array): string {
  let out = '';
  for (const b of bytes) out += b.toString(16).padStart(2, '0');
  return out;
}

/** SHA-256 of a Blob read piece by piece, so a large attachment is never held whole. */
export async function sha256OfBlob(blob: Blob, pieceSize = 1 << 20): Promise<string> {
  const h = createSha256();
  for (let at = 0; at < blob.size; at += pieceSize) {
    h.update(new Uint8Array(await blob.slice(at, at + pieceSize).arrayBuffer()));
  }
  return h.hex();
}
