import type { IsoDate } from './common';

/**
 * Calendar arithmetic on 'YYYY-MM-DD' dates (the UTC calendar). Retention periods are counted in
 * months, and a month after 31 January is the last day of February, never 3 March: a person is
 * never kept longer than the rule says.
 */
const parts = (date: IsoDate): [number, number, number] => {
  const [y, m, d] = date.split('-').map(Number);
  return [y ?? 0, m ?? 1, d ?? 1];
};

const format = (y: number, m: number, d: number): IsoDate =>
  `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;

const daysInMonth = (y: number, m: number): number => new Date(Date.UTC(y, m, 0)).getUTCDate();

/** `date` plus `months` calendar months, clamped to the end of the target month. */
export function addMonths(date: IsoDate, months: number): IsoDate {
  const [y, m, d] = parts(date);
  const index = y * 12 + (m - 1) + months;
  const ty = Math.floor(index / 12);
  const tm = index - ty * 12 + 1;
  return format(ty, tm, Math.min(d, daysInMonth(ty, tm)));
}

/** `date` plus `days` days (negative goes back). */
export function addDays(date: IsoDate, days: number): IsoDate {
  const [y, m, d] = parts(date);
  const t = new Date(Date.UTC(y, m - 1, d + days));
  return format(t.getUTCFullYear(), t.getUTCMonth() + 1, t.getUTCDate());
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: IsoDate, to: IsoDate): number {
  const [fy, fm, fd] = parts(from);
  const [ty, tm, td] = parts(to);
  return Math.round((Date.UTC(ty, tm - 1, td) - Date.UTC(fy, fm - 1, fd)) / 86_400_000);
}

export const maxDate = (a: IsoDate, b: IsoDate): IsoDate => (a >= b ? a : b);
