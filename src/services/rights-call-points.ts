import { ok, err } from '../domain/result';
import type { ErasePerson, OpenArt19Tasks, RightsDeps } from './rights-deps';
import { recipientsOf } from './rights-effects';
import { removeCandidateInterim, removeOwnedPersonInterim } from './removal-interim';

/**
 * CALL POINTS OF THE RIGHTS DESK, wired here for the app until the shared services land. At
 * merge, replace the two interim functions below:
 *
 * - `erasePersonInterim` → `erasePerson` of src/services/erasure.ts (Retention issue), which
 *   also writes the tombstone and the Art. 19 tasks. Interim: the records branch's removal (no
 *   tombstone), reporting the recipients from the disclosure register.
 * - `openArt19TasksInterim` → the Art. 19 notification tasks (Consent and disclosure issue).
 *   Interim: reports the recipients from the disclosure register and opens no task.
 */
const erasePersonInterim: ErasePerson = async (ctx, target) => {
  const recipientIds =
    target.personType === 'candidate' ? await recipientsOf(ctx, target.personId) : [];
  const removed =
    target.personType === 'candidate'
      ? await removeCandidateInterim(ctx, target.personId)
      : await removeOwnedPersonInterim(ctx, target.personType, target.personId);
  return removed.ok
    ? ok({ tombstoneId: null, recipientIds })
    : err({ reason: removed.error.reason });
};

const openArt19TasksInterim: OpenArt19Tasks = (ctx, { candidateId }) =>
  recipientsOf(ctx, candidateId);

export const rightsDeps: RightsDeps = {
  erasePerson: erasePersonInterim,
  openArt19Tasks: openArt19TasksInterim,
};
