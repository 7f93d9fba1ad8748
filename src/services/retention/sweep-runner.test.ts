import { describe, expect, it } from 'vitest';
import type { ServiceContext } from '../core';
import { testContext } from '../../testing/db';
import { inMemoryLocks } from '../../testing/locks';
import { withSalt } from '../../testing/retention-builders';
import { seedCandidate } from '../../testing/retention-seed';
import { runSweep } from './sweep';
import { startSweepRunner, sweepOnce, type LockManagerLike } from './sweep-runner';

// The browser's own lock manager fits the parameter (checked by the type checker only).
export const browserLocksFit = (locks: LockManager): LockManagerLike => locks;

async function dueWorld() {
  const ctx = testContext();
  await withSalt(ctx.db);
  for (let i = 0; i < 4; i++)
    await seedCandidate(ctx, [{ missionId: null, statuses: [['received', '2026-01-05']] }]);
  return ctx;
}

const sweepAt = (ctx: ServiceContext, iso: string) => () =>
  runSweep({ ...ctx, now: new Date(iso) }, { batchSize: 1 });

describe('sweep runner', () => {
  it('two tabs asking at once: one sweeps, the other skips', async () => {
    const ctx = await dueWorld();
    const locks = inMemoryLocks();
    const sweep = sweepAt(ctx, '2026-05-01T08:00:00.000Z');
    const [a, b] = await Promise.all([sweepOnce(locks, sweep), sweepOnce(locks, sweep)]);
    expect([a?.erased ?? null, b?.erased ?? null].sort()).toEqual([4, null]);
    expect(await ctx.db.auditLog.where('action').equals('retention.sweep').count()).toBe(1);
    expect(await ctx.db.candidates.count()).toBe(0);
  });

  it('two concurrent runners sweep once at start-up, and each schedules its next run', async () => {
    const ctx = await dueWorld();
    const locks = inMemoryLocks();
    const timers: { run: () => void; ms: number }[] = [];
    const swept: number[] = [];
    const planned: Date[] = [];
    const clock = () => new Date('2026-05-01T08:00:00.000Z');
    const deps = {
      locks,
      sweep: sweepAt(ctx, '2026-05-01T08:00:00.000Z'),
      clock,
      setTimer: (run: () => void, ms: number) => timers.push({ run, ms }),
      clearTimer: () => {},
      onSwept: (r: { erased: number }) => swept.push(r.erased),
      onScheduled: (at: Date) => planned.push(at),
    };
    const tab1 = startSweepRunner(deps);
    const tab2 = startSweepRunner(deps);
    // let both start-up runs finish
    await Promise.all([tab1.runNow(), tab2.runNow()]);
    expect(swept).toEqual([4]);
    expect(timers).toHaveLength(2);
    for (const t of timers) expect(t.ms).toBeLessThanOrEqual(3_600_000);
    expect(tab1.nextAt()!.getTime() - clock().getTime()).toBe(timers[0]!.ms);
    expect(planned).toHaveLength(2);

    // a timer fires: its tab sweeps again (nothing left) and reschedules
    timers[0]!.run();
    await Promise.all([tab1.runNow(), tab2.runNow()]);
    expect(swept).toEqual([4, 0]);
    expect(timers.length).toBeGreaterThanOrEqual(3);
    tab1.stop();
    tab2.stop();
    expect(tab1.nextAt()).toBeNull();
  });

  it('a failing sweep is reported and the runner keeps its schedule', async () => {
    const errors: unknown[] = [];
    const timers: number[] = [];
    const runner = startSweepRunner({
      locks: inMemoryLocks(),
      sweep: () => Promise.reject(new Error('quota')),
      clock: () => new Date('2026-05-01T08:00:00.000Z'),
      setTimer: (_run, ms) => timers.push(ms),
      clearTimer: () => {},
      onError: (e) => errors.push(e),
    });
    expect(await runner.runNow()).toBeNull();
    expect(errors).toHaveLength(1);
    expect(timers.length).toBeGreaterThan(0);
    runner.stop();
  });
});
