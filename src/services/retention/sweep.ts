import { readMaybe, readRows } from '../../db/rows';
import type { AuditDraft } from '../../domain/audit';
import { toIsoDate, type PersonType } from '../../domain/common';
import { archiveDecision, isDue, isHeld, sweepAction } from '../../domain/retention-decisions';
import type { RetentionRules } from '../../domain/settings';
import type { SweepRecord } from '../../domain/sweep-record';
import type { VivierDb } from '../../db/database';
import { getMeta, setMeta } from '../../db/meta';
import { readSettings } from '../../db/settings-repo';
import { assertNever } from '../../domain/assert-never';
import { archiveInTransaction } from '../erasure';
import { transactWithAudit } from '../audit';
import type { ServiceContext } from '../core';
import {
  eraseArchiveInTransaction,
  eraseInTransaction,
  erasureTables,
  protectingIds,
  prepareErasure,
  type PreparedErasure,
} from '../erasure';
import { computeRetention } from './dates';
import { installSalt } from '../erasure';

/**
 * The retention sweep (the policy's retention periods, GDPR Art. 5(1)(e)). Reads only the people whose date has passed, through
 * the deleteOn index, and handles them in small batches, each its own transaction, yielding to the
 * page between batches. Each person's date is recomputed before acting, so a stale stored date
 * never erases anyone early; erased people are gone, so running it twice, or with a clock that
 * went back, does nothing more.
 */
export type SweepOptions = {
  batchSize?: number;
  /** Lets the page breathe between batches (a macrotask by default). */
  pause?: () => Promise<void>;
};

const personTypes: readonly PersonType[] = ['candidate', 'referee', 'contact'];

const tableOf = (db: VivierDb, type: PersonType) =>
  ({ candidate: db.candidates, referee: db.referees, contact: db.contacts })[type];

/** Ids of the people of one kind whose stored date is before today: an index range, keys only. */
export function dueIds(db: VivierDb, type: PersonType, today: string): Promise<string[]> {
  return tableOf(db, type).where('deleteOn').below(today).primaryKeys();
}

type One = { done: 'erased' | 'archived' | 'held' | 'skipped' | 'changed'; audit: AuditDraft[] };

async function holdsFor(db: VivierDb, ids: string[]) {
  return readRows('holds', await db.holds.where('personId').anyOf(ids).toArray());
}

/** One due person, inside the batch's transaction. */
async function sweepOne(
  ctx: ServiceContext,
  prepared: PreparedErasure,
  rules: RetentionRules,
  today: string,
): Promise<One> {
  const { db } = ctx;
  const { personType, id } = prepared.person;
  const table = tableOf(db, personType);
  const [stored, fresh, applicationRows] = await Promise.all([
    table.get(id),
    computeRetention(db, personType, id, rules),
    personType === 'candidate' ? db.applications.where('candidateId').equals(id).toArray() : [],
  ]);
  const row =
    personType === 'candidate'
      ? readMaybe('candidates', stored)
      : personType === 'contact'
        ? readMaybe('contacts', stored)
        : readMaybe('referees', stored);
  const applications = readRows('applications', applicationRows);
  if (row === undefined || fresh === null) return { done: 'skipped', audit: [] };
  // A stored date that disagrees with the rules is healed, never trusted to erase early.
  if (fresh.deleteOn !== row.deleteOn) await table.update(id, { deleteOn: fresh.deleteOn });
  if (!isDue(fresh.deleteOn, today)) return { done: 'skipped', audit: [] };

  // A hold on the candidate protects their referees, and a referee's hold the candidate's file.
  const holdIds = protectingIds(id, {
    erasedWith: prepared.erasedWith.map((r) => r.id),
    erasedBy: 'candidateId' in row ? row.candidateId : null,
  });
  const held = isHeld(await holdsFor(db, holdIds), today);

  const archive =
    personType === 'candidate' && archiveDecision(applications, rules, fresh.deleteOn).archive;
  const action = sweepAction({ deleteOn: fresh.deleteOn, held, archive }, today);
  const rule = fresh.because[0]?.rule;
  switch (action) {
    case 'keep':
      return { done: 'skipped', audit: [] };
    case 'held':
      return { done: 'held', audit: [] };
    case 'archive': {
      const r = await archiveInTransaction(ctx, prepared, rules, {
        reason: 'retention',
        rule: 'P8',
      });
      if (r.status === 'erased') return { done: 'archived', audit: r.audit };
      return { done: r.status === 'changed' ? 'changed' : 'skipped', audit: [] };
    }
    case 'erase': {
      const r = await eraseInTransaction(ctx, prepared, { reason: 'retention', rule });
      if (r.status === 'erased') return { done: 'erased', audit: r.audit };
      return { done: r.status === 'changed' ? 'changed' : 'skipped', audit: [] };
    }
    default:
      return assertNever(action);
  }
}

const macrotask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

export async function runSweep(
  ctx: ServiceContext,
  options: SweepOptions = {},
): Promise<SweepRecord> {
  const batchSize = Math.max(1, options.batchSize ?? 25);
  const pause = options.pause ?? macrotask;
  const { db } = ctx;
  const today = toIsoDate(ctx.now);
  const rules = (await readSettings(db)).retention;
  const counts = { erased: 0, archived: 0, held: 0, archiveErased: 0 };

  for (const type of personTypes) {
    const queue = await dueIds(db, type, today);
    const tries = new Map<string, number>();
    while (queue.length > 0) {
      const batch = queue.splice(0, batchSize);
      // Hashes are computed before the transaction (WebCrypto cannot run inside one). The people
      // of a batch share no rows, so their requests are issued together: IndexedDB queues them
      // in order within the one transaction, and the page does not wait on each round trip.
      const salt = await installSalt(db);
      const prepared = (
        await Promise.all(batch.map((id) => prepareErasure(db, type, id, salt)))
      ).filter((p): p is PreparedErasure => p !== null);
      const results = await transactWithAudit(ctx, erasureTables(db), async () => {
        const ones = await Promise.all(prepared.map((p) => sweepOne(ctx, p, rules, today)));
        return {
          result: ones.map((one, i) => ({ id: prepared[i]!.person.id, done: one.done })),
          audit: ones.flatMap((one) => one.audit),
        };
      });
      for (const r of results) {
        if (r.done === 'erased') counts.erased += 1;
        else if (r.done === 'archived') counts.archived += 1;
        else if (r.done === 'held') counts.held += 1;
        else if (r.done === 'changed' && (tries.get(r.id) ?? 0) < 3) {
          // Edited between hashing and erasing: hashed again in a later batch.
          tries.set(r.id, (tries.get(r.id) ?? 0) + 1);
          queue.push(r.id);
        }
      }
      await pause();
    }
  }

  // The client archive's own period (P8).
  const archiveQueue = await db.archive.where('deleteOn').below(today).primaryKeys();
  while (archiveQueue.length > 0) {
    const batch = archiveQueue.splice(0, batchSize);
    counts.archiveErased += await transactWithAudit(ctx, [db.archive, db.holds], async () => {
      let n = 0;
      const audit: AuditDraft[] = [];
      for (const id of batch) {
        if (isHeld(await holdsFor(db, [id]), today)) continue;
        const done = await eraseArchiveInTransaction(
          ctx,
          id,
          { reason: 'retention', rule: 'P8' },
          null,
        );
        if (done) {
          n += 1;
          audit.push(...done.audit);
        }
      }
      return { result: n, audit };
    });
    await pause();
  }

  const record: SweepRecord = { at: ctx.now.toISOString(), today, ...counts };
  await transactWithAudit(ctx, [db.meta], async () => {
    await setMeta(db, 'lastSweep', record);
    // A sweep that changed nothing is not worth an entry every hour; one that did says so.
    const changed = counts.erased + counts.archived + counts.archiveErased > 0;
    return {
      result: undefined,
      audit: changed
        ? [
            {
              action: 'retention.sweep',
              entity: 'retention',
              id: today,
              fields: Object.entries(counts).map(([k, v]) => `${k}:${v}`),
            },
          ]
        : [],
    };
  });
  return record;
}

export const lastSweep = (db: VivierDb): Promise<SweepRecord | undefined> =>
  getMeta(db, 'lastSweep');
