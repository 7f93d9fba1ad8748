import { Dexie, type DBCore, type DBCoreTable } from 'dexie';
import { describe, expect, it } from 'vitest';
import { createDb } from '../../db/database';
import { tombstoneRow } from '../../domain/tombstone';
import { generateOfficeKey, type AgeSecret } from '../../lib/age';
import { bytesSource } from '../../lib/random-access';
import { collectBytes, concatBytes } from '../../lib/stream-bytes';
import { openZip } from '../../lib/zip-reader';
import { zipStream } from '../../lib/zip-writer';
import {
  craftZip,
  decryptToZip,
  encryptBytes,
  splitManifest,
  zipFiles,
} from '../../testing/backup-craft';
import { databaseNames, dumpDb, memorySink, noise } from '../../testing/backup-fixture';
import { backedUpLaptop } from '../../testing/backup-scenario';
import { applyRestore, type ApplyOptions } from './apply-restore';
import { planRestore } from './restore-plan';
import { writeBackup } from './write-backup';

type Laptop = Awaited<ReturnType<typeof backedUpLaptop>>;

/** Plans and applies; whatever the outcome, the current data must be exactly as before. */
async function attempt(l: Laptop, file: Blob, secret: AgeSecret, options?: ApplyOptions) {
  const before = await dumpDb(l.db);
  const names = await databaseNames();
  const active = await l.pointer.active();
  const plan = await planRestore(l.ctx, file, secret);
  const outcome = plan.ok ? await applyRestore(l.ctx, l.pointer, plan.value, options) : plan;
  expect(await dumpDb(l.db)).toEqual(before);
  expect(await l.pointer.active()).toBe(active);
  expect(await databaseNames()).toEqual(names);
  return outcome.ok ? { reason: 'ok' } : outcome.error;
}

const bytesOf = async (b: Blob) => new Uint8Array(await b.arrayBuffer());
const blob = (b: Uint8Array) => new Blob([b as BlobPart]);
const headerEnd = (sealed: Uint8Array) => {
  const text = new TextDecoder().decode(sealed.subarray(0, 2000));
  return text.indexOf('\n', text.indexOf('\n--- ') + 1) + 1;
};
const flip = (bytes: Uint8Array, at: number) => {
  const copy = bytes.slice();
  copy[at] = copy[at]! ^ 0x01;
  return copy;
};

/** Rewrites the declared size of an entry (central directory and data descriptor). */
async function declareSize(zip: Uint8Array, name: string, size: number): Promise<Uint8Array> {
  const reader = await openZip(bytesSource(zip));
  const e = reader.entries.find((x) => x.name === name)!;
  const out = zip.slice();
  const view = new DataView(out.buffer);
  const descriptor = e.headerOffset + 30 + new TextEncoder().encode(name).length + e.compressedSize;
  view.setUint32(descriptor + 12, size, true);
  for (let at = 0; at + 4 < out.length; at++) {
    if (
      view.getUint32(at, true) === 0x02014b50 &&
      view.getUint32(at + 42, true) === e.headerOffset
    ) {
      view.setUint32(at + 24, size, true);
    }
  }
  return out;
}

/** A staging database whose Nth write fails as a full disk does. */
const fullDiskAfter = (writes: number) => (name: string) => {
  const db = createDb(name);
  let n = 0;
  db.use({
    stack: 'dbcore',
    name: 'full-disk',
    create: (down: DBCore): DBCore => ({
      ...down,
      table: (tableName: string): DBCoreTable => {
        const t = down.table(tableName);
        return {
          ...t,
          mutate: (req) => {
            n += 1;
            if (n >= writes) {
              return Promise.reject(
                new DOMException('The quota has been exceeded.', 'QuotaExceededError'),
              );
            }
            return t.mutate(req);
          },
        };
      },
    }),
  });
  return db;
};

describe('restore refuses a damaged or foreign file and leaves the data untouched', () => {
  it('wrong key, or the wrong kind of key', async () => {
    const l = await backedUpLaptop();
    const other = await generateOfficeKey();
    expect(await attempt(l, l.file, { identities: [other.identity] })).toEqual({
      reason: 'wrong-key',
    });
    expect(await attempt(l, l.file, { passphrase: 'x' })).toEqual({ reason: 'needs-identity' });
    expect(await attempt(l, l.file, { identities: ['AGE-SECRET-KEY-1NOTAKEY'] })).toEqual({
      reason: 'invalid-key',
    });
  });

  it('a flipped byte in the header MAC, a recipient stanza, or the payload', async () => {
    const l = await backedUpLaptop();
    const sealed = await bytesOf(l.file);
    const id = { identities: [l.key.identity] };
    const h = headerEnd(sealed);
    expect(await attempt(l, blob(flip(sealed, h - 10)), id)).toEqual({ reason: 'tampered' });
    // a changed recipient stanza cannot be told apart from another key (age is anonymous);
    // a flip that breaks its base64 makes the header unreadable instead
    expect(['wrong-key', 'tampered']).toContain(
      (await attempt(l, blob(flip(sealed, 60)), id)).reason,
    );
    expect(await attempt(l, blob(flip(sealed, h + 16 + 1000)), id)).toEqual({ reason: 'tampered' });
    expect(await attempt(l, blob(flip(sealed, sealed.length - 100)), id)).toEqual({
      reason: 'tampered',
    });
  });

  it('the last chunk cut off, a cut anywhere, junk appended', async () => {
    const l = await backedUpLaptop();
    const sealed = await bytesOf(l.file);
    const id = { identities: [l.key.identity] };
    expect(await attempt(l, blob(sealed.slice(0, sealed.length - 65552)), id)).toEqual({
      reason: 'truncated',
    });
    expect(await attempt(l, blob(sealed.slice(0, sealed.length - 30_000)), id)).toEqual({
      reason: 'truncated',
    });
    expect(await attempt(l, blob(concatBytes([sealed, noise(5)])), id)).toEqual({
      reason: 'trailing-data',
    });
    expect(await attempt(l, blob(concatBytes([sealed, noise(100_000)])), id)).toEqual({
      reason: 'trailing-data',
    });
  });

  it('not a Vivier backup: random bytes, an encrypted text, an encrypted zip of something else', async () => {
    const l = await backedUpLaptop();
    const id = { identities: [l.key.identity] };
    expect(await attempt(l, blob(noise(5000)), id)).toEqual({ reason: 'not-a-backup' });
    const text = await encryptBytes(new TextEncoder().encode('hello'), l.key.recipient);
    expect(await attempt(l, text, id)).toEqual({ reason: 'not-a-backup' });
    const zip = await zipFiles(await decryptToZip(l.file, l.key.identity));
    const { rest } = splitManifest(zip);
    async function* only() {
      yield { name: 'photos/a.jpg', compress: false, data: rest[0]!.data };
    }
    const other = await collectBytes(zipStream(only(), { mtime: new Date() }));
    expect(await attempt(l, await encryptBytes(other, l.key.recipient), id)).toEqual({
      reason: 'not-a-backup',
    });
  });

  it('a backup from a newer Vivier (format or schema)', async () => {
    const l = await backedUpLaptop();
    const { manifest, rest } = splitManifest(
      await zipFiles(await decryptToZip(l.file, l.key.identity)),
    );
    const id = { identities: [l.key.identity] };
    for (const newer of [{ formatVersion: 2 }, { schemaVersion: 99 }]) {
      const zip = await craftZip(rest, { ...manifest, ...newer } as never);
      expect(await attempt(l, await encryptBytes(zip, l.key.recipient), id)).toEqual({
        reason: 'newer-format',
      });
    }
  });

  it('an entry named ../x or /abs', async () => {
    const l = await backedUpLaptop();
    const zip = await decryptToZip(l.file, l.key.identity);
    const id = { identities: [l.key.identity] };
    const name = 'attachments/att-cv';
    for (const evil of ['../xxxxxxxxxxxxxxx', '/etc/xxxxxxxxxxxxx']) {
      const patched = zip.slice();
      const from = new TextEncoder().encode(name);
      for (let i = 0; i + from.length <= patched.length; i++) {
        if (from.every((b, k) => patched[i + k] === b))
          patched.set(new TextEncoder().encode(evil), i);
      }
      expect(await attempt(l, await encryptBytes(patched, l.key.recipient), id)).toEqual({
        reason: 'bad-entry-name',
      });
    }
  });

  it('an entry that expands far beyond its declared size (zip bomb)', async () => {
    const l = await backedUpLaptop();
    const id = { identities: [l.key.identity] };
    const zip = await decryptToZip(l.file, l.key.identity);
    const manifestBomb = await declareSize(zip, 'manifest.json', 10);
    expect(await attempt(l, await encryptBytes(manifestBomb, l.key.recipient), id)).toEqual({
      reason: 'zip-bomb',
    });
    // a chunk of 8 MB of spaces, declared (in the zip and the manifest) as 100 bytes
    const { manifest, rest } = splitManifest(await zipFiles(zip));
    const bomb = { name: 'tables/settings/000001.jsonl', data: new Uint8Array(8 << 20).fill(32) };
    const files = rest.map((f) => (f.name === bomb.name ? bomb : f));
    const entries = manifest.entries.map((e) => (e.name === bomb.name ? { ...e, size: 100 } : e));
    const crafted = await declareSize(
      await craftZip(files, { ...manifest, entries }),
      bomb.name,
      100,
    );
    expect(await attempt(l, await encryptBytes(crafted, l.key.recipient), id)).toEqual({
      reason: 'zip-bomb',
    });
  });

  it('a record that fails its schema, a wrong hash, a manifest that does not add up', async () => {
    const l = await backedUpLaptop();
    const id = { identities: [l.key.identity] };
    const { manifest, rest } = splitManifest(
      await zipFiles(await decryptToZip(l.file, l.key.identity)),
    );
    const seal = async (zip: Uint8Array) => encryptBytes(zip, l.key.recipient);

    const bad = rest.map((f) =>
      f.name === 'tables/candidates/000001.jsonl'
        ? { ...f, data: new TextEncoder().encode('{"id":"cand-x","identity":{"firstName":""}}\n') }
        : f,
    );
    expect(
      await attempt(l, await seal(await craftZip(bad, { ...manifest, entries: undefined })), id),
    ).toMatchObject({
      reason: 'invalid-record',
      table: 'candidates',
      row: 1,
    });

    const wrongHash = manifest.entries.map((e, i) =>
      i === 2 ? { ...e, sha256: 'f'.repeat(64) } : e,
    );
    expect(
      await attempt(l, await seal(await craftZip(rest, { ...manifest, entries: wrongHash })), id),
    ).toMatchObject({ reason: 'checksum-mismatch', entry: manifest.entries[2]!.name });

    const counts = { ...manifest.counts, candidates: 3 };
    expect(await attempt(l, await seal(await craftZip(rest, { ...manifest, counts })), id)).toEqual(
      {
        reason: 'manifest-mismatch',
        table: 'candidates',
      },
    );
    const extra = [{ name: 'extra.txt', data: new Uint8Array(3) }];
    expect(
      await attempt(l, await seal(await craftZip(rest, manifest, { extra })), id),
    ).toMatchObject({ reason: 'manifest-mismatch' });
  });

  it('a passphrase backup: wrong passphrase, identity instead, a work factor above 20', async () => {
    const l = await backedUpLaptop();
    const out = memorySink();
    const written = await writeBackup(l.db, l.ctx.now, 'user-test', out.sink, {
      passphrase: 'Quatre mots bien choisis',
    });
    expect(written.ok).toBe(true);
    expect(await attempt(l, out.blob(), { identities: [l.key.identity] })).toEqual({
      reason: 'needs-passphrase',
    });
    expect(await attempt(l, out.blob(), { passphrase: 'Quatre mots mal choisis' })).toEqual({
      reason: 'wrong-key',
    });
    const sealed = await bytesOf(out.blob());
    const header = new TextDecoder().decode(sealed.subarray(0, 200));
    const at = header.indexOf(' 18\n', header.indexOf('-> scrypt '));
    const patched = sealed.slice();
    patched.set(new TextEncoder().encode(' 21\n'), at);
    expect(await attempt(l, blob(patched), { passphrase: 'Quatre mots bien choisis' })).toEqual({
      reason: 'work-factor-too-high',
    });
  }, 60_000);

  it('storage quota exceeded mid-restore', async () => {
    const l = await backedUpLaptop();
    expect(
      await attempt(l, l.file, { identities: [l.key.identity] }, { openStaging: fullDiskAfter(6) }),
    ).toEqual({ reason: 'quota-exceeded' });
  });

  it('an erasure on this laptop between the summary and the confirmation', async () => {
    const l = await backedUpLaptop();
    const plan = await planRestore(l.ctx, l.file, { identities: [l.key.identity] });
    if (!plan.ok) throw new Error(plan.error.reason);
    await l.db.tombstones.add(
      tombstoneRow.parse({
        id: 'tomb-new',
        personType: 'candidate',
        erasedAt: '2026-03-12T09:00:00.000Z',
        reason: 'request',
        identifierHashes: [],
      }),
    );
    const before = await dumpDb(l.db);
    expect(await applyRestore(l.ctx, l.pointer, plan.value)).toEqual({
      ok: false,
      error: { reason: 'changed-meanwhile', since: 'reviewed' },
    });
    expect(await dumpDb(l.db)).toEqual(before);
  });

  it('the browser closed mid-restore: the old data stays active; the next start discards the rest', async () => {
    const l = await backedUpLaptop();
    const before = await dumpDb(l.db);
    const plan = await planRestore(l.ctx, l.file, { identities: [l.key.identity] });
    if (!plan.ok) throw new Error(plan.error.reason);
    let stopped = () => {};
    const reached = new Promise<void>((resolve) => (stopped = resolve));
    // the tab dies after a few entries: the restore never goes on
    void applyRestore(l.ctx, l.pointer, plan.value, {
      onProgress: (done) => {
        if (done < 8) return;
        stopped();
        return new Promise<void>(() => {});
      },
    });
    await reached;
    const staging = l.pointer.names[1];
    expect(await Dexie.exists(staging)).toBe(true);
    // "next start": what the app sees is the old database, whole
    expect(await l.pointer.active()).toBe(l.pointer.names[0]);
    expect(await dumpDb(l.db)).toEqual(before);
    await l.pointer.discardInactive();
    expect(await Dexie.exists(staging)).toBe(false);
    // and a new restore goes through
    const again = await planRestore(l.ctx, l.file, { identities: [l.key.identity] });
    if (!again.ok) throw new Error(again.error.reason);
    expect(await applyRestore(l.ctx, l.pointer, again.value)).toMatchObject({
      ok: true,
      value: { activeName: staging },
    });
  });
});
