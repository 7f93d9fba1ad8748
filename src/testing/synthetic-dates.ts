/**
 * Calendar arithmetic for synthetic data, on day numbers (days since 1970-01-01, UTC). Generating
 * 100k people formats a few million dates, so formatted days and minutes are cached.
 */
const dayMs = 86_400_000;

export const dayOfIso = (iso: string): number => Math.floor(Date.parse(`${iso}T00:00:00Z`) / dayMs);
export const dayOfInstant = (instant: Date): number => Math.floor(instant.getTime() / dayMs);

const isoCache = new Map<number, string>();
export function isoOfDay(day: number): string {
  let iso = isoCache.get(day);
  if (iso === undefined) {
    iso = new Date(day * dayMs).toISOString().slice(0, 10);
    isoCache.set(day, iso);
  }
  return iso;
}

const pad2 = (n: number) => (n < 10 ? `0${n}` : `${n}`);
const minuteTexts = Array.from(
  { length: 1440 },
  (_, m) => `T${pad2(Math.floor(m / 60))}:${pad2(m % 60)}:00.000Z`,
);

/** An instant on that day, at the given minute of the day: `YYYY-MM-DDTHH:MM:00.000Z`. */
export const instantOn = (day: number, minuteOfDay: number): string =>
  isoOfDay(day) + minuteTexts[minuteOfDay]!;

/** Adds calendar months, clamping to the month's last day (31 Jan + 1 month = 28/29 Feb). */
export function addMonthsToDay(day: number, months: number): number {
  const d = new Date(day * dayMs);
  const y = d.getUTCFullYear();
  const m = d.getUTCMonth() + months;
  const lastDay = new Date(Date.UTC(y, m + 1, 0)).getUTCDate();
  return Math.floor(Date.UTC(y, m, Math.min(d.getUTCDate(), lastDay)) / dayMs);
}
