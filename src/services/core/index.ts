/**
 * What every use-case shares: the context it is given (database, time, actor), the failures it
 * returns as values, and keyset paging. Every capability may import this; it imports none.
 */
export { type ServiceContext } from './context';
export {
  changedMeanwhile,
  type ChangedMeanwhile,
  type ChangedSince,
  type InUse,
  invalid,
  type Invalid,
  invalidZod,
  notFound,
  type NotFound,
  type NotFoundKind,
  type Restricted,
} from './failures';
export { defaultPageSize, type Page, pageAfter } from './keyset';
