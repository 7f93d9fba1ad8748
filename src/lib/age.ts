import { chacha20poly1305 } from '@noble/ciphers/chacha.js';
import { hkdf } from '@noble/hashes/hkdf.js';
import { sha256 } from '@noble/hashes/sha2.js';
import { Decrypter, Encrypter, generateX25519Identity, identityToRecipient } from 'age-encryption';
import type { RandomAccess } from './random-access';

/**
 * The age v1 format (age-encryption.org/v1), so the standard `age` tool on the file server opens
 * what Vivier writes. Encryption is age-encryption's (typage) streaming encrypter. Decryption
 * parses the header with typage, then reads the payload chunk by chunk itself: that gives random
 * access (a zip is read from its end) and lets a fault be named precisely (cut, appended, altered).
 */
export type AgeKey = { recipients: readonly string[] } | { passphrase: string };
export type AgeSecret = { identities: readonly string[] } | { passphrase: string };

export const defaultScryptWorkFactor = 18;
/** Above this, opening would cost seconds of CPU and gigabytes of memory: refused (as age does). */
export const maxScryptWorkFactor = 20;

/** Plaintext bytes per STREAM chunk, and the same chunk encrypted (+16 bytes of tag). */
export const ageChunkSize = 65536;
const sealedChunkSize = ageChunkSize + 16;

export type AgeReason =
  | 'not-age'
  | 'invalid-key'
  | 'wrong-key'
  | 'needs-passphrase'
  | 'needs-identity'
  | 'work-factor-too-high'
  | 'truncated'
  | 'trailing-data'
  | 'tampered';

export class AgeError extends Error {
  constructor(
    readonly reason: AgeReason,
    detail = '',
  ) {
    super(detail ? `${reason}: ${detail}` : reason);
    this.name = 'AgeError';
  }
}

export const x25519Recipient = /^age1[0-9a-z]{58}$/;

/** An X25519 public key whose bech32 checksum holds (a mistyped key fails here, not at backup). */
export function isAgeRecipient(text: string): boolean {
  if (!x25519Recipient.test(text)) return false;
  try {
    new Encrypter().addRecipient(text);
    return true;
  } catch {
    return false;
  }
}

/** A new office key: the secret identity (to keep safe, off the laptop) and its public key. */
export async function generateOfficeKey(): Promise<{ identity: string; recipient: string }> {
  const identity = await generateX25519Identity();
  return { identity, recipient: await identityToRecipient(identity) };
}

/** The public key of an identity, or null if the text is not an X25519 age identity. */
export async function recipientOf(identity: string): Promise<string | null> {
  if (!identity.startsWith('AGE-SECRET-KEY-1')) return null;
  try {
    return await identityToRecipient(identity);
  } catch {
    return null;
  }
}

/** The identities in a key file as `age-keygen` writes it (comments start with `#`). */
export function parseIdentityFile(text: string): string[] {
  return text
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter((l) => l !== '' && !l.startsWith('#'));
}

/** A key file like `age-keygen` writes, so `age -d -i` reads it. */
export function identityFile(identity: string, recipient: string, createdAt: Date): string {
  return `# created: ${createdAt.toISOString()}\n# public key: ${recipient}\n${identity}\n`;
}

/** Encrypts a stream to the recipients or the passphrase (scrypt). */
export async function encryptStream(
  plain: ReadableStream<Uint8Array>,
  key: AgeKey,
  scryptWorkFactor = defaultScryptWorkFactor,
): Promise<ReadableStream<Uint8Array>> {
  const e = new Encrypter();
  if ('passphrase' in key) {
    if (key.passphrase.length === 0) throw new AgeError('invalid-key', 'empty passphrase');
    e.setScryptWorkFactor(scryptWorkFactor);
    e.setPassphrase(key.passphrase);
  } else {
    if (key.recipients.length === 0) throw new AgeError('invalid-key', 'no recipient');
    for (const r of key.recipients) {
      if (!x25519Recipient.test(r)) throw new AgeError('invalid-key', 'not an age1 public key');
      e.addRecipient(r);
    }
  }
  return e.encrypt(plain);
}

/** The decrypted view of an age file: random access, each chunk authenticated when read. */
export type AgeReader = RandomAccess & { readonly chunks: number };

const maxHeader = 64 * 1024;
const text = new TextDecoder();

/**
 * Opens an age file: checks the header and the final chunk, so that a wrong key, an altered
 * header, a cut or an appended tail is known before any plaintext is used.
 */
export async function openAge(source: RandomAccess, secret: AgeSecret): Promise<AgeReader> {
  const head = await source.read(0, Math.min(source.size, maxHeader));
  const version = 'age-encryption.org/v1\n';
  if (text.decode(head.subarray(0, version.length)) !== version) throw new AgeError('not-age');
  const headerLength = findHeaderEnd(head);
  if (headerLength < 0) throw new AgeError('tampered', 'header has no end');
  const header = head.slice(0, headerLength);
  checkStanzas(text.decode(header), secret);

  const d = new Decrypter();
  try {
    if ('passphrase' in secret) d.addPassphrase(secret.passphrase);
    else for (const id of secret.identities) d.addIdentity(id);
  } catch {
    throw new AgeError('invalid-key');
  }
  let fileKey: Uint8Array;
  try {
    fileKey = await d.decryptHeader(header);
  } catch (e) {
    const message = (e as Error).message;
    if (message.includes('no identity matched')) throw new AgeError('wrong-key');
    if (message.includes('work factor')) throw new AgeError('work-factor-too-high');
    throw new AgeError('tampered', `header: ${message}`);
  }

  const payloadStart = headerLength + 16;
  if (source.size < payloadStart + 16) throw new AgeError('truncated', 'no payload');
  const nonce = await source.read(headerLength, 16);
  const key = hkdf(sha256, fileKey, nonce, new TextEncoder().encode('payload'), 32);
  const payloadLength = source.size - payloadStart;
  const chunks = Math.ceil(payloadLength / sealedChunkSize);
  const lastLength = payloadLength - (chunks - 1) * sealedChunkSize;

  const open = async (index: number, final: boolean, length = sealedChunkSize) => {
    const sealed = await source.read(payloadStart + index * sealedChunkSize, length);
    const n = new Uint8Array(12);
    new DataView(n.buffer).setUint32(7, index); // big-endian counter in bytes 0..10
    n[11] = final ? 1 : 0;
    try {
      return chacha20poly1305(key, n).decrypt(sealed);
    } catch {
      return null;
    }
  };

  const last = lastLength >= 16 ? await open(chunks - 1, true, lastLength) : null;
  if (last === null || (last.length === 0 && chunks > 1)) {
    throw new AgeError(await diagnoseEnd(open, chunks, lastLength));
  }

  const size = (chunks - 1) * ageChunkSize + last.length;
  // the final chunk, authenticated above, is kept apart: it must never be read as a middle one
  const cache = new Map<number, Uint8Array>();
  const chunk = async (index: number): Promise<Uint8Array> => {
    if (index === chunks - 1) return last;
    const hit = cache.get(index);
    if (hit) return hit;
    const plain = await open(index, false);
    if (plain === null) throw new AgeError('tampered', `chunk ${index}`);
    if (cache.size >= 4) cache.delete(cache.keys().next().value!);
    cache.set(index, plain);
    return plain;
  };

  return {
    size,
    chunks,
    async read(offset, length) {
      const end = Math.min(size, offset + length);
      if (offset >= end) return new Uint8Array(0);
      const first = Math.floor(offset / ageChunkSize);
      const lastIndex = Math.floor((end - 1) / ageChunkSize);
      if (first === lastIndex) {
        const c = await chunk(first);
        return c.subarray(offset - first * ageChunkSize, end - first * ageChunkSize);
      }
      const out = new Uint8Array(end - offset);
      for (let i = first; i <= lastIndex; i++) {
        const c = await chunk(i);
        const from = Math.max(offset, i * ageChunkSize);
        const to = Math.min(end, (i + 1) * ageChunkSize);
        out.set(c.subarray(from - i * ageChunkSize, to - i * ageChunkSize), from - offset);
      }
      return out;
    },
  };
}

/** How far back to look for a real final chunk followed by appended bytes (16 MiB). */
const trailingScan = 256;

/**
 * The final chunk did not authenticate. An earlier chunk that authenticates as final means bytes
 * were appended; a last chunk that is whole but authenticates only as a middle chunk, or is shorter
 * than a whole chunk (Vivier pads its backups to whole chunks), means the file was cut; anything
 * else is an alteration.
 */
async function diagnoseEnd(
  open: (index: number, final: boolean, length?: number) => Promise<Uint8Array | null>,
  chunks: number,
  lastLength: number,
): Promise<AgeReason> {
  for (let j = chunks - 2; j >= Math.max(0, chunks - 1 - trailingScan); j--) {
    if ((await open(j, true)) !== null) return 'trailing-data';
  }
  if (lastLength === sealedChunkSize) {
    return (await open(chunks - 1, false)) !== null ? 'truncated' : 'tampered';
  }
  return 'truncated';
}

/** Index just past the header's MAC line (`--- …\n`), or -1. */
function findHeaderEnd(head: Uint8Array): number {
  for (let i = 0; i + 4 < head.length; i++) {
    // "\n--- "
    if (
      head[i] === 10 &&
      head[i + 1] === 45 &&
      head[i + 2] === 45 &&
      head[i + 3] === 45 &&
      head[i + 4] === 32
    ) {
      const end = head.indexOf(10, i + 5);
      return end < 0 ? -1 : end + 1;
    }
  }
  return -1;
}

/** Refuses what typage would otherwise report vaguely: the wrong kind of key, an abusive work factor. */
function checkStanzas(header: string, secret: AgeSecret): void {
  const stanzas = header
    .split('\n')
    .filter((l) => l.startsWith('-> '))
    .map((l) => l.slice(3).split(' '));
  const scrypt = stanzas.find((args) => args[0] === 'scrypt');
  if (scrypt) {
    if (!('passphrase' in secret)) throw new AgeError('needs-passphrase');
    const logN = Number(scrypt[2]);
    if (!Number.isInteger(logN)) throw new AgeError('tampered', 'scrypt stanza');
    if (logN > maxScryptWorkFactor) throw new AgeError('work-factor-too-high', String(logN));
  } else if ('passphrase' in secret) {
    throw new AgeError('needs-identity');
  }
}
