/**
 * The one door for records that come from outside this laptop's own services: a restored
 * backup today, team sync next. After a record is migrated to this schema version and validated
 * (backup's `restoreRecord`), `normaliseIncoming(kind, record, ctx)` recomputes every derived
 * field (deletion date, sort and search keys, list keys, the Art. 14 due date, a client archive
 * entry's deletion date) from the record,
 * the records it depends on and the rules in force; a stored derived value is never believed.
 * `IncomingHistories` collects, from the records as they pass, what `ctx` needs (each
 * candidate's collection date, applications and consents); the pure rules per kind are in
 * domain/incoming.ts. The CSV import builds each row through `normaliseIncoming` too; team sync
 * calls `settleArrived` in the transaction that applied a pulled batch, which recomputes the
 * same fields from what this laptop then holds.
 */
export {
  hasDerivedFields,
  normaliseIncoming,
  type IncomingKind,
  type IncomingRecords,
} from './normalise';
export { settleArrived, type ArrivedRow } from './settle';
export { IncomingHistories, type IncomingContext } from '../../domain/incoming';
