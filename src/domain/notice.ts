import { addDays, addMonths } from './calendar';
import { indirectSources, type CandidateSource } from './candidate';
import type { IsoDate } from './common';

/** Art. 14 applies when the data did not come from the candidate (LinkedIn, research, referral…). */
export const noticeOwed = (source: CandidateSource): boolean => indirectSources.includes(source);

/**
 * Art. 14(3)(a): the notice is due at the latest one month after collection. null when it is
 * not owed or already given. (The earlier triggers, first contact and first disclosure, are
 * enforced where they happen: the disclosure guard refuses without a notice.)
 */
export function noticeDueOn(c: {
  source: CandidateSource;
  collectedOn: IsoDate;
  notice: { givenOn: IsoDate } | null;
}): IsoDate | null {
  if (!noticeOwed(c.source) || c.notice !== null) return null;
  return addMonths(c.collectedOn, 1);
}

/** The dashboard shows notices due within this many days, and every overdue one. */
export const noticeWarnDays = 7;

/** The last due date that counts as "due" today: the upper bound of the index range. */
export const noticeDueHorizon = (today: IsoDate, withinDays = noticeWarnDays): IsoDate =>
  addDays(today, withinDays);

export type NoticeState = 'not-owed' | 'given' | 'pending' | 'due-soon' | 'overdue';

export function noticeState(
  c: { source: CandidateSource; notice: unknown | null; noticeDueOn: IsoDate | null },
  today: IsoDate,
  withinDays = noticeWarnDays,
): NoticeState {
  if (!noticeOwed(c.source)) return 'not-owed';
  if (c.notice !== null) return 'given';
  if (c.noticeDueOn === null) return 'pending';
  if (c.noticeDueOn < today) return 'overdue';
  return c.noticeDueOn <= noticeDueHorizon(today, withinDays) ? 'due-soon' : 'pending';
}
