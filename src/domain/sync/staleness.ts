import type { IsoDate } from '../common';
import { addDays } from '../calendar';

/**
 * A laptop of a team that has not synced for more than a week may not know that a consent was
 * withdrawn, or a person restricted, objected or erased, on another laptop (GDPR Art. 7(3),
 * 18, 21, 17): before any disclosure it must sync first. One week, as the policy's erasure
 * promise ("deleted within one week").
 */
export const maxSyncAgeDays = 7;

/**
 * Whether a connected laptop's last sync is too old to disclose on. `lastSyncedOn` is the day of
 * the last completed round (null: never synced, so it knows nothing of the firm's decisions).
 */
export function syncTooOld(lastSyncedOn: IsoDate | null, today: IsoDate): boolean {
  return lastSyncedOn === null || lastSyncedOn < addDays(today, -maxSyncAgeDays);
}
