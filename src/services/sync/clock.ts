import type { VivierDb } from '../../db/database';
import { getMeta, setMeta } from '../../db/meta';
import { compareHlc, decodeHlc, encodeHlc, zeroHlc, type Hlc } from '../../domain/sync/hlc';
import type { OutboxClock } from '../../sync/outbox';

/** The clock the outbox and the replicator share, with fields set once the database is read. */
export type SyncClock = OutboxClock & { device: string };

function randomDevice(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return [...bytes].map((b) => b.toString(16).padStart(2, '0')).join('');
}

const later = (a: Hlc, b: Hlc | null): Hlc => (b && compareHlc(b, a) > 0 ? b : a);

/**
 * This laptop's device id (random, made once, kept in meta) and its hybrid logical clock as it
 * was: the saved stamp, or the newest change still waiting in the outbox if a crash came before
 * the save. So a restart never stamps a change below one it already made (a later edit must win
 * over an earlier one, GDPR Art. 16).
 */
export async function loadSyncClock(db: VivierDb, clock: SyncClock): Promise<void> {
  let device = await getMeta(db, 'syncDevice');
  if (device === undefined) {
    device = randomDevice();
    await setMeta(db, 'syncDevice', device);
  }
  const saved = await getMeta(db, 'syncClock');
  const newest = await db.outbox.orderBy('seq').last();
  let current = zeroHlc(device);
  current = later(current, saved ? decodeHlc(saved) : null);
  current = later(current, newest ? decodeHlc(newest.hlc) : null);
  clock.device = device;
  clock.current = { ...current, device };
}

export async function saveSyncClock(db: VivierDb, clock: SyncClock): Promise<void> {
  await setMeta(db, 'syncClock', encodeHlc(clock.current));
}
