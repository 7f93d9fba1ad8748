import type { Table } from 'dexie';
import type { AuditEntry } from '../domain/audit';
import type { VivierDb } from '../db/database';
import { getMeta } from '../db/meta';
import type { OutboxRow, SyncDocRow, SyncQuarantineRow } from '../db/sync-tables';
import { ok, type Result } from '../domain/result';
import { canonicalJson } from '../domain/sync/canonical';
import {
  docIdFor,
  kindOfId,
  localKeyOf,
  parseSyncDocument,
  type LiveDocument,
  type SyncDocument,
} from '../domain/sync/document';
import { decodeHlc, encodeHlc, receive, tick } from '../domain/sync/hlc';
import { flaggedKinds, kindOfTable, kindSpecs, type ReplicatedKind } from '../domain/sync/kinds';
import {
  erasedVersion,
  localVersion,
  merge,
  type LiveVersion,
  type Version,
} from '../domain/sync/merge';
import type { CouchClient, HubFailure } from './couch-client';
import { belongsOf, eraseArrivedInTransaction, ownersOfRow } from '../services/erasure';
import { settleArrived, type ArrivedRow } from '../services/incoming';
import type { PersonType } from '../domain/common';
import type { RowTable } from '../db/rows';
import { markApplyingFromHub, type OutboxClock } from './outbox';

/**
 * The replicator: pushes the outbox to the hub and pulls the hub's changes feed from the
 * checkpoint, applying every pulled document through the domain's merge rule. What it needs is
 * passed in (the database, the hub client, the clock, the logged-in user), as services take
 * their context.
 */
export type SyncContext = {
  db: VivierDb;
  hub: CouchClient;
  clock: OutboxClock;
  /** The CouchDB user logged in: written as each document's author. */
  author: string;
  /** How far ahead of this laptop's clock a pulled stamp may be before the clock ignores it. */
  maxDriftMs?: number;
  batchSize?: number;
};

export type SyncReport = {
  pushed: number;
  /** Changes the hub refused (its validate function): they stay in the outbox, and are shown. */
  refused: number;
  pulled: number;
  quarantined: number;
  waiting: number;
};

/** Every document's first revision (deploy/couchdb/README.md: why a constant one). */
export const firstRevision = `1-${'0'.repeat(32)}`;
const attachmentName = 'file';
const defaultBatch = 200;
const defaultDrift = 24 * 3600 * 1000;

function tableOf(db: VivierDb, kind: ReplicatedKind): Table {
  return db.table(kindSpecs[kind].table);
}

/** The row key a document id names; for audit entries only this laptop's own (`device.seq`). */
function rowKey(kind: ReplicatedKind, id: string): string | number {
  const key = localKeyOf(id);
  return kind === 'audit' ? Number(key.slice(key.lastIndexOf('.') + 1)) : key;
}

function versionOf(doc: SyncDocument): Version {
  if ('_deleted' in doc) return erasedVersion;
  return {
    state: 'live',
    kind: doc.kind,
    hlc: doc.hlc,
    device: doc.device,
    author: doc.author,
    marks: doc.marks,
    body: doc.body,
  };
}

/**
 * The version this laptop last exchanged with the hub, as merge metadata: its stamp and marks.
 * Its body is not kept (the row has moved on since): a block in force is read from the marks.
 */
function known(row: SyncDocRow | undefined, kind: ReplicatedKind): LiveVersion | undefined {
  if (!row || row.deleted || row.hlc === null) return undefined;
  return {
    state: 'live',
    kind,
    hlc: row.hlc,
    device: row.device ?? '',
    author: row.author ?? '',
    marks: row.marks,
    body: {},
  };
}

function bodyOf(kind: ReplicatedKind, row: Record<string, unknown>): Record<string, unknown> {
  if (kind !== 'attachment') return row;
  const { blob: _blob, ...rest } = row;
  return rest;
}

/** Base64 of a file, as `_bulk_docs` takes inline attachments (browser and Node alike). */
async function base64Of(blob: Blob): Promise<string> {
  const bytes = new Uint8Array(await blob.arrayBuffer());
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000)
    binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

async function sha256Hex(blob: Blob): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', await blob.arrayBuffer());
  return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('');
}

// ---- push ------------------------------------------------------------------------------------

type Pending = { docId: string; kind: ReplicatedKind; maxSeq: number; hlc: string };

function groupOutbox(entries: readonly OutboxRow[]): Pending[] {
  const byDoc = new Map<string, Pending>();
  for (const e of entries) {
    const kind = kindOfId(e.docId);
    if (kind === undefined || e.seq === undefined) continue;
    const prev = byDoc.get(e.docId);
    byDoc.set(e.docId, {
      docId: e.docId,
      kind,
      maxSeq: Math.max(prev?.maxSeq ?? 0, e.seq),
      hlc: prev && prev.hlc > e.hlc ? prev.hlc : e.hlc,
    });
  }
  return [...byDoc.values()];
}

/** Drops the outbox entries of a document up to the one pushed: later changes stay queued. */
async function settle(db: VivierDb, p: Pending, state: SyncDocRow | null) {
  await db.transaction('rw', db.outbox, db.syncDocs, async () => {
    await db.outbox
      .where('docId')
      .equals(p.docId)
      .and((e) => (e.seq ?? 0) <= p.maxSeq)
      .delete();
    if (state) await db.syncDocs.put(state);
  });
}

export async function push(
  ctx: SyncContext,
): Promise<Result<{ pushed: number; refused: number }, HubFailure>> {
  const { db, hub } = ctx;
  let pushed = 0;
  let refused = 0;
  const entries = await db.outbox
    .orderBy('seq')
    .limit(ctx.batchSize ?? defaultBatch)
    .toArray();
  const creations: { p: Pending; doc: LiveDocument; version: LiveVersion }[] = [];
  const updates: { p: Pending; doc: Record<string, unknown>; version: Version }[] = [];
  for (const p of groupOutbox(entries)) {
    const state = await db.syncDocs.get(p.docId);
    if (p.kind === 'audit' && !localKeyOf(p.docId).startsWith(`${ctx.clock.device}.`)) {
      await settle(db, p, null);
      continue;
    }
    const row = (await tableOf(db, p.kind).get(rowKey(p.kind, p.docId))) as
      Record<string, unknown> | undefined;
    if (state?.deleted) {
      await settle(db, p, null); // erased on the hub: nothing to bring back
      continue;
    }
    if (row === undefined) {
      if (state)
        updates.push({
          p,
          doc: { _id: p.docId, _rev: state.rev, _deleted: true },
          version: erasedVersion,
        });
      else await settle(db, p, null); // made and removed here before it ever reached the hub
      continue;
    }
    const body = bodyOf(p.kind, row);
    const version = localVersion(known(state, p.kind), {
      kind: p.kind,
      hlc:
        state?.hlc && state.hlc > p.hlc
          ? encodeHlc(tick(decodeHlc(state.hlc)!, ctx.clock.now()))
          : p.hlc,
      device: ctx.clock.device,
      author: ctx.author,
      body,
    });
    const doc: LiveDocument = {
      _id: p.docId,
      kind: p.kind,
      hlc: version.hlc,
      device: version.device,
      author: version.author,
      marks: [...version.marks],
      body,
    };
    if (p.kind === 'attachment' && row.blob instanceof Blob)
      doc._attachments = {
        [attachmentName]: {
          content_type: String(row.type || 'application/octet-stream'),
          data: await base64Of(row.blob),
        },
      };
    if (state) updates.push({ p, doc: { ...doc, _rev: state.rev }, version });
    else creations.push({ p, doc: { ...doc, _rev: firstRevision }, version });
  }

  if (creations.length > 0) {
    const r = await hub.bulkDocs(
      creations.map((c) => c.doc),
      false,
    );
    if (!r.ok) return r;
    // new_edits=false is silent about a revision that was already there: check whose it is
    const check = await hub.allDocs(creations.map((c) => c.p.docId));
    if (!check.ok) return check;
    const refusedIds = new Set(
      r.value.filter((row) => row.error === 'forbidden').map((row) => row.id),
    );
    refused += refusedIds.size;
    for (const c of creations) {
      const found = check.value.rows.find((row) => row.key === c.p.docId);
      const mine =
        found && 'value' in found && found.value.rev === firstRevision && !found.value.deleted;
      if (refusedIds.has(c.p.docId) || !mine) continue; // the pull brings what the hub has
      await settle(db, c.p, stateRow(c.p.docId, firstRevision, c.version));
      pushed += 1;
    }
  }
  if (updates.length > 0) {
    const r = await hub.bulkDocs(
      updates.map((u) => u.doc),
      true,
    );
    if (!r.ok) return r;
    for (const u of updates) {
      const row = r.value.find((x) => x.id === u.p.docId);
      if (row?.error === 'forbidden') refused += 1;
      if (!row?.rev || row.error) continue; // conflict or refusal: the pull merges, the next push retries
      await settle(db, u.p, stateRow(u.p.docId, row.rev, u.version));
      pushed += 1;
    }
  }
  return ok({ pushed, refused });
}

// ---- pull ------------------------------------------------------------------------------------

type Pulled = { id: string; rev: string; version: Version; blob?: Blob };

/**
 * Resolves a document CouchDB holds with conflicting revisions: merged by the domain rule, the
 * merged winner written on the winning revision and the losing revisions deleted, so every
 * laptop that does it first leaves the same record.
 */
async function resolveConflicts(
  ctx: SyncContext,
  doc: LiveDocument,
  quarantine: (id: string, rev: string, reason: string, paths: string[]) => void,
): Promise<Result<{ rev: string; version: Version }, HubFailure>> {
  const losers = doc._conflicts ?? [];
  const versions: Version[] = [versionOf(doc)];
  for (const rev of losers) {
    const got = await ctx.hub.getDoc(doc._id, { rev });
    if (!got.ok) return got;
    const parsed = parseSyncDocument(got.value);
    if (parsed.ok) versions.push(versionOf(parsed.value));
    else quarantine(doc._id, rev, parsed.error.reason, parsed.error.paths);
  }
  const merged = merge(versions);
  const winner =
    merged.state === 'erased'
      ? { _id: doc._id, _rev: doc._rev, _deleted: true }
      : {
          _id: doc._id,
          _rev: doc._rev,
          kind: merged.kind,
          hlc: merged.hlc,
          device: merged.device,
          author: ctx.author,
          marks: merged.marks,
          body: merged.body,
          ...(doc._attachments ? { _attachments: doc._attachments } : {}),
        };
  const r = await ctx.hub.bulkDocs(
    [winner, ...losers.map((rev) => ({ _id: doc._id, _rev: rev, _deleted: true }))],
    true,
  );
  if (!r.ok) return r;
  const written = r.value.find((row) => row.id === doc._id && row.rev && !row.error);
  return ok({
    rev: written?.rev ?? doc._rev ?? '',
    version: merged.state === 'live' ? { ...merged, author: ctx.author } : merged,
  });
}

export async function pull(
  ctx: SyncContext,
): Promise<Result<{ pulled: number; quarantined: number }, HubFailure>> {
  const { db, hub } = ctx;
  let pulled = 0;
  let quarantined = 0;
  for (;;) {
    const since = (await getMeta(db, 'syncCheckpoint')) ?? '0';
    const limit = ctx.batchSize ?? defaultBatch;
    const feed = await hub.changes(since, limit);
    if (!feed.ok) return feed;
    const at = new Date(ctx.clock.now()).toISOString();
    const setAside: SyncQuarantineRow[] = [];
    const quarantine = (docId: string, rev: string, reason: string, paths: string[]) =>
      setAside.push({ id: `${docId}@${rev}`, docId, rev, reason, paths, at });
    const batch: Pulled[] = [];
    for (const change of feed.value.results) {
      if (change.id.startsWith('_design/')) continue;
      const rev = change.changes[0]?.rev ?? '';
      const parsed = parseSyncDocument(change.doc);
      if (!parsed.ok) {
        quarantine(change.id, rev, parsed.error.reason, parsed.error.paths);
        continue;
      }
      let doc = parsed.value;
      let version = versionOf(doc);
      let docRev = doc._rev ?? rev;
      if (!('_deleted' in doc) && (doc._conflicts?.length ?? 0) > 0) {
        const resolved = await resolveConflicts(ctx, doc, quarantine);
        if (!resolved.ok) return resolved;
        version = resolved.value.version;
        docRev = resolved.value.rev;
        if (version.state === 'erased') doc = { _id: doc._id, _deleted: true };
      }
      let blob: Blob | undefined;
      if (
        version.state === 'live' &&
        version.kind === 'attachment' &&
        !('_deleted' in doc) &&
        doc._attachments?.[attachmentName]
      ) {
        const got = await hub.getAttachment(doc._id, attachmentName, docRev);
        if (!got.ok) return got;
        // the file must be the one the record describes, byte for byte
        if ((await sha256Hex(got.value)) !== version.body.sha256) {
          quarantine(doc._id, docRev, 'attachment-mismatch', ['_attachments.file']);
          continue;
        }
        blob = new Blob([await got.value.arrayBuffer()], { type: String(version.body.type ?? '') });
      }
      batch.push({ id: doc._id, rev: docRev, version, ...(blob ? { blob } : {}) });
    }
    await applyBatch(ctx, batch, setAside, feed.value.last_seq);
    pulled += batch.length;
    quarantined += setAside.length;
    if (feed.value.results.length < limit) return ok({ pulled, quarantined });
  }
}

/**
 * An erasure made on another laptop reaches everything of the person this laptop holds: the
 * people whose rows arrived as deletions, and the owners, erased on the hub, of rows that arrived
 * live (sent by a laptop that had not yet learnt of the erasure), go through the erasure's own
 * footprint; every row it deletes is sent to the hub as a deletion (one not yet there is dropped
 * by the push), so a third laptop does not receive it either.
 */
async function eraseWhatArrivedErased(ctx: SyncContext, arrived: readonly ArrivedRow[]) {
  const { db } = ctx;
  const people = new Map<string, { personType: PersonType; id: string }>();
  const add = (personType: PersonType, id: string) =>
    people.set(docIdFor(personType, id), { personType, id });
  for (const a of arrived) {
    const kind = kindOfTable(a.table);
    if (kind === undefined) continue;
    if (a.row === undefined && flaggedKinds.has(kind) && a.before !== undefined)
      add(kind as PersonType, String(a.before.id));
    const entry = a.row === undefined ? null : belongsOf(a.table as RowTable);
    if (entry === null || a.row === undefined) continue;
    for (const owner of ownersOf(entry, a.row)) {
      const [ownerKind, ownerId] = owner;
      if (!flaggedKinds.has(ownerKind as ReplicatedKind)) continue;
      const state = await db.syncDocs.get(docIdFor(ownerKind as ReplicatedKind, ownerId));
      if (state?.deleted) add(ownerKind as PersonType, ownerId);
    }
  }
  const removed = await eraseArrivedInTransaction(db, [...people.values()]);
  for (const { table, ids } of removed) {
    const kind = kindOfTable(table);
    if (kind === undefined) continue;
    for (const id of ids) {
      const docId = docIdFor(kind, id);
      if ((await db.outbox.where('docId').equals(docId).count()) > 0) continue;
      ctx.clock.current = tick(ctx.clock.current, ctx.clock.now());
      await db.outbox.add({ docId, op: 'delete', hlc: encodeHlc(ctx.clock.current) });
    }
  }
}

const ownersOf = (
  entry: NonNullable<ReturnType<typeof belongsOf>>,
  row: Record<string, unknown>,
): [string, string][] =>
  ownersOfRow(entry, row as never).map((key) => {
    const at = key.indexOf(':');
    return [key.slice(0, at), key.slice(at + 1)];
  });

/** Applies one batch of pulled versions and moves the checkpoint, in one transaction. */
async function applyBatch(
  ctx: SyncContext,
  batch: readonly Pulled[],
  setAside: readonly SyncQuarantineRow[],
  checkpoint: string,
) {
  const { db } = ctx;
  const tables = [...new Set(Object.values(kindSpecs).map((s) => s.table))].map((t) => db.table(t));
  await db.transaction(
    'rw',
    [...tables, db.syncDocs, db.outbox, db.syncQuarantine, db.peerAudit, db.meta],
    async (tx) => {
      markApplyingFromHub(tx.idbtrans as never);
      const arrived: ArrivedRow[] = [];
      for (const p of batch) {
        const kind = kindOfId(p.id)!;
        const remote = p.version;
        if (remote.state === 'live') {
          const seen = receive(
            ctx.clock.current,
            decodeHlc(remote.hlc)!,
            ctx.clock.now(),
            ctx.maxDriftMs ?? defaultDrift,
          );
          if (seen.ok) ctx.clock.current = seen.value;
        }
        if (kind === 'audit' && !localKeyOf(p.id).startsWith(`${ctx.clock.device}.`)) {
          const device = localKeyOf(p.id).split('.')[0]!;
          if (remote.state === 'live')
            await db.peerAudit.put({ ...(remote.body as AuditEntry), device });
          await db.syncDocs.put(stateRow(p.id, p.rev, remote));
          continue;
        }
        const pending = await db.outbox.where('docId').equals(p.id).toArray();
        const table = tableOf(db, kind);
        const key = rowKey(kind, p.id);
        let merged: Version = remote;
        if (pending.length > 0) {
          const row = (await table.get(key)) as Record<string, unknown> | undefined;
          const state = await db.syncDocs.get(p.id);
          const local: Version =
            row === undefined
              ? erasedVersion
              : localVersion(known(state, kind), {
                  kind,
                  hlc: pending
                    .map((e) => e.hlc)
                    .sort()
                    .at(-1)!,
                  device: ctx.clock.device,
                  author: ctx.author,
                  body: bodyOf(kind, row),
                });
          merged = merge([local, remote]);
        }
        const before =
          kind === 'attachment'
            ? undefined
            : ((await table.get(key)) as Record<string, unknown> | undefined);
        arrived.push({
          table: table.name,
          before,
          row: merged.state === 'erased' ? undefined : merged.body,
        });
        if (merged.state === 'erased') await table.delete(key);
        else {
          const blob = p.blob ?? ((await table.get(key)) as { blob?: Blob } | undefined)?.blob;
          await table.put(kind === 'attachment' ? { ...merged.body, blob } : merged.body);
        }
        await db.syncDocs.put(
          // what the hub holds now: a local erasure still to push is pushed on this revision
          stateRow(p.id, p.rev, merged.state === 'erased' ? remote : merged),
        );
        const sameAsHub = canonicalJson(merged) === canonicalJson(remote);
        if (sameAsHub || remote.state === 'erased')
          await db.outbox.where('docId').equals(p.id).delete();
        else if (pending.length === 0) {
          ctx.clock.current = tick(ctx.clock.current, ctx.clock.now());
          await db.outbox.add({
            docId: p.id,
            op: merged.state === 'erased' ? 'delete' : 'put',
            hlc: encodeHlc(ctx.clock.current),
          });
        }
      }
      await eraseWhatArrivedErased(ctx, arrived);
      // derived fields are this laptop's to compute, never taken from the hub (the one door)
      await settleArrived(db, arrived);
      if (setAside.length > 0) await db.syncQuarantine.bulkPut([...setAside]);
      await db.meta.put({ key: 'syncCheckpoint', value: checkpoint });
    },
  );
}

function stateRow(id: string, rev: string, v: Version): SyncDocRow {
  return v.state === 'erased'
    ? { id, rev, deleted: true, hlc: null, device: null, author: null, marks: [] }
    : {
        id,
        rev,
        deleted: false,
        hlc: v.hlc,
        device: v.device,
        author: v.author,
        marks: [...v.marks],
      };
}

/** One round: push what is waiting, pull what changed, push what the merge produced. */
export async function syncOnce(ctx: SyncContext): Promise<Result<SyncReport, HubFailure>> {
  const first = await push(ctx);
  if (!first.ok) return first;
  const pulled = await pull(ctx);
  if (!pulled.ok) return pulled;
  const second = await push(ctx);
  if (!second.ok) return second;
  return ok({
    pushed: first.value.pushed + second.value.pushed,
    refused: second.value.refused,
    pulled: pulled.value.pulled,
    quarantined: pulled.value.quarantined,
    waiting: await ctx.db.outbox.count(),
  });
}
