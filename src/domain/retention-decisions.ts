import type { Application, ApplicationEvent } from './application';
import { addDays, addMonths } from './calendar';
import type { IsoDate } from './common';
import type { Hold } from './hold';
import type { RetentionRules } from './settings';

/** What the sweep decides for one person on one day, and what the screens warn about ahead. */

type HoldDates = Pick<Hold, 'startsOn' | 'endsOn' | 'liftedOn'>;

/** A hold pauses deletion from its start to its end included, unless lifted; then it stops. */
export const isHoldActive = (hold: HoldDates, today: IsoDate): boolean =>
  hold.liftedOn === null &&
  hold.startsOn <= today &&
  (hold.endsOn === null || today <= hold.endsOn);

export function activeHolds<H extends HoldDates>(holds: readonly H[], today: IsoDate): H[] {
  return holds.filter((h) => isHoldActive(h, today));
}

export const isHeld = (holds: readonly HoldDates[], today: IsoDate): boolean =>
  holds.some((h) => isHoldActive(h, today));

export type Placement = { missionId: string; submittedOn: IsoDate | null; hiredOn: IsoDate | null };

export type ArchiveDecision =
  { archive: false } | { archive: true; deleteOn: IsoDate; placements: Placement[] };

const lastOf = (events: readonly Pick<ApplicationEvent, 'status' | 'on'>[], status: string) =>
  events
    .filter((e) => e.status === status)
    .reduce<IsoDate | null>((a, e) => (a === null || e.on > a ? e.on : a), null);

/**
 * P8: at the deadline, a candidate who was submitted or hired goes to the client archive when
 * the setting says so. The archive's own period runs from the deadline, not from the day the
 * sweep ran, so a laptop that was closed for weeks archives with the same date.
 */
export function archiveDecision(
  applications: readonly (Pick<Application, 'missionId'> & {
    events: readonly Pick<ApplicationEvent, 'status' | 'on'>[];
  })[],
  rules: Pick<RetentionRules, 'archiveSubmittedOrHired' | 'archiveMonths'>,
  dueOn: IsoDate,
): ArchiveDecision {
  if (!rules.archiveSubmittedOrHired) return { archive: false };
  const placements: Placement[] = [];
  for (const app of applications) {
    if (app.missionId === null) continue;
    const submittedOn = lastOf(app.events, 'submitted');
    const hiredOn = lastOf(app.events, 'hired');
    if (submittedOn !== null || hiredOn !== null)
      placements.push({ missionId: app.missionId, submittedOn, hiredOn });
  }
  if (placements.length === 0) return { archive: false };
  return { archive: true, deleteOn: addMonths(dueOn, rules.archiveMonths), placements };
}

/** A date has passed when it is before today: the person is kept through their date. */
export const isDue = (deleteOn: IsoDate | null, today: IsoDate): boolean =>
  deleteOn !== null && deleteOn < today;

export type SweepAction = 'keep' | 'held' | 'archive' | 'erase';

export function sweepAction(
  person: { deleteOn: IsoDate | null; held: boolean; archive: boolean },
  today: IsoDate,
): SweepAction {
  if (!isDue(person.deleteOn, today)) return 'keep';
  if (person.held) return 'held';
  return person.archive ? 'archive' : 'erase';
}

/** The "expiring soon" window: from today to today + warnDays, both included. */
export function expiringWindow(today: IsoDate, warnDays: number): { from: IsoDate; to: IsoDate } {
  return { from: today, to: addDays(today, warnDays) };
}

export function isExpiringSoon(deleteOn: IsoDate | null, today: IsoDate, warnDays: number) {
  if (deleteOn === null) return false;
  const { from, to } = expiringWindow(today, warnDays);
  return deleteOn >= from && deleteOn <= to;
}
