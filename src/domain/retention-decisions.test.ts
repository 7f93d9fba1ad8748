import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  activeHolds,
  archiveDecision,
  expiringWindow,
  isExpiringSoon,
  isHeld,
  sweepAction,
} from './retention-decisions';
import { policyRetention } from './settings';

const hold = (startsOn: string, endsOn: string | null, liftedOn: string | null = null) => ({
  startsOn,
  endsOn,
  liftedOn,
});

describe('holds (SPEC §3: a hold pauses deletion, with a reason and an end date)', () => {
  it.each([
    ['active between its dates', hold('2026-03-01', '2026-04-01'), '2026-03-12', true],
    ['still pauses on its last day', hold('2026-03-01', '2026-03-12'), '2026-03-12', true],
    ['an expired hold stops pausing', hold('2026-03-01', '2026-03-11'), '2026-03-12', false],
    ['not yet started', hold('2026-03-13', '2026-04-01'), '2026-03-12', false],
    ['open-ended (a rights request until it closes)', hold('2026-01-01', null), '2030-01-01', true],
    ['lifted', hold('2026-01-01', null, '2026-02-01'), '2026-03-12', false],
  ])('%s', (_what, h, today, held) => {
    expect(isHeld([h], today)).toBe(held);
    expect(activeHolds([h], today)).toHaveLength(held ? 1 : 0);
  });

  it('one active hold among expired ones is enough', () => {
    expect(isHeld([hold('2025-01-01', '2025-02-01'), hold('2026-03-01', null)], '2026-03-12')).toBe(
      true,
    );
    expect(isHeld([], '2026-03-12')).toBe(false);
  });
});

describe('archiveDecision (P8: "store them only in our client archive")', () => {
  const submitted = {
    missionId: 'm1',
    events: [
      { status: 'received' as const, on: '2026-01-05' },
      { status: 'submitted' as const, on: '2026-03-12' },
    ],
  };
  const general = { missionId: null, events: [{ status: 'received' as const, on: '2026-01-05' }] };

  it('archives a submitted candidate with the archive\u2019s own period from the deadline', () => {
    expect(archiveDecision([submitted, general], policyRetention, '2029-03-12')).toEqual({
      archive: true,
      deleteOn: '2034-03-12',
      placements: [{ missionId: 'm1', submittedOn: '2026-03-12', hiredOn: null }],
    });
  });

  it('archives a hired candidate', () => {
    const hired = {
      missionId: 'm2',
      events: [...submitted.events, { status: 'hired' as const, on: '2026-05-02' }],
    };
    const d = archiveDecision(
      [hired],
      { archiveSubmittedOrHired: true, archiveMonths: 12 },
      '2029-05-02',
    );
    expect(d).toMatchObject({ archive: true, deleteOn: '2030-05-02' });
  });

  it('erases when the setting is off', () => {
    expect(
      archiveDecision(
        [submitted],
        { ...policyRetention, archiveSubmittedOrHired: false },
        '2029-03-12',
      ),
    ).toEqual({ archive: false });
  });

  it('erases a candidate never submitted nor hired', () => {
    expect(archiveDecision([general], policyRetention, '2026-04-05')).toEqual({ archive: false });
  });
});

describe('sweepAction', () => {
  it.each([
    ['kept through their date', '2026-03-12', false, false, 'keep'],
    ['erased the day after', '2026-03-11', false, false, 'erase'],
    ['archived the day after when archivable', '2026-03-11', false, true, 'archive'],
    ['held: paused', '2026-03-11', true, false, 'held'],
    ['not yet computed: kept', null, false, false, 'keep'],
  ] as const)('%s', (_what, deleteOn, held, archive, action) => {
    expect(sweepAction({ deleteOn, held, archive }, '2026-03-12')).toBe(action);
  });
});

describe('expiring soon (SPEC §3: warns N days ahead, default 14)', () => {
  it('covers today to today + warnDays', () => {
    expect(expiringWindow('2026-03-12', 14)).toEqual({ from: '2026-03-12', to: '2026-03-26' });
    expect(isExpiringSoon('2026-03-12', '2026-03-12', 14)).toBe(true);
    expect(isExpiringSoon('2026-03-26', '2026-03-12', 14)).toBe(true);
    expect(isExpiringSoon('2026-03-27', '2026-03-12', 14)).toBe(false);
    expect(isExpiringSoon('2026-03-11', '2026-03-12', 14)).toBe(false);
    expect(isExpiringSoon(null, '2026-03-12', 14)).toBe(false);
  });

  it('everyone due is warned on each of the warnDays days before (property)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 30 }),
        fc.integer({ min: 1, max: 60 }),
        (ahead, warn) => {
          const today = '2026-03-12';
          const deleteOn = new Date(Date.UTC(2026, 2, 12 + ahead)).toISOString().slice(0, 10);
          expect(isExpiringSoon(deleteOn, today, warn)).toBe(ahead <= warn);
        },
      ),
    );
  });
});
