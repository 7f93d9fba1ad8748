import type { VivierDb } from '../../db/database';
import { getMeta } from '../../db/meta';
import type { LockManagerLike } from '../retention';

/**
 * The one-tab rule where the Web Locks API is missing: a lease in the shared database, taken
 * and checked in one IndexedDB transaction, so two tabs never both hold it. A tab that dies
 * holding it (closed mid-sync) leaves a lease that lapses after `ttlMs`. Only `ifAvailable`
 * requests are supported: a tab that finds the lease taken skips its run (the holder is syncing).
 */
export function leaseLocks(
  db: VivierDb,
  holder: string,
  now: () => number,
  ttlMs = 15 * 60_000,
): LockManagerLike {
  return {
    async request(name, _options, callback) {
      const key = 'syncLease';
      const taken = await db.transaction('rw', db.meta, async () => {
        const lease = await getMeta(db, key);
        if (lease && lease.holder !== holder && lease.until > now()) return false;
        await db.meta.put({ key, value: { holder, until: now() + ttlMs } });
        return true;
      });
      if (!taken) return callback(null);
      try {
        return await callback({ name, mode: 'exclusive' });
      } finally {
        await db.transaction('rw', db.meta, async () => {
          if ((await getMeta(db, key))?.holder === holder) await db.meta.delete(key);
        });
      }
    },
  };
}
