import { z } from 'zod';
import { id, isoDate, isoDateTime, text } from './common';

export const pipelineStatuses = [
  'received',
  'screening',
  'interviewed',
  'submitted',
  'hired',
  'rejected',
  'withdrawn',
] as const;
export const pipelineStatus = z.enum(pipelineStatuses, { error: 'invalid-choice' });
export type PipelineStatus = z.infer<typeof pipelineStatus>;

/** Every status change is a dated event: the retention engine reads these. */
export const applicationEvent = z.object({
  status: pipelineStatus,
  on: isoDate,
  at: isoDateTime,
  by: id,
  note: text(1000).default(''),
});
export type ApplicationEvent = z.infer<typeof applicationEvent>;

export const applicationInput = z.object({
  candidateId: id,
  /** null: a general (unsolicited) application, not aimed at a position (P7: 3 months). */
  missionId: id.nullable().default(null),
  receivedOn: isoDate,
});
export type ApplicationInput = z.infer<typeof applicationInput>;

export const applicationRow = applicationInput.extend({
  id,
  status: pipelineStatus,
  events: z.array(applicationEvent).min(1),
  createdAt: isoDateTime,
  updatedAt: isoDateTime,
});
export type Application = z.infer<typeof applicationRow>;
