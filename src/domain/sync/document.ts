import { z } from 'zod';
import { err, ok, type Result } from '../result';
import { deviceId, hlcText } from './hlc';
import { kindSpecs, replicatedKinds, type ReplicatedKind } from './kinds';

/**
 * The documents the laptops exchange through the office's CouchDB.
 *
 * The id is the record's kind and its random local key (`candidate:3f2c…`, `audit:<device>.<seq>`):
 * it carries no personal data, so what CouchDB keeps forever of an erased document (its id and
 * its revision tree) says nothing about the person. A deletion carries nothing but `_id`, `_rev`
 * and `_deleted`.
 */
export const docId = z.string().regex(/^[a-z-]{2,40}:[A-Za-z0-9._-]{1,100}$/);

/** A processing block raised or lifted (Art. 18 restriction, Art. 21 objection): see merge.ts. */
export const mark = z.object({
  flag: z.enum(['restricted', 'objected']),
  op: z.enum(['set', 'lift']),
  /** The stamp of the change that raised the block: a lift names the block it lifts. */
  tag: hlcText,
  value: z.object({ since: z.string(), requestId: z.string().nullable() }).nullable().default(null),
});
export type Mark = z.infer<typeof mark>;

const attachmentStub = z.object({
  content_type: z.string().max(200),
  digest: z.string().max(200).optional(),
  length: z.number().int().min(0).optional(),
  revpos: z.number().int().optional(),
  stub: z.boolean().optional(),
  data: z.string().optional(),
});

/** CouchDB's own fields that a read may add (`?conflicts=true`, `?revs=true`). */
const couchMeta = {
  _rev: z.string().max(100).optional(),
  _conflicts: z.array(z.string().max(100)).optional(),
  _revisions: z.object({ start: z.number().int(), ids: z.array(z.string()) }).optional(),
};

export const liveDocument = z
  .object({
    _id: docId,
    ...couchMeta,
    _attachments: z.record(z.string().max(300), attachmentStub).optional(),
    kind: z.enum(replicatedKinds),
    hlc: hlcText,
    device: deviceId,
    /** The CouchDB user who wrote this version (the hub's validate function checks it). */
    author: z.string().min(1).max(200),
    marks: z.array(mark).max(500).default([]),
    body: z.record(z.string(), z.unknown()),
  })
  .strict();
export type LiveDocument = z.infer<typeof liveDocument>;

export const deletedDocument = z
  .object({ _id: docId, ...couchMeta, _deleted: z.literal(true) })
  .strict();
export type DeletedDocument = z.infer<typeof deletedDocument>;

export type SyncDocument = LiveDocument | DeletedDocument;

export type DocumentFailure = {
  reason: 'invalid-document' | 'kind-mismatch' | 'invalid-body';
  /** Paths of the fields that failed, never their values (they may be personal data). */
  paths: string[];
};

const paths = (e: z.ZodError) => e.issues.map((i) => i.path.map(String).join('.'));

/**
 * The one gate for a document from the hub: the envelope, then the body against its kind's
 * row schema, and the id's kind against the body's. A failure is a value (the replicator sets
 * the document aside), never a throw.
 */
export function parseSyncDocument(raw: unknown): Result<SyncDocument, DocumentFailure> {
  if (
    typeof raw === 'object' &&
    raw !== null &&
    (raw as { _deleted?: unknown })._deleted === true
  ) {
    const d = deletedDocument.safeParse(raw);
    return d.success ? ok(d.data) : err({ reason: 'invalid-document', paths: paths(d.error) });
  }
  const live = liveDocument.safeParse(raw);
  if (!live.success) return err({ reason: 'invalid-document', paths: paths(live.error) });
  const doc = live.data;
  if (doc._id.slice(0, doc._id.indexOf(':')) !== doc.kind)
    return err({ reason: 'kind-mismatch', paths: ['_id'] });
  const body = kindSpecs[doc.kind].schema.safeParse(doc.body);
  if (!body.success)
    return err({ reason: 'invalid-body', paths: paths(body.error).map((p) => `body.${p}`) });
  const expectedKey =
    doc.kind === 'audit' ? auditKey(doc.device, Number(body.data.seq)) : String(body.data.id);
  if (expectedKey !== localKeyOf(doc._id)) return err({ reason: 'kind-mismatch', paths: ['_id'] });
  return ok({ ...doc, body: body.data });
}

export const docIdFor = (kind: ReplicatedKind, key: string): string => `${kind}:${key}`;
export const localKeyOf = (id: string): string => id.slice(id.indexOf(':') + 1);
export function kindOfId(id: string): ReplicatedKind | undefined {
  const kind = id.slice(0, id.indexOf(':'));
  return (replicatedKinds as readonly string[]).includes(kind)
    ? (kind as ReplicatedKind)
    : undefined;
}

/** Audit entries are numbered per laptop: `<device>.<seq>` keeps every laptop's chain apart. */
export const auditKey = (device: string, seq: number): string => `${device}.${seq}`;
