import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { PipelineStatus } from '../../domain/application';
import { addDays, addMonths } from '../../domain/calendar';
import type { Hold } from '../../domain/hold';
import { candidateRetention } from '../../domain/retention';
import { archiveDecision, isHeld } from '../../domain/retention-decisions';
import { defaultSettings } from '../../domain/settings';
import { testContext } from '../../testing/db';
import { buildHold, withSalt } from '../../testing/retention-builders';
import {
  at,
  peopleSnapshot,
  seedCandidate,
  type SeedApplication,
} from '../../testing/retention-seed';
import { runSweep } from './sweep';

const day = (n: number) =>
  new Date(Date.UTC(2024, 0, 1) + n * 86_400_000).toISOString().slice(0, 10);
const dayArb = fc.integer({ min: 0, max: 365 * 8 }).map(day);

const appArb: fc.Arbitrary<SeedApplication> = fc
  .record({
    missionId: fc.option(fc.constantFrom('m1', 'm2'), { nil: null }),
    received: fc.integer({ min: 0, max: 365 * 3 }),
    later: fc.array(
      fc.tuple(
        fc.constantFrom<PipelineStatus>('interviewed', 'submitted', 'hired', 'rejected'),
        fc.integer({ min: 0, max: 300 }),
      ),
      { maxLength: 3 },
    ),
  })
  .map(({ missionId, received, later }) => {
    const statuses: [PipelineStatus, string][] = [['received', day(received)]];
    let at = received;
    for (const [status, gap] of later) statuses.push([status, day((at += gap))]);
    return { missionId, statuses };
  });

const holdArb = fc.option(
  fc.record({
    start: fc.integer({ min: 0, max: 365 * 6 }),
    length: fc.option(fc.integer({ min: 0, max: 700 }), { nil: null }),
  }),
  { nil: null },
);

const worldArb = fc.record({
  archive: fc.boolean(),
  people: fc.array(
    fc.record({ apps: fc.array(appArb, { minLength: 1, maxLength: 3 }), hold: holdArb }),
    {
      minLength: 1,
      maxLength: 5,
    },
  ),
  // not sorted: the clock may jump back. Most sweeps land a day or two around someone's date or
  // the end of their hold, where an off-by-one would show.
  sweeps: fc.array(
    fc.oneof(
      dayArb.map((abs) => ({ abs })),
      fc.record({
        person: fc.nat(),
        around: fc.constantFrom('due', 'hold-end'),
        offset: fc.integer({ min: -2, max: 2 }),
      }),
    ),
    { minLength: 1, maxLength: 5 },
  ),
});

describe('retention sweep over random histories (fast-check)', () => {
  it('nobody kept past their date plus one sweep, nobody erased before it, holds respected, twice = once', async () => {
    await fc.assert(
      fc.asyncProperty(worldArb, async (world) => {
        const ctx = testContext();
        await withSalt(ctx.db);
        const rules = { ...defaultSettings.retention, archiveSubmittedOrHired: world.archive };
        await ctx.db.settings.put({ ...defaultSettings, retention: rules });

        const people: { id: string; due: string; holds: Hold[]; archivable: boolean }[] = [];
        for (const p of world.people) {
          const c = await seedCandidate(ctx, p.apps);
          const holds = p.hold
            ? [
                buildHold({
                  personId: c.id,
                  startsOn: day(p.hold.start),
                  endsOn: p.hold.length === null ? null : day(p.hold.start + p.hold.length),
                }),
              ]
            : [];
          await ctx.db.holds.bulkAdd(holds);
          const history = {
            collectedOn: c.collectedOn,
            applications: p.apps.map((a, i) => ({
              id: `a${i}`,
              missionId: a.missionId,
              receivedOn: a.statuses[0]![1],
              status: a.statuses[a.statuses.length - 1]![0],
              events: a.statuses.map(([status, on]) => ({ status, on })),
            })),
            consents: [],
          };
          const due = candidateRetention(history, rules).deleteOn;
          const decision = archiveDecision(history.applications, rules, due);
          people.push({ id: c.id, due, holds, archivable: decision.archive });
        }

        const sweepDays = world.sweeps.map((s) => {
          if ('abs' in s) return s.abs;
          const p = people[s.person % people.length]!;
          const end = p.holds[0]?.endsOn;
          const base = s.around === 'hold-end' && end ? end : p.due;
          return addDays(base, s.offset);
        });
        for (const today of sweepDays) {
          const before = new Set(await ctx.db.candidates.toCollection().primaryKeys());
          await runSweep(at(ctx, today), { batchSize: 2, pause: async () => {} });
          const after = new Set(await ctx.db.candidates.toCollection().primaryKeys());
          for (const p of people) {
            if (!before.has(p.id)) {
              expect(after.has(p.id), 'never resurrected').toBe(false);
              continue;
            }
            const shouldGo = p.due < today && !isHeld(p.holds, today);
            expect(after.has(p.id), `${p.id} due ${p.due} swept ${today}`).toBe(!shouldGo);
            if (shouldGo) {
              const entry = await ctx.db.archive.get(p.id);
              const archiveEnds = addMonths(p.due, rules.archiveMonths);
              if (!p.archivable) expect(entry).toBeUndefined();
              else if (archiveEnds < today) expect(entry).toBeUndefined();
              else expect(entry?.deleteOn).toBe(archiveEnds);
            }
          }
          const gone = people.filter((p) => !after.has(p.id)).length;
          expect(await ctx.db.tombstones.count()).toBe(gone);

          // running it again the same day changes nothing
          const once = await peopleSnapshot(ctx.db);
          await runSweep(at(ctx, today), { batchSize: 3, pause: async () => {} });
          expect(await peopleSnapshot(ctx.db)).toEqual(once);
        }
        ctx.db.close();
      }),
      { numRuns: 30 },
    );
  }, 60_000);
});
