import { ageChunkSize, encryptStream, openAge } from '../lib/age';
import { bytesSource } from '../lib/random-access';
import { createSha256 } from '../lib/sha256-stream';
import { collectBytes, concatBytes } from '../lib/stream-bytes';
import { openZip } from '../lib/zip-reader';
import { zipStream, type ZipEntrySource } from '../lib/zip-writer';
import { manifestName, sumsName, sumsText, type Manifest } from '../services/backup';

/** Files of a backup, to change one and build the archive again (fault tests). */
export type BackupFile = { name: string; data: Uint8Array };

export async function decryptToZip(file: Blob, identity: string): Promise<Uint8Array> {
  const reader = await openAge(bytesSource(new Uint8Array(await file.arrayBuffer())), {
    identities: [identity],
  });
  return reader.read(0, reader.size);
}

export async function encryptBytes(bytes: Uint8Array, recipient: string): Promise<Blob> {
  const plain = new ReadableStream<Uint8Array>({
    start(c) {
      c.enqueue(bytes);
      c.close();
    },
  });
  return new Blob([
    (await collectBytes(await encryptStream(plain, { recipients: [recipient] }))) as BlobPart,
  ]);
}

export async function zipFiles(zip: Uint8Array): Promise<BackupFile[]> {
  const reader = await openZip(bytesSource(zip));
  const out: BackupFile[] = [];
  for (const e of reader.entries) {
    const parts: Uint8Array[] = [];
    for await (const p of reader.read(e)) parts.push(p);
    out.push({ name: e.name, data: concatBytes(parts) });
  }
  return out;
}

const sha = (data: Uint8Array) => {
  const h = createSha256();
  h.update(data);
  return h.hex();
};

/**
 * A backup archive from files and a manifest: entries listed and hashed, SHA256SUMS written,
 * padded like the app's. What a faulty or foreign writer could produce, for restore tests.
 */
export async function craftZip(
  files: readonly BackupFile[],
  manifest: Omit<Manifest, 'entries'> & { entries?: Manifest['entries'] },
  options: { extra?: BackupFile[] } = {},
): Promise<Uint8Array> {
  const entries =
    manifest.entries ??
    files.map((f) => ({ name: f.name, size: f.data.length, sha256: sha(f.data) }));
  const full = { ...manifest, entries };
  const manifestBytes = new TextEncoder().encode(JSON.stringify(full, null, 2) + '\n');
  const all: BackupFile[] = [
    ...files,
    ...(options.extra ?? []),
    { name: manifestName, data: manifestBytes },
    {
      name: sumsName,
      data: new TextEncoder().encode(sumsText(full as Manifest, sha(manifestBytes))),
    },
  ];
  async function* list(): AsyncGenerator<ZipEntrySource> {
    for (const f of all)
      yield { name: f.name, compress: !f.name.startsWith('attachments/'), data: f.data };
  }
  return collectBytes(
    zipStream(list(), { mtime: new Date('2026-03-12T09:30:00Z'), padTo: ageChunkSize }),
  );
}

/** Splits a backup's files into its manifest and the rest. */
export function splitManifest(files: BackupFile[]): { manifest: Manifest; rest: BackupFile[] } {
  const m = files.find((f) => f.name === manifestName)!;
  return {
    manifest: JSON.parse(new TextDecoder().decode(m.data)) as Manifest,
    rest: files.filter((f) => f.name !== manifestName && f.name !== sumsName),
  };
}
