/**
 * What happens when a person is erased (GDPR Art. 17; P7, P9), read in this folder:
 * - `footprint.ts`: what a person leaves in each table and what erasure does to it: the person's
 *   own row goes with a tombstone (a candidate's referees with theirs), applications, consents,
 *   attachments (CVs, consent evidence), holds and a client archive entry are deleted,
 *   disclosures and Art. 19 to-dos stay pseudonymous; every other table says why it is left
 *   alone. The erasure, a restore's preview and its replay (services/backup) all follow it; team
 *   sync applies an erasure pulled from the office the same way. `protectingIds`: whose hold
 *   keeps a person from the retention sweep.
 * - `erasure.ts`: `erasePerson` (the rights desk, a user), `archiveCandidate` (P8), one
 *   transaction each; `steps.ts`: the same erasure inside the caller's transaction for the sweep
 *   (`prepareErasure` hashes first, `eraseInTransaction` applies the footprint, opens an Art. 19
 *   to-do per recipient, writes the tombstones and audit entries); `archive-steps.ts`: the
 *   client archive entry kept instead (P8).
 * - `tombstones.ts`: salted hashes of the identifiers (keys in domain/tombstone-keys.ts), so an
 *   erased person never comes back: `isTombstoned` / `tombstonesOf` answer "erased before?".
 * - `reasons.ts`: the reason codes erasure refuses with.
 */
export { archiveInTransaction } from './archive-steps';
export { erasePerson } from './erasure';
export {
  anonymousFiles,
  belongingTables,
  type Belongs,
  belongsOf,
  entryOf,
  erasedByOf,
  erasedWithKinds,
  type Fate,
  footprint,
  type FootprintEntry,
  isBelongs,
  isPersonTable,
  type Link,
  type Owner,
  ownersOfRow,
  personTables,
  type PersonTable,
  protectingIds,
  untouchedTables,
} from './footprint';
export {
  eraseArchiveInTransaction,
  eraseArrivedInTransaction,
  eraseInTransaction,
  erasureTables,
  type PreparedErasure,
  prepareErasure,
} from './steps';
export { hashIdentifierKeys, installSalt, isTombstoned, tombstonesOf } from './tombstones';
export { erasureReasons, type ErasureReason, type ErasureRefusal } from './reasons';
