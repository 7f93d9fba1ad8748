import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { PipelineStatus } from './application';
import { addMonths } from './calendar';
import { applyPreset } from './retention-presets';
import {
  candidateRetention,
  contactRetention,
  refereeRetention,
  type CandidateHistory,
  type RetentionReason,
} from './retention';
import { policyRetention, type RetentionRules } from './settings';

const policy = policyRetention;
const cnil = applyPreset(policy, 'cnil');
const germany = applyPreset(policy, 'germany');

type App = CandidateHistory['applications'][number];
let n = 0;
const app = (missionId: string | null, statuses: [PipelineStatus, string][]): App => ({
  id: `a${++n}`,
  missionId,
  receivedOn: statuses[0]![1],
  status: statuses[statuses.length - 1]![0],
  events: statuses.map(([status, on]) => ({ status, on })),
});
const consent = (
  givenOn: string,
  dataReviewedOn: string | null,
  withdrawnOn: string | null = null,
  missionId = 'm-reuse',
) => ({ missionId, givenOn, dataReviewedOn, withdrawnOn });

type Case = {
  /** The policy line, article or preset the case proves. */
  cites: string;
  rules: RetentionRules;
  history: CandidateHistory;
  deleteOn: string;
  because: Partial<RetentionReason>[];
  blockedSince?: string | null;
};

const cases: Case[] = [
  {
    cites: 'P7 "Three months for any general application not aimed at a specific position"',
    rules: policy,
    history: {
      collectedOn: '2026-01-05',
      applications: [app(null, [['received', '2026-01-05']])],
      consents: [],
    },
    deleteOn: '2026-04-05',
    because: [{ event: 'general-received', on: '2026-01-05', months: 3, rule: 'P7' }],
  },
  {
    cites: 'P7 general application: a CV in the pool with no application counts from collection',
    rules: policy,
    history: { collectedOn: '2026-03-12', applications: [], consents: [] },
    deleteOn: '2026-06-12',
    because: [{ event: 'collected', on: '2026-03-12', months: 3, rule: 'P7' }],
  },
  {
    cites: 'P7 "Three years for any application for a specific position"',
    rules: policy,
    history: {
      collectedOn: '2026-03-12',
      applications: [app('m1', [['received', '2026-03-12']])],
      consents: [],
    },
    deleteOn: '2029-03-12',
    because: [{ event: 'position-received', on: '2026-03-12', months: 36, missionId: 'm1' }],
  },
  {
    cites: 'P7 "…or for any candidate whose application is submitted": counted from submission',
    rules: policy,
    history: {
      collectedOn: '2026-01-10',
      applications: [
        app('m1', [
          ['received', '2026-01-10'],
          ['interviewed', '2026-02-01'],
          ['submitted', '2026-03-12'],
        ]),
      ],
      consents: [],
    },
    deleteOn: '2029-03-12',
    because: [{ event: 'submitted', on: '2026-03-12', months: 36, rule: 'P7', missionId: 'm1' }],
  },
  {
    cites: 'P7 "…or who is hired": counted from the hire',
    rules: policy,
    history: {
      collectedOn: '2026-01-10',
      applications: [
        app('m1', [
          ['received', '2026-01-10'],
          ['submitted', '2026-02-01'],
          ['hired', '2026-04-30'],
        ]),
      ],
      consents: [],
    },
    deleteOn: '2029-04-30',
    because: [{ event: 'hired', on: '2026-04-30', rule: 'P7' }],
  },
  {
    cites: 'P10 renewed consent with data review restarts the period from the review',
    rules: policy,
    history: {
      collectedOn: '2026-01-05',
      applications: [app(null, [['received', '2026-01-05']])],
      consents: [consent('2027-05-20', '2027-06-01')],
    },
    deleteOn: '2030-06-01',
    because: [{ event: 'renewed-consent', on: '2027-06-01', months: 36, rule: 'P10' }],
  },
  {
    cites: 'P10: consent without "data reviewed with the candidate" is not a renewal',
    rules: policy,
    history: {
      collectedOn: '2026-01-05',
      applications: [app(null, [['received', '2026-01-05']])],
      consents: [consent('2026-02-01', null)],
    },
    deleteOn: '2026-04-05',
    because: [{ event: 'general-received' }],
  },
  {
    cites: 'Art. 7(3): a withdrawn consent never extends retention',
    rules: policy,
    history: {
      collectedOn: '2026-01-05',
      applications: [app(null, [['received', '2026-01-05']])],
      consents: [consent('2026-02-01', '2026-02-01', '2026-02-15')],
    },
    deleteOn: '2026-04-05',
    because: [{ event: 'general-received' }],
  },
  {
    cites: 'SPEC §3: several applications: the latest of (event + its period)',
    rules: policy,
    history: {
      collectedOn: '2025-02-01',
      applications: [
        app('m1', [['received', '2025-02-01']]),
        app(null, [['received', '2026-01-05']]),
        app('m2', [
          ['received', '2025-06-01'],
          ['rejected', '2025-07-01'],
        ]),
      ],
      consents: [],
    },
    deleteOn: '2028-06-01',
    because: [{ event: 'position-received', on: '2025-06-01', missionId: 'm2' }],
  },
  {
    cites: 'SPEC §3: interviews and screening are not qualifying events under the policy',
    rules: policy,
    history: {
      collectedOn: '2026-01-05',
      applications: [
        app(null, [
          ['received', '2026-01-05'],
          ['screening', '2026-03-01'],
          ['interviewed', '2026-03-20'],
        ]),
      ],
      consents: [],
    },
    deleteOn: '2026-04-05',
    because: [{ event: 'general-received' }],
  },
  {
    cites: 'P7 month end: 30 November + 3 months = 28 February',
    rules: policy,
    history: {
      collectedOn: '2025-11-30',
      applications: [app(null, [['received', '2025-11-30']])],
      consents: [],
    },
    deleteOn: '2026-02-28',
    because: [{ event: 'general-received' }],
  },
  {
    cites: 'P7 month end: 29 February 2024 + 3 years = 28 February 2027',
    rules: policy,
    history: {
      collectedOn: '2024-02-29',
      applications: [app('m1', [['received', '2024-02-29']])],
      consents: [],
    },
    deleteOn: '2027-02-28',
    because: [{ event: 'position-received' }],
  },
  {
    cites: 'German preset: 6 months after rejection, blocked meanwhile',
    rules: germany,
    history: {
      collectedOn: '2026-01-05',
      applications: [
        app('m1', [
          ['received', '2026-01-05'],
          ['submitted', '2026-01-20'],
          ['rejected', '2026-02-10'],
        ]),
      ],
      consents: [],
    },
    deleteOn: '2026-08-10',
    because: [{ event: 'rejected', on: '2026-02-10', months: 6, rule: 'germany' }],
    blockedSince: '2026-02-10',
  },
  {
    cites: 'German preset: an open application elsewhere keeps its own period, not blocked',
    rules: germany,
    history: {
      collectedOn: '2026-01-05',
      applications: [
        app('m1', [
          ['received', '2026-01-05'],
          ['rejected', '2026-02-10'],
        ]),
        app('m2', [['received', '2026-02-01']]),
      ],
      consents: [],
    },
    deleteOn: '2029-02-01',
    because: [{ event: 'position-received', rule: 'P7', missionId: 'm2' }],
    blockedSince: null,
  },
  {
    cites: 'German preset: a later renewed consent (P10) lifts the block',
    rules: germany,
    history: {
      collectedOn: '2026-01-05',
      applications: [
        app('m1', [
          ['received', '2026-01-05'],
          ['rejected', '2026-02-10'],
        ]),
      ],
      consents: [consent('2026-03-01', '2026-03-01')],
    },
    deleteOn: '2029-03-01',
    because: [{ event: 'renewed-consent', rule: 'P10' }],
    blockedSince: null,
  },
  {
    cites: 'CNIL guide: the pool is kept 2 years from the last contact',
    rules: cnil,
    history: {
      collectedOn: '2026-01-05',
      applications: [
        app(null, [
          ['received', '2026-01-05'],
          ['interviewed', '2026-05-01'],
        ]),
      ],
      consents: [],
    },
    deleteOn: '2028-05-01',
    because: [{ event: 'pool-contact', on: '2026-05-01', months: 24, rule: 'cnil' }],
  },
  {
    cites: 'CNIL guide: a hire counts 2 years too',
    rules: cnil,
    history: {
      collectedOn: '2026-01-05',
      applications: [
        app('m1', [
          ['received', '2026-01-05'],
          ['hired', '2026-06-30'],
        ]),
      ],
      consents: [],
    },
    deleteOn: '2028-06-30',
    because: [
      { event: 'hired', rule: 'cnil' },
      { event: 'pool-contact', rule: 'cnil' },
    ],
  },
  {
    cites: 'Settings: a period changed by the firm cites the setting, not the policy',
    rules: { ...policy, preset: 'custom', generalApplicationMonths: 6 },
    history: {
      collectedOn: '2026-01-05',
      applications: [app(null, [['received', '2026-01-05']])],
      consents: [],
    },
    deleteOn: '2026-07-05',
    because: [{ event: 'general-received', months: 6, rule: 'custom' }],
  },
];

describe('candidateRetention', () => {
  it.each(cases.map((c) => [c.cites, c] as const))('%s', (_cites, c) => {
    const result = candidateRetention(c.history, c.rules);
    expect(result.deleteOn).toBe(c.deleteOn);
    expect(result.because).toHaveLength(c.because.length);
    c.because.forEach((b, i) => expect(result.because[i]).toMatchObject(b));
    if (c.blockedSince !== undefined) expect(result.blockedSince).toBe(c.blockedSince);
  });
});

describe('contacts and referees', () => {
  it('SPEC §3: client contacts are kept 3 years after the last contact', () => {
    expect(contactRetention({ lastContactOn: '2026-03-12' }, policy)).toMatchObject({
      deleteOn: '2029-03-12',
      because: [{ event: 'last-contact', on: '2026-03-12', months: 36, rule: 'contacts' }],
    });
  });

  it('a referee is kept as long as their candidate', () => {
    const candidate = candidateRetention(cases[3]!.history, policy);
    expect(refereeRetention(candidate, '2026-01-12', policy)).toMatchObject({
      deleteOn: '2029-03-12',
      because: [{ event: 'candidate-kept', rule: 'referee' }],
    });
  });

  it('a referee without a candidate counts as a general application from when recorded', () => {
    expect(refereeRetention(null, '2026-01-12', policy).deleteOn).toBe('2026-04-12');
  });
});

// Random histories: dates within 2020–2030, a few applications and consents.
const dateArb = fc
  .integer({ min: 0, max: 3650 })
  .map((d) => new Date(Date.UTC(2020, 0, 1) + d * 86_400_000).toISOString().slice(0, 10));
const statusArb = fc.constantFrom<PipelineStatus>(
  'screening',
  'interviewed',
  'submitted',
  'hired',
  'rejected',
  'withdrawn',
);
const appArb = fc
  .record({
    missionId: fc.option(fc.constantFrom('m1', 'm2', 'm3'), { nil: null }),
    received: dateArb,
    later: fc.array(fc.tuple(statusArb, fc.integer({ min: 0, max: 400 })), { maxLength: 4 }),
  })
  .map(({ missionId, received, later }) => {
    const events: [PipelineStatus, string][] = [['received', received]];
    let on = received;
    for (const [s, gap] of later) {
      on = new Date(Date.parse(on) + gap * 86_400_000).toISOString().slice(0, 10);
      events.push([s, on]);
    }
    return app(missionId, events);
  });
const historyArb: fc.Arbitrary<CandidateHistory> = fc.record({
  collectedOn: dateArb,
  applications: fc.array(appArb, { maxLength: 4 }),
  consents: fc.array(
    fc.record({
      missionId: fc.constant('m1'),
      givenOn: dateArb,
      dataReviewedOn: fc.option(dateArb, { nil: null }),
      withdrawnOn: fc.option(dateArb, { nil: null }),
    }),
    { maxLength: 3 },
  ),
});
const rulesArb = fc.constantFrom(policy, cnil, germany);

describe('candidateRetention properties', () => {
  it('the date is the latest line and every line is its event plus its period', () => {
    fc.assert(
      fc.property(historyArb, rulesArb, (h, rules) => {
        const r = candidateRetention(h, rules);
        expect(r.because.length).toBeGreaterThan(0);
        for (const l of r.considered) expect(l.until <= r.deleteOn).toBe(true);
        for (const l of r.because) expect(l.until).toBe(r.deleteOn);
      }),
    );
  });

  it('never earlier than the policy\u2019s 3 months from collection', () => {
    fc.assert(
      fc.property(historyArb, rulesArb, (h, rules) => {
        const r = candidateRetention(h, rules);
        expect(r.deleteOn >= addMonths(h.collectedOn, 3)).toBe(true);
      }),
    );
  });

  it('does not depend on the order of applications or consents', () => {
    fc.assert(
      fc.property(historyArb, rulesArb, (h, rules) => {
        const reversed = {
          ...h,
          applications: [...h.applications].reverse(),
          consents: [...h.consents].reverse(),
        };
        expect(candidateRetention(reversed, rules).deleteOn).toBe(
          candidateRetention(h, rules).deleteOn,
        );
      }),
    );
  });

  it('under the policy, a further application never brings the date forward', () => {
    fc.assert(
      fc.property(historyArb, appArb, (h, extra) => {
        const before = candidateRetention(h, policy).deleteOn;
        const after = candidateRetention(
          { ...h, applications: [...h.applications, extra] },
          policy,
        ).deleteOn;
        expect(after >= before).toBe(true);
      }),
    );
  });
});
