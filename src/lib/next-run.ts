/**
 * When a periodic job should next run: within `everyMs` (an hour by default), and no later than
 * the next local midnight, so a day's deadlines are handled as soon as the day turns. A laptop
 * that slept simply fires late and catches up.
 */
export function nextRunAt(now: Date, everyMs = 3_600_000): Date {
  const midnight = new Date(now.getTime());
  midnight.setHours(24, 0, 0, 0);
  const later = new Date(now.getTime() + everyMs);
  return midnight.getTime() < later.getTime() ? midnight : later;
}

/** Milliseconds from `now` to the next run. */
export const delayToNextRun = (now: Date, everyMs?: number): number =>
  nextRunAt(now, everyMs).getTime() - now.getTime();
