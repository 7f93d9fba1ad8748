import type { VivierDb } from '../../db/database';
import { readMaybe, readRows } from '../../db/rows';
import { readSettings } from '../../db/settings-repo';
import { sameData } from '../../domain/changes';
import { IncomingHistories } from '../../domain/incoming';
import { hasDerivedFields, normaliseIncoming, type IncomingKind } from './normalise';

/** A row just written as it came from another laptop (or just deleted: `row` undefined). */
export type ArrivedRow = {
  table: string;
  /** The row as written, or undefined when it was deleted. */
  row: Record<string, unknown> | undefined;
  /** The row as it was before, if any: a deleted application still moves its candidate's date. */
  before: Record<string, unknown> | undefined;
};

/** Tables whose rows feed a candidate's derived fields (deletion date, list keys, referees). */
const candidateLinked = new Set(['applications', 'consents', 'referees']);

const candidateOf = (table: string, row: Record<string, unknown> | undefined) => {
  if (row === undefined) return undefined;
  const id = table === 'candidates' ? row.id : candidateLinked.has(table) ? row.candidateId : null;
  return typeof id === 'string' ? id : undefined;
};

/**
 * Rows written as another laptop sent them carry that laptop's derived fields (deletion date,
 * sort and search keys, list keys): computed by its version, its rules, its view of the
 * candidate's applications. None is believed. Inside the transaction that wrote them (which must
 * include candidates, referees, applications, consents, the other rows' tables and settings),
 * every derived field of the rows touched, and of the candidates whose applications, consents or
 * referees changed, is recomputed from what this laptop now holds and the rules in force, through
 * the same `normaliseIncoming` a restore and an import use. Returns how many rows it rewrote.
 */
export async function settleArrived(db: VivierDb, arrived: readonly ArrivedRow[]): Promise<number> {
  if (arrived.length === 0) return 0;
  const rules = (await readSettings(db)).retention;
  const candidates = new Set<string>();
  const others: { table: IncomingKind; id: string }[] = [];
  for (const a of arrived) {
    for (const r of [a.row, a.before]) {
      const id = candidateOf(a.table, r);
      if (id !== undefined) candidates.add(id);
    }
    const table = a.table;
    if (a.row === undefined || typeof a.row.id !== 'string' || !hasDerivedFields(table)) continue;
    if (table !== 'candidates' && table !== 'referees') others.push({ table, id: a.row.id });
  }
  let rewritten = 0;
  const rewrite = async (table: string, stored: unknown, settled: unknown) => {
    if (sameData(stored, settled)) return;
    await db.table(table).put(settled);
    rewritten += 1;
  };

  for (const id of candidates) {
    const candidate = readMaybe('candidates', await db.candidates.get(id));
    const referees = readRows(
      'referees',
      await db.referees.where('candidateId').equals(id).toArray(),
    );
    const histories = new IncomingHistories(rules);
    if (candidate !== undefined) histories.candidate(candidate);
    for (const a of readRows(
      'applications',
      await db.applications.where('candidateId').equals(id).toArray(),
    ))
      histories.application(a);
    for (const c of readRows(
      'consents',
      await db.consents.where('candidateId').equals(id).toArray(),
    ))
      histories.consent(c);
    const ctx = histories.context();
    if (candidate !== undefined)
      await rewrite('candidates', candidate, normaliseIncoming('candidates', candidate, ctx));
    for (const r of referees) await rewrite('referees', r, normaliseIncoming('referees', r, ctx));
  }

  const none = new IncomingHistories(rules).context();
  for (const { table, id } of others) {
    const stored = readMaybe(table, await db.table(table).get(id));
    if (stored !== undefined)
      await rewrite(table, stored, normaliseIncoming(table, stored as never, none));
  }
  return rewritten;
}
