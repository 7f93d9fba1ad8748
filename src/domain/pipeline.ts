import { z } from 'zod';
import { pipelineStatus, type Application, type ApplicationEvent } from './application';
import { isoDate, text, type FieldIssue, type IsoDate } from './common';

/** A move along the pipeline, as the recruiter enters it. */
export const applicationMove = z.object({
  status: pipelineStatus,
  on: isoDate,
  note: text(1000).default(''),
});
export type ApplicationMove = z.infer<typeof applicationMove>;

export type MoveOutcome =
  | { ok: true; status: Application['status']; events: ApplicationEvent[] }
  | { ok: false; reason: 'same-status' }
  | { ok: false; reason: 'invalid'; issues: FieldIssue[] };

/**
 * Appends a dated event. Events stay in date order (the retention engine reads them as a
 * history), a move is never dated in the future, and moving to the current status is refused
 * rather than recorded twice.
 */
export function appendMove(
  app: Pick<Application, 'status' | 'events'>,
  move: ApplicationMove,
  stamp: { today: IsoDate; at: string; by: string },
): MoveOutcome {
  if (move.status === app.status) return { ok: false, reason: 'same-status' };
  if (move.on > stamp.today)
    return { ok: false, reason: 'invalid', issues: [{ path: 'on', code: 'date-in-future' }] };
  const last = app.events[app.events.length - 1];
  if (last !== undefined && move.on < last.on)
    return { ok: false, reason: 'invalid', issues: [{ path: 'on', code: 'date-order' }] };
  const event: ApplicationEvent = {
    status: move.status,
    on: move.on,
    at: stamp.at,
    by: stamp.by,
    note: move.note,
  };
  return { ok: true, status: move.status, events: [...app.events, event] };
}
