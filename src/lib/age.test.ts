import { describe, expect, it } from 'vitest';
import {
  AgeError,
  ageChunkSize,
  encryptStream,
  generateOfficeKey,
  openAge,
  parseIdentityFile,
  identityFile,
  isAgeRecipient,
  recipientOf,
  type AgeSecret,
} from './age';
import { bytesSource } from './random-access';
import { collectBytes, concatBytes } from './stream-bytes';

const streamOf = (bytes: Uint8Array) =>
  new ReadableStream<Uint8Array>({
    start(c) {
      for (let at = 0; at < bytes.length; at += 10_000) c.enqueue(bytes.slice(at, at + 10_000));
      c.close();
    },
  });

/** toEqual walks large typed arrays element by element (seconds): compare bytes natively. */
const same = (a: Uint8Array, b: Uint8Array) => Buffer.from(a).equals(Buffer.from(b));

const sample = (n: number) => new Uint8Array(n).map((_, i) => (i * 31 + (i >> 8)) & 0xff);

async function decryptAll(sealed: Uint8Array, secret: AgeSecret): Promise<Uint8Array> {
  const r = await openAge(bytesSource(sealed), secret);
  return r.read(0, r.size);
}

async function reason(sealed: Uint8Array, secret: AgeSecret): Promise<string> {
  try {
    await decryptAll(sealed, secret);
    return 'ok';
  } catch (e) {
    if (e instanceof AgeError) return e.reason;
    throw e;
  }
}

const headerEnd = (sealed: Uint8Array) => {
  const text = new TextDecoder().decode(sealed.subarray(0, 2000));
  return text.indexOf('\n', text.indexOf('\n--- ') + 1) + 1;
};

describe('age', () => {
  it('round-trips to several X25519 recipients; each identity opens it alone', async () => {
    const a = await generateOfficeKey();
    const b = await generateOfficeKey();
    const plain = sample(3 * ageChunkSize + 123);
    const sealed = await collectBytes(
      await encryptStream(streamOf(plain), { recipients: [a.recipient, b.recipient] }),
    );
    expect(same(await decryptAll(sealed, { identities: [a.identity] }), plain)).toBe(true);
    expect(same(await decryptAll(sealed, { identities: [b.identity] }), plain)).toBe(true);
    const r = await openAge(bytesSource(sealed), { identities: [b.identity] });
    const across = await r.read(ageChunkSize - 5, 10);
    expect(same(across, plain.subarray(ageChunkSize - 5, ageChunkSize + 5))).toBe(true);
  });

  it('reads the final chunk correctly however many chunks were read before it', async () => {
    const key = await generateOfficeKey();
    const plain = sample(9 * ageChunkSize);
    const sealed = await collectBytes(
      await encryptStream(streamOf(plain), { recipients: [key.recipient] }),
    );
    const r = await openAge(bytesSource(sealed), { identities: [key.identity] });
    const parts: Uint8Array[] = [];
    for (let at = 0; at < r.size; at += 10_000) parts.push(await r.read(at, 10_000));
    expect(same(concatBytes(parts), plain)).toBe(true);
  });

  it('round-trips with a passphrase (scrypt)', async () => {
    const plain = sample(1000);
    const sealed = await collectBytes(
      await encryptStream(streamOf(plain), { passphrase: 'correct horse battery staple' }, 10),
    );
    expect(
      same(await decryptAll(sealed, { passphrase: 'correct horse battery staple' }), plain),
    ).toBe(true);
    expect(await reason(sealed, { passphrase: 'wrong' })).toBe('wrong-key');
    expect(await reason(sealed, { identities: [(await generateOfficeKey()).identity] })).toBe(
      'needs-passphrase',
    );
  });

  it('writes and reads identity files like age-keygen', async () => {
    const k = await generateOfficeKey();
    const file = identityFile(k.identity, k.recipient, new Date('2026-03-12T09:30:00Z'));
    expect(parseIdentityFile(file)).toEqual([k.identity]);
    expect(await recipientOf(k.identity)).toBe(k.recipient);
    expect(await recipientOf('AGE-SECRET-KEY-1NOPE')).toBeNull();
    expect(isAgeRecipient(k.recipient)).toBe(true);
    const typo =
      k.recipient.slice(0, 10) + (k.recipient[10] === 'q' ? 'p' : 'q') + k.recipient.slice(11);
    expect(isAgeRecipient(typo)).toBe(false);
    expect(isAgeRecipient('age1short')).toBe(false);
  });

  describe('names each fault', () => {
    let cached: { sealed: Uint8Array; key: { identity: string; recipient: string } } | undefined;
    const fixture = async () => {
      if (!cached) {
        const key = await generateOfficeKey();
        // whole chunks, as Vivier pads its backups
        const sealed = await collectBytes(
          await encryptStream(streamOf(sample(4 * ageChunkSize)), { recipients: [key.recipient] }),
        );
        cached = { sealed, key };
      }
      return cached;
    };
    const sealedChunk = ageChunkSize + 16;

    it('wrong key, passphrase instead of a key, not an age file', async () => {
      const { sealed } = await fixture();
      const other = await generateOfficeKey();
      expect(await reason(sealed, { identities: [other.identity] })).toBe('wrong-key');
      expect(await reason(sealed, { passphrase: 'x' })).toBe('needs-identity');
      expect(
        await reason(new TextEncoder().encode('PK\u0003\u0004 a zip'), { passphrase: 'x' }),
      ).toBe('not-age');
    });

    it('the last chunk cut off, or a cut in the middle of a chunk', async () => {
      const { sealed, key } = await fixture();
      const id = { identities: [key.identity] };
      expect(await reason(sealed, id)).toBe('ok');
      expect(await reason(sealed.slice(0, sealed.length - sealedChunk), id)).toBe('truncated');
      expect(await reason(sealed.slice(0, sealed.length - 1000), id)).toBe('truncated');
      expect(await reason(sealed.slice(0, sealed.length - sealedChunk - 7), id)).toBe('truncated');
      expect(await reason(sealed.slice(0, headerEnd(sealed) + 10), id)).toBe('truncated');
    });

    it('junk appended, short or long', async () => {
      const { sealed, key } = await fixture();
      const id = { identities: [key.identity] };
      for (const n of [1, 15, 16, 17, 1000, sealedChunk, 3 * sealedChunk + 5]) {
        expect(await reason(concatBytes([sealed, sample(n)]), id), `${n}`).toBe('trailing-data');
      }
    });

    it('a flipped byte in the payload (middle or last chunk) or in the header MAC', async () => {
      const { sealed, key } = await fixture();
      const id = { identities: [key.identity] };
      const flip = (at: number) => {
        const copy = sealed.slice();
        copy[at] = copy[at]! ^ 0x01;
        return copy;
      };
      const h = headerEnd(sealed);
      expect(await reason(flip(h + 16 + 5), id)).toBe('tampered');
      expect(await reason(flip(h + 16 + sealedChunk + 100), id)).toBe('tampered');
      expect(await reason(flip(sealed.length - 3), id)).toBe('tampered');
      expect(await reason(flip(h - 5), id)).toBe('tampered'); // in the MAC
      expect(await reason(flip(h + 3), id)).toBe('tampered'); // in the nonce
    });

    it('a scrypt work factor above 20', async () => {
      const sealed = await collectBytes(
        await encryptStream(streamOf(sample(10)), { passphrase: 'p' }, 10),
      );
      const text = new TextDecoder().decode(sealed.subarray(0, 200));
      const at = text.indexOf(' 10\n', text.indexOf('-> scrypt '));
      const patched = sealed.slice();
      patched.set(new TextEncoder().encode(' 21\n'), at);
      expect(await reason(patched, { passphrase: 'p' })).toBe('work-factor-too-high');
    });
  });
});
