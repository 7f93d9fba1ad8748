/**
 * What happens when a person is erased: `erasePerson` removes the person and everything that is
 * theirs in one transaction, keeps disclosures as pseudonymous evidence, opens an Art. 19 to-do
 * per recipient, and leaves a tombstone of salted hashes of their identifiers so they never come
 * back (GDPR Art. 17). The `...InTransaction` steps are the same erasure for the retention sweep,
 * which runs them in its own batches; `isTombstoned` / `tombstonesOf` answer "erased before?".
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
  eraseInTransaction,
  erasureTables,
  type PreparedErasure,
  prepareErasure,
} from './steps';
export { hashIdentifierKeys, installSalt, isTombstoned, tombstonesOf } from './tombstones';
export { erasureReasons, type ErasureReason, type ErasureRefusal } from './reasons';
