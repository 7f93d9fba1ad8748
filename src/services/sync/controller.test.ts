import { describe, expect, it } from 'vitest';
import { createDb } from '../../db/database';
import { getMeta } from '../../db/meta';
import { testDb } from '../../testing/db';
import { inMemoryLocks } from '../../testing/locks';
import { startSyncController, type SyncControllerDeps } from './controller';
import { leaseLocks } from './lease';

/** A round that stays open until released: lets a test see what happens meanwhile. */
function gatedRounds() {
  const gates: (() => void)[] = [];
  let active = 0;
  let maxActive = 0;
  let rounds = 0;
  const round = () =>
    new Promise<number>((resolve) => {
      active += 1;
      maxActive = Math.max(maxActive, active);
      gates.push(() => {
        active -= 1;
        rounds += 1;
        resolve(rounds);
      });
    });
  const releaseAll = async () => {
    // release whatever is waiting, including rounds started by a release, until none is left
    for (let i = 0; i < 20; i++) {
      await new Promise((r) => setTimeout(r, 0));
      const g = gates.shift();
      if (g) g();
    }
  };
  return { round, releaseAll, stats: () => ({ rounds, maxActive, waiting: gates.length }) };
}

function deps<T>(over: Partial<SyncControllerDeps<T>> & Pick<SyncControllerDeps<T>, 'round'>) {
  const timers: { run: () => void; ms: number; cleared: boolean }[] = [];
  const d: SyncControllerDeps<T> = {
    locks: inMemoryLocks(),
    setTimer: (run, ms) => {
      const t = { run, ms, cleared: false };
      timers.push(t);
      return t;
    },
    clearTimer: (h) => {
      (h as { cleared: boolean }).cleared = true;
    },
    intervalMs: 300_000,
    ...over,
  };
  return { d, timers };
}

describe('sync controller', () => {
  it('runs a round at start-up, and "Sync now" during a round runs exactly one more after it, never two at once', async () => {
    const g = gatedRounds();
    const { d } = deps({ round: g.round });
    const c = startSyncController(d);
    const asked = [c.syncNow(), c.syncNow(), c.syncNow()];
    await g.releaseAll();
    await Promise.all(asked);
    expect(g.stats()).toEqual({ rounds: 2, maxActive: 1, waiting: 0 });
    c.stop();
  });

  it('two tabs sharing the lock: while one syncs, the other skips its round', async () => {
    const g = gatedRounds();
    const locks = inMemoryLocks();
    let skipped = 0;
    const a = startSyncController(deps({ round: g.round, locks }).d);
    // A's start-up round holds the lock: B's start-up round finds it taken
    const b = startSyncController(
      deps({ round: g.round, locks, onSkipped: () => (skipped += 1) }).d,
    );
    await b.syncNow();
    expect(skipped).toBeGreaterThan(0);
    expect(g.stats()).toEqual({ rounds: 0, maxActive: 1, waiting: 1 });
    await g.releaseAll();
    expect(g.stats()).toEqual({ rounds: 1, maxActive: 1, waiting: 0 });
    a.stop();
    b.stop();
  });

  it('plans the next round on the timer after each round, and stops planning once stopped', async () => {
    const outcomes: number[] = [];
    let n = 0;
    const { d, timers } = deps({ round: async () => ++n, onRound: (r) => outcomes.push(r) });
    const c = startSyncController(d);
    await c.syncNow();
    expect(timers.at(-1)!.ms).toBe(300_000);
    timers.at(-1)!.run();
    await c.syncNow();
    expect(outcomes.length).toBeGreaterThanOrEqual(3);
    c.stop();
    expect(timers.at(-1)!.cleared).toBe(true);
    const before = outcomes.length;
    await c.syncNow();
    expect(outcomes.length).toBe(before);
  });

  it('a round that throws is reported and the next one still runs', async () => {
    const errors: unknown[] = [];
    let n = 0;
    const { d } = deps({
      round: async () => {
        n += 1;
        if (n === 1) throw new Error('boom');
        return n;
      },
      onError: (e) => errors.push(e),
    });
    const c = startSyncController(d);
    await c.syncNow();
    await c.syncNow();
    expect(errors).toHaveLength(1);
    expect(n).toBe(3);
    c.stop();
  });
});

describe('the lease: one tab at a time without Web Locks', () => {
  it('two tabs on the same database: while one holds the lease the other is told it is taken', async () => {
    const db = testDb();
    const other = createDb(db.name);
    const now = () => 1_000;
    const a = leaseLocks(db, 'tab-a', now);
    const b = leaseLocks(other, 'tab-b', now);
    const seen: string[] = [];
    await a.request('vivier-sync', { ifAvailable: true }, async (lock) => {
      seen.push(lock ? 'a' : 'a-skipped');
      await b.request('vivier-sync', { ifAvailable: true }, async (lock2) => {
        seen.push(lock2 ? 'b' : 'b-skipped');
      });
    });
    expect(seen).toEqual(['a', 'b-skipped']);
    expect(await getMeta(db, 'syncLease')).toBeUndefined();
    await b.request('vivier-sync', { ifAvailable: true }, async (lock) => {
      seen.push(lock ? 'b' : 'b-skipped');
    });
    expect(seen.at(-1)).toBe('b');
  });

  it('a lease left by a tab that died lapses after its time', async () => {
    const db = testDb();
    let t = 1_000;
    await db.meta.put({ key: 'syncLease', value: { holder: 'dead-tab', until: t + 60_000 } });
    const b = leaseLocks(db, 'tab-b', () => t, 60_000);
    const got: boolean[] = [];
    await b.request('vivier-sync', { ifAvailable: true }, async (l) => void got.push(l !== null));
    t += 60_001;
    await b.request('vivier-sync', { ifAvailable: true }, async (l) => void got.push(l !== null));
    expect(got).toEqual([false, true]);
  });

  it('a failing round releases the lease', async () => {
    const db = testDb();
    const a = leaseLocks(db, 'tab-a', () => 1);
    await expect(
      a.request('vivier-sync', { ifAvailable: true }, async () => {
        throw new Error('boom');
      }),
    ).rejects.toThrow('boom');
    expect(await getMeta(db, 'syncLease')).toBeUndefined();
  });
});
