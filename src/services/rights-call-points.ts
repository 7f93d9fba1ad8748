import { err, ok } from '../domain/result';
import { openArt19Tasks as openTasks } from './art19';
import { erasePerson } from './erasure';
import type { ErasePerson, OpenArt19Tasks, RightsDeps } from './rights-deps';

/**
 * The shared services the rights desk calls, wired for the app: the one erasure service
 * (src/services/erasure.ts, with its tombstone and Art. 19 tasks) and the Art. 19 to-dos
 * (src/services/art19.ts). The desk takes them as parameters so its tests can also make them
 * fail.
 */
const eraseForRequest: ErasePerson = async (ctx, target) => {
  const erased = await erasePerson(ctx, {
    personType: target.personType,
    id: target.personId,
    reason: 'request',
    requestId: target.requestId,
  });
  return erased.ok
    ? ok({
        tombstoneId: erased.value.tombstoneIds[0] ?? null,
        recipientIds: [...erased.value.notifyRecipientIds].sort(),
      })
    : err({ reason: erased.error.reason });
};

/** Only restriction reaches here: rectification and erasure open their to-dos themselves. */
const openArt19Tasks: OpenArt19Tasks = async (ctx, { candidateId, change }) => {
  if (change !== 'restriction') throw new Error(`Art. 19 ${change} is recorded by its own service`);
  const done = await openTasks(ctx, { candidateId, change, fields: [] });
  return { ...done, recipientIds: [...done.recipientIds].sort() };
};

export const rightsDeps: RightsDeps = { erasePerson: eraseForRequest, openArt19Tasks };
