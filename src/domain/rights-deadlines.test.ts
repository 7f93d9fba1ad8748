import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  addDays,
  addMonths,
  answeredOnTime,
  checkExtension,
  daysLeft,
  deadlineState,
  extensionNoticeBy,
  initialDueOn,
  latestExtendedDueOn,
} from './rights-deadlines';
import type { RightsRequest } from './rights-request';

describe('initialDueOn', () => {
  const cases: [RightsRequest['type'], string, string, string][] = [
    ['erasure', '2026-03-02', '2026-03-09', 'P9: within one week'],
    ['erasure', '2026-12-28', '2027-01-04', 'P9: across the year end'],
    ['erasure', '2028-02-25', '2028-03-03', 'P9: across 29 February of a leap year'],
    ['access', '2026-01-15', '2026-02-15', 'Art. 12(3): one month'],
    ['access', '2026-01-31', '2026-02-28', 'Art. 12(3): 31 January → last day of February'],
    ['access', '2028-01-31', '2028-02-29', 'Art. 12(3): 31 January of a leap year → 29 February'],
    ['rectification', '2026-01-30', '2026-02-28', 'Art. 12(3): 30 January → 28 February'],
    ['restriction', '2026-03-31', '2026-04-30', 'Art. 12(3): 31 March → 30 April'],
    ['objection', '2026-08-31', '2026-09-30', 'Art. 12(3): 31 August → 30 September'],
    ['portability', '2026-12-15', '2027-01-15', 'Art. 12(3): across the year end'],
    ['access', '2026-02-28', '2026-03-28', 'Art. 12(3): end of February → 28 March, not 31'],
  ];
  for (const [type, received, due, why] of cases) {
    it(`${type} received ${received} is due ${due} (${why})`, () => {
      expect(initialDueOn(type, received)).toBe(due);
    });
  }
});

describe('calendar arithmetic', () => {
  it('adds months across years and backwards', () => {
    expect(addMonths('2026-11-30', 3)).toBe('2027-02-28');
    expect(addMonths('2026-03-31', -1)).toBe('2026-02-28');
    expect(addDays('2026-03-01', -1)).toBe('2026-02-28');
  });

  it('a month later is never earlier, and at most one month and 3 days later', () => {
    fc.assert(
      fc.property(
        fc.date({ min: new Date('1990-01-01'), max: new Date('2090-12-31'), noInvalidDate: true }),
        (d) => {
          const date = d.toISOString().slice(0, 10);
          const later = addMonths(date, 1);
          expect(later > date).toBe(true);
          expect(daysLeft(later, date)).toBeGreaterThanOrEqual(28);
          expect(daysLeft(later, date)).toBeLessThanOrEqual(31);
          expect(daysLeft(addDays(date, 7), date)).toBe(7);
        },
      ),
    );
  });
});

const request = (over: Partial<RightsRequest> = {}) => ({
  type: 'access' as RightsRequest['type'],
  status: 'received' as RightsRequest['status'],
  receivedOn: '2026-01-31',
  dueOn: '2026-02-28',
  extension: null as RightsRequest['extension'],
  ...over,
});

describe('checkExtension (Art. 12(3))', () => {
  const good = {
    dueOn: '2026-04-28',
    reason: 'Many records across several missions',
    toldOn: '2026-02-10',
  };

  it('allows one extension by up to two months, told within the first month', () => {
    expect(checkExtension(request(), good, '2026-02-10')).toEqual({ ok: true, value: good });
    expect(latestExtendedDueOn('2026-01-31')).toBe('2026-04-28');
    expect(extensionNoticeBy('2026-01-31')).toBe('2026-02-28');
  });

  const refusals: [string, Partial<RightsRequest>, Partial<typeof good>, string, string[]][] = [
    [
      'more than two extra months',
      {},
      { dueOn: '2026-04-29' },
      '2026-02-10',
      ['extension-too-long'],
    ],
    [
      'not later than the current date',
      {},
      { dueOn: '2026-02-28' },
      '2026-02-10',
      ['extension-not-later'],
    ],
    [
      'a second extension',
      { extension: { ...good } },
      { dueOn: '2026-04-20' },
      '2026-02-10',
      ['already-extended'],
    ],
    ['told after the first month', {}, { toldOn: '2026-03-01' }, '2026-03-01', ['told-too-late']],
    [
      'told before the request arrived',
      {},
      { toldOn: '2026-01-30' },
      '2026-02-10',
      ['told-before-receipt'],
    ],
    ['told on a future date', {}, { toldOn: '2026-02-12' }, '2026-02-10', ['told-in-future']],
    ['without a reason', {}, { reason: '   ' }, '2026-02-10', ['reason-required']],
    [
      'of an erasure request (P9 promises one week)',
      { type: 'erasure', dueOn: '2026-02-07' },
      { toldOn: '2026-02-05' },
      '2026-02-05',
      ['erasure-no-extension'],
    ],
    ['of a closed request', { status: 'completed' }, {}, '2026-02-10', ['request-closed']],
    [
      'with every fault at once',
      { status: 'refused', type: 'erasure', extension: { ...good } },
      { dueOn: '2026-01-01', reason: '', toldOn: '2026-05-01' },
      '2026-04-01',
      [
        'request-closed',
        'erasure-no-extension',
        'already-extended',
        'reason-required',
        'extension-not-later',
        'told-too-late',
        'told-in-future',
      ],
    ],
  ];
  for (const [what, over, ext, today, reasons] of refusals) {
    it(`refuses ${what}`, () => {
      expect(checkExtension(request(over), { ...good, ...ext }, today)).toEqual({
        ok: false,
        error: reasons,
      });
    });
  }
});

describe('deadlineState', () => {
  const cases: [string, RightsRequest['status'], string, string][] = [
    ['2026-03-09', 'received', '2026-03-10', 'overdue'],
    ['2026-03-09', 'waiting', '2026-03-09', 'due-soon'],
    ['2026-03-16', 'in-progress', '2026-03-09', 'due-soon'],
    ['2026-03-17', 'received', '2026-03-09', 'on-time'],
    ['2026-03-01', 'completed', '2026-03-10', 'closed'],
    ['2026-03-01', 'refused', '2026-03-10', 'closed'],
  ];
  for (const [dueOn, status, today, state] of cases) {
    it(`${status} due ${dueOn} on ${today} is ${state}`, () => {
      expect(deadlineState({ status, dueOn }, today)).toBe(state);
    });
  }

  it('counts the days left', () => {
    expect(daysLeft('2026-03-09', '2026-03-02')).toBe(7);
    expect(daysLeft('2026-03-09', '2026-03-12')).toBe(-3);
    expect(daysLeft('2026-03-29', '2026-03-28')).toBe(1); // across the DST change: UTC calendar
  });

  it('knows whether a closed request was answered on time', () => {
    expect(answeredOnTime({ closedOn: '2026-03-09', dueOn: '2026-03-09' })).toBe(true);
    expect(answeredOnTime({ closedOn: '2026-03-10', dueOn: '2026-03-09' })).toBe(false);
    expect(answeredOnTime({ closedOn: null, dueOn: '2026-03-09' })).toBe(false);
  });
});
