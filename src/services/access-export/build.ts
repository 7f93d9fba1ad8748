import { readRow } from '../../db/rows';
import { z } from 'zod';
import type { AuditDraft } from '../../domain/audit';
import { accessExportSchema, type AccessExportData } from '../../domain/access-export';
import type { LanguageCode, PersonType } from '../../domain/common';
import { notFound, type NotFound } from '../core';
import { ok, type Result } from '../../domain/result';
import { rightsRequestRow } from '../../domain/rights-request';
import { parseRow } from '../../db/rows';
import { sha256Hex } from '../../lib/sha256';
import { transactWithAudit } from '../audit';
import type { ServiceContext } from '../core';
import { collectPerson, snapshotTables, type PersonSnapshot } from './collect';
import { objectsToCsv } from './csv';
import { attachmentPath, toExportData } from './data';
import { loadLanguage } from '../../i18n/messages';
import { renderIndexHtml } from './html';
import { toJsonResume } from './resume';

export type ManifestEntry = { path: string; size: number; sha256: string };
export type Manifest = {
  format: 'vivier-access-export-manifest';
  version: 1;
  generatedAt: string;
  algorithm: 'SHA-256';
  /** Every file of the zip but manifest.json itself. */
  files: ManifestEntry[];
};

export type AccessExport = {
  fileName: string;
  bytes: Uint8Array;
  manifest: Manifest;
  data: AccessExportData;
};

export type ExportRequest = {
  personType: PersonType;
  personId: string;
  /** Defaults to the request's language, then the person's, then French. */
  language?: LanguageCode;
  /** The access or portability request being answered, if any. */
  requestId?: string;
};

const fileNames: Record<LanguageCode, string> = {
  fr: 'donnees-personnelles',
  en: 'personal-data',
  de: 'personenbezogene-daten',
};

function defaultLanguage(snap: PersonSnapshot): LanguageCode {
  const s = snap.subject;
  if (s.type === 'candidate') return s.row.identity.language;
  if (s.type === 'contact') return snap.employer?.language ?? 'fr';
  return 'fr';
}

/** The CSV files: one per list of records, and the person's own fields as field;value. */
function csvFiles(data: AccessExportData): [string, string][] {
  const person = data.candidate ?? data.referee ?? data.contact;
  const files: [string, Record<string, unknown>[]][] = [
    ['applications', data.applications],
    ['consents', data.consents],
    ['disclosures', data.disclosures],
    ['references', data.references],
    ['attachments', data.attachments],
    ['rights-requests', data.rightsRequests],
    ['holds', data.holds],
    ['history', data.history],
  ];
  if (data.candidate) {
    const c = data.candidate;
    files.push(
      ['qualifications', c.qualifications],
      ['languages', c.languages],
      ['experience', c.experience],
      ['profile-links', c.profileLinks],
      ['psychometrics', c.psychometrics],
      ['interview-notes', c.interviewNotes],
    );
  }
  const own = Object.fromEntries(
    Object.entries(person ?? {}).filter(
      ([, v]) => !(Array.isArray(v) && v.some((x) => typeof x === 'object')),
    ),
  );
  return [
    ['csv/person.csv', objectsToCsv([own])],
    ...files
      .filter(([, rows]) => rows.length > 0)
      .map(([name, rows]): [string, string] => [`csv/${name}.csv`, objectsToCsv(rows)]),
  ];
}

/**
 * Art. 15 / Art. 20: everything held about one person as a zip: index.html (readable,
 * printable, in their language), data.json and its schema.json, resume.json (candidates), CSV
 * files, the original attachments and manifest.json with the SHA-256 of every file.
 * Reading the records and auditing the export is one transaction; the zip is built after it.
 */
export async function buildAccessExport(
  ctx: ServiceContext,
  input: ExportRequest,
): Promise<Result<AccessExport, NotFound<'person'>>> {
  const { db } = ctx;
  const { personType, personId, requestId } = input;
  const read = await transactWithAudit<
    Result<{ snap: PersonSnapshot; language: LanguageCode }, NotFound<'person'>>
  >(ctx, snapshotTables(db), async () => {
    const snap = await collectPerson(db, personType, personId);
    if (!snap) return { result: notFound('person'), audit: [] };
    const request = requestId ? await db.rightsRequests.get(requestId) : undefined;
    const language =
      input.language ??
      (request ? parseRow(rightsRequestRow, 'rightsRequests', request).language : undefined) ??
      defaultLanguage(snap);
    const audit: AuditDraft[] = [
      { action: `${personType}.access-export`, entity: personType, id: personId },
    ];
    if (request)
      audit.push({
        action: 'rights-request.export',
        entity: 'rights-request',
        id: readRow('rightsRequests', request).id,
      });
    return { result: ok({ snap, language }), audit };
  });
  if (!read.ok) return read;
  const { snap, language } = read.value;
  await loadLanguage(language);

  // A bug, not an expected failure: what we hand over must match the documented format.
  const data = accessExportSchema.parse(toExportData(snap, { now: ctx.now, language }));
  const encoder = new TextEncoder();
  const json = (value: unknown) => encoder.encode(`${JSON.stringify(value, null, 2)}\n`);
  const files = new Map<string, Uint8Array>();
  files.set('data.json', json(data));
  files.set('schema.json', json(z.toJSONSchema(accessExportSchema)));
  if (data.candidate) files.set('resume.json', json(toJsonResume(data.candidate)));
  for (const [path, text] of csvFiles(data)) files.set(path, encoder.encode(text));
  for (const a of snap.attachments)
    files.set(attachmentPath(a), new Uint8Array(await a.blob.arrayBuffer()));
  const listed = [...files].map(([path, bytes]) => ({ path, size: bytes.byteLength }));
  files.set('index.html', encoder.encode(renderIndexHtml(data, language, listed)));

  const entries: ManifestEntry[] = [];
  for (const [path, bytes] of [...files].sort(([a], [b]) => a.localeCompare(b)))
    entries.push({ path, size: bytes.byteLength, sha256: await sha256Hex(bytes) });
  const manifest: Manifest = {
    format: 'vivier-access-export-manifest',
    version: 1,
    generatedAt: ctx.now.toISOString(),
    algorithm: 'SHA-256',
    files: entries,
  };
  files.set('manifest.json', json(manifest));

  // jszip loads with the first zip, not with the start-up screens
  const { default: JSZip } = await import('jszip');
  const zip = new JSZip();
  for (const [path, bytes] of files) zip.file(path, bytes, { date: ctx.now, binary: true });
  const bytes = await zip.generateAsync({
    type: 'uint8array',
    compression: 'DEFLATE',
    compressionOptions: { level: 6 },
  });
  const day = ctx.now.toISOString().slice(0, 10);
  return ok({ fileName: `${fileNames[language]}-${day}.zip`, bytes, manifest, data });
}
