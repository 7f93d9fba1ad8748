import { restrictionForbids, type MaybeRestricted } from '../../domain/restriction';
import { err, type Err } from '../../domain/result';
import { changedMeanwhile, type ChangedMeanwhile, type Restricted } from '../core';

/**
 * Why an edit of a person found in the database is refused, if it is: someone saved it since it
 * was loaded, or it is restricted (GDPR Art. 18: a restricted person's data is kept, not
 * processed). The one check before a candidate's, contact's or referee's rectification.
 */
export function editRefusal(
  before: MaybeRestricted & { updatedAt: string },
  expectedUpdatedAt: string | undefined,
): Err<ChangedMeanwhile<'loaded'> | Restricted> | undefined {
  if (expectedUpdatedAt !== undefined && before.updatedAt !== expectedUpdatedAt)
    return changedMeanwhile('loaded');
  if (restrictionForbids(before, 'edit')) return err({ reason: 'restricted' });
  return undefined;
}
