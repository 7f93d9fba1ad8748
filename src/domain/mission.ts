import { z } from 'zod';
import { id, isoDate, isoDateTime, requiredText, text } from './common';

export const missionStatuses = ['open', 'filled', 'closed'] as const;

/** A recruitment assignment for a client; disclosure needs its signed contract (P3). */
export const missionInput = z
  .object({
    clientId: id,
    /** A joint mission with a partner firm (P4), or null. */
    partnerId: id.nullable().default(null),
    position: requiredText(200),
    location: text(200).default(''),
    contractRef: text(100).default(''),
    contractSignedOn: isoDate.nullable().default(null),
    status: z.enum(missionStatuses, { error: 'invalid-choice' }).default('open'),
    openedOn: isoDate,
    closedOn: isoDate.nullable().default(null),
  })
  .refine((m) => m.closedOn === null || m.closedOn >= m.openedOn, {
    error: 'date-order',
    path: ['closedOn'],
  });
export type MissionInput = z.infer<typeof missionInput>;

export const missionRow = missionInput.safeExtend({
  id,
  createdAt: isoDateTime,
  updatedAt: isoDateTime,
  sortTitle: z.string(),
});
export type Mission = z.infer<typeof missionRow>;
