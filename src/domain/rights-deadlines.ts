import type { IsoDate } from './common';
import { err, ok, type Result } from './result';
import type { RightsRequest } from './rights-request';

/**
 * Deadlines of the rights desk.
 *
 * - Erasure: 7 days from receipt, the policy's promise (P9: "deleted within one week"). The
 *   policy's promise is stricter than Art. 12(3), so an erasure request is never extended.
 * - Every other request: one month from receipt (Art. 12(3)). A period in months ends on the
 *   same date of the following month, or on that month's last day when it has no such date
 *   (Regulation 1182/71 Art. 3(2)(c)): 31 January → 28 or 29 February. We do not move the date
 *   past a weekend or public holiday (Art. 3(4) would allow it): answering earlier is always safe.
 * - Extension: once, by at most two further months, with a reason the person must be told of
 *   within the first month (Art. 12(3), second sentence).
 *
 * Dates are calendar dates (`YYYY-MM-DD`, UTC calendar); `today` is always a parameter.
 */

export const erasureDays = 7;
export const responseMonths = 1;
export const maxExtensionMonths = 2;
/** "Due this week": due today or within the next 7 days. */
export const dueSoonDays = 7;

const parts = (date: IsoDate): [number, number, number] => {
  const [y, m, d] = date.split('-').map(Number);
  return [y ?? 1970, m ?? 1, d ?? 1];
};
const format = (y: number, m: number, d: number): IsoDate =>
  `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;

export function addDays(date: IsoDate, days: number): IsoDate {
  const [y, m, d] = parts(date);
  return new Date(Date.UTC(y, m - 1, d + days)).toISOString().slice(0, 10);
}

/** Same day `months` later, clamped to the last day of a shorter month. */
export function addMonths(date: IsoDate, months: number): IsoDate {
  const [y, m, d] = parts(date);
  const index = y * 12 + (m - 1) + months;
  const year = Math.floor(index / 12);
  const month = (index % 12) + 1;
  const lastDay = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return format(year, month, Math.min(d, lastDay));
}

/** The answer is due on this date at the latest (inclusive). */
export function initialDueOn(type: RightsRequest['type'], receivedOn: IsoDate): IsoDate {
  return type === 'erasure'
    ? addDays(receivedOn, erasureDays)
    : addMonths(receivedOn, responseMonths);
}

/** The last date by which the person must be told of an extension: the end of the first month. */
export const extensionNoticeBy = (receivedOn: IsoDate): IsoDate =>
  addMonths(receivedOn, responseMonths);

/** The latest date an extension may set: the first month plus two more. */
export const latestExtendedDueOn = (receivedOn: IsoDate): IsoDate =>
  addMonths(addMonths(receivedOn, responseMonths), maxExtensionMonths);

export const openStatuses = ['received', 'in-progress', 'waiting'] as const;
export type OpenStatus = (typeof openStatuses)[number];
export const isOpen = (status: RightsRequest['status']): status is OpenStatus =>
  (openStatuses as readonly string[]).includes(status);

export type ExtensionRequest = { dueOn: IsoDate; reason: string; toldOn: IsoDate };
export type ExtensionRefusal =
  | 'request-closed'
  | 'erasure-no-extension'
  | 'already-extended'
  | 'extension-not-later'
  | 'extension-too-long'
  | 'told-before-receipt'
  | 'told-too-late'
  | 'told-in-future'
  | 'reason-required';

/**
 * Checks an extension against Art. 12(3) and the policy. Returns every reason it is refused,
 * so the user can fix them all at once.
 */
export function checkExtension(
  request: Pick<RightsRequest, 'type' | 'status' | 'receivedOn' | 'dueOn' | 'extension'>,
  ext: ExtensionRequest,
  today: IsoDate,
): Result<ExtensionRequest, ExtensionRefusal[]> {
  const reasons: ExtensionRefusal[] = [];
  if (!isOpen(request.status)) reasons.push('request-closed');
  if (request.type === 'erasure') reasons.push('erasure-no-extension');
  if (request.extension !== null) reasons.push('already-extended');
  if (ext.reason.trim().length === 0) reasons.push('reason-required');
  if (ext.dueOn <= request.dueOn) reasons.push('extension-not-later');
  if (ext.dueOn > latestExtendedDueOn(request.receivedOn)) reasons.push('extension-too-long');
  if (ext.toldOn < request.receivedOn) reasons.push('told-before-receipt');
  if (ext.toldOn > extensionNoticeBy(request.receivedOn)) reasons.push('told-too-late');
  if (ext.toldOn > today) reasons.push('told-in-future');
  return reasons.length > 0 ? err(reasons) : ok({ ...ext, reason: ext.reason.trim() });
}

export type DeadlineState = 'closed' | 'overdue' | 'due-soon' | 'on-time';

/** Where a request stands on `today`: the due date itself is still on time. */
export function deadlineState(
  request: Pick<RightsRequest, 'status' | 'dueOn'>,
  today: IsoDate,
): DeadlineState {
  if (!isOpen(request.status)) return 'closed';
  if (request.dueOn < today) return 'overdue';
  if (request.dueOn <= addDays(today, dueSoonDays)) return 'due-soon';
  return 'on-time';
}

/** Whole days from `today` to the due date (negative when overdue). */
export function daysLeft(dueOn: IsoDate, today: IsoDate): number {
  const [y1, m1, d1] = parts(today);
  const [y2, m2, d2] = parts(dueOn);
  return Math.round((Date.UTC(y2, m2 - 1, d2) - Date.UTC(y1, m1 - 1, d1)) / 86_400_000);
}

/** For a closed request: was it answered by its due date? */
export const answeredOnTime = (request: Pick<RightsRequest, 'closedOn' | 'dueOn'>): boolean =>
  request.closedOn !== null && request.closedOn <= request.dueOn;
