/**
 * How long each person is kept and why: the deletion date (`refreshDeleteOn`, recomputed inside
 * the transaction of every event that may move it), the rules and their preview, holds, the
 * expiring-soon list, the client archive, and the sweep that erases or archives people on their
 * date (through `erasure`), run in one tab at a time.
 */
export { computeRetention, personDatesChanged, refreshDeleteOn, retentionTables } from './dates';
export {
  activeHoldsOn,
  type HoldError,
  holdForRequestInTransaction,
  type HoldInput,
  holdTables,
  liftHold,
  liftRequestHoldsInTransaction,
  placeHold,
  placeHoldInTransaction,
} from './holds';
export { previewRules, type RulesPreview, saveRules } from './rules';
export { expiringSoon, type ExpiringPerson } from './expiring';
export { lastSweep, runSweep } from './sweep';
export { type LockManagerLike, startSweepRunner, sweepOnce } from './sweep-runner';
export { activeHoldsWithNames, archiveEntries, missionNamesOf, personRetention } from './view';
export { retentionReasons, type RetentionReason, type RetentionRefusal } from './reasons';
