import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { buildCandidate, buildConsent } from '../../testing/builders';
import { holdRow } from '../hold';
import { disclosureRow } from '../disclosure';
import { auditEntryRow } from '../audit';
import { encodeHlc } from './hlc';
import { erasedVersion, localVersion, merge, type LiveVersion, type Version } from './merge';
import { applyVersion } from './state';

const devA = 'aaaaaaaa';
const devB = 'bbbbbbbb';
const stamp = (ms: number, device: string, counter = 0) => encodeHlc({ ms, counter, device });

/** A base every laptop has: the candidate restricted since January (an Art. 18 request). */
const restriction = { since: '2026-01-02', requestId: 'req-1' };
const base = localVersion(undefined, {
  kind: 'candidate',
  hlc: stamp(1_000, devA),
  device: devA,
  author: 'alice',
  body: buildCandidate({ id: 'cand-1', restricted: restriction }),
});

type Op = 'edit' | 'lift-restriction' | 'object' | 'erase';

/** Each laptop changes the base once; `ms` says whose clock is later. */
function apply(op: Op, device: string, ms: number): Version {
  if (op === 'erase') return erasedVersion;
  const body = { ...base.body } as Record<string, unknown>;
  if (op === 'edit')
    body.identity = { firstName: `Edited-${device}`, lastName: 'Müller', language: 'fr' };
  if (op === 'lift-restriction') body.restricted = null;
  if (op === 'object') body.objected = { since: '2026-03-01', requestId: `obj-${device}` };
  return localVersion(base, {
    kind: 'candidate',
    hlc: stamp(ms, device),
    device,
    author: device,
    body,
  });
}

const firstName = (v: Version) =>
  v.state === 'live' ? (v.body.identity as { firstName: string }).firstName : undefined;

describe('merge: every pair of concurrent operations on one candidate', () => {
  // [A's op, B's op, expected after merge]; B's clock is later in every row, and each row is
  // checked in both argument orders, so "whatever the clocks" is checked by the rows where the
  // protective operation is A's (the earlier clock).
  const table: [
    Op,
    Op,
    { erased?: true; name?: string; restricted?: boolean; objected?: string | null },
  ][] = [
    ['edit', 'edit', { name: `Edited-${devB}`, restricted: true, objected: null }],
    ['edit', 'lift-restriction', { name: 'Hélène', restricted: false, objected: null }],
    ['lift-restriction', 'edit', { name: `Edited-${devB}`, restricted: false, objected: null }],
    ['edit', 'object', { name: 'Hélène', restricted: true, objected: `obj-${devB}` }],
    ['object', 'edit', { name: `Edited-${devB}`, restricted: true, objected: `obj-${devA}` }],
    ['lift-restriction', 'object', { name: 'Hélène', restricted: false, objected: `obj-${devB}` }],
    ['object', 'lift-restriction', { name: 'Hélène', restricted: false, objected: `obj-${devA}` }],
    ['object', 'object', { name: 'Hélène', restricted: true, objected: `obj-${devB}` }],
    ['lift-restriction', 'lift-restriction', { name: 'Hélène', restricted: false, objected: null }],
    ['erase', 'edit', { erased: true }],
    ['edit', 'erase', { erased: true }],
    ['erase', 'object', { erased: true }],
    ['erase', 'lift-restriction', { erased: true }],
    ['erase', 'erase', { erased: true }],
  ];

  it.each(table)('A %s, B %s', (opA, opB, expected) => {
    const a = apply(opA, devA, 2_000);
    const b = apply(opB, devB, 3_000);
    for (const merged of [merge([a, b]), merge([b, a])]) {
      if (expected.erased) {
        expect(merged).toEqual(erasedVersion);
        continue;
      }
      expect(merged.state).toBe('live');
      if (merged.state !== 'live') return;
      expect(firstName(merged)).toBe(expected.name);
      expect(merged.body.restricted).toEqual(expected.restricted ? restriction : null);
      const objected = merged.body.objected as { requestId: string } | null;
      expect(objected?.requestId ?? null).toBe(expected.objected);
    }
  });

  it('a restriction raised on a laptop with a slow clock beats a later edit that had not seen it', () => {
    const unrestricted = localVersion(undefined, {
      kind: 'candidate',
      hlc: stamp(1_000, devA),
      device: devA,
      author: 'alice',
      body: buildCandidate({ id: 'cand-2' }),
    });
    const restrict = localVersion(unrestricted, {
      ...unrestricted,
      hlc: stamp(1_500, devA),
      body: { ...unrestricted.body, restricted: restriction },
    });
    const edit = localVersion(unrestricted, {
      ...unrestricted,
      hlc: stamp(9_000, devB),
      device: devB,
      author: 'bob',
      body: { ...unrestricted.body, deleteOn: '2027-01-01' },
    });
    const merged = merge([edit, restrict]);
    expect(merged.state === 'live' && merged.body.restricted).toEqual(restriction);
    expect(merged.state === 'live' && merged.body.deleteOn).toBe('2027-01-01');
    // and a lift made after seeing the restriction does lift it
    const lift = localVersion(merged as LiveVersion, {
      ...(merged as LiveVersion),
      hlc: stamp(9_500, devB),
      body: { ...(merged as LiveVersion).body, restricted: null },
    });
    const after = merge([lift, restrict, edit]);
    expect(after.state === 'live' && after.body.restricted).toBeNull();
  });
});

describe('merge: consents, holds, append-only entries', () => {
  const consent = localVersion(undefined, {
    kind: 'consent',
    hlc: stamp(1_000, devA),
    device: devA,
    author: 'alice',
    body: buildConsent({ id: 'consent-1' }),
  });
  const withdraw = (device: string, ms: number, on: string): LiveVersion =>
    localVersion(consent, {
      ...consent,
      device,
      hlc: stamp(ms, device),
      body: { ...consent.body, withdrawnOn: on, withdrawnBy: `user-${device}`, withdrawalNote: '' },
    });
  const note = (device: string, ms: number): LiveVersion =>
    localVersion(consent, {
      ...consent,
      device,
      hlc: stamp(ms, device),
      body: { ...consent.body, evidenceNote: `note from ${device}` },
    });

  it('a withdrawn consent stays withdrawn against a later concurrent edit (Art. 7(3))', () => {
    for (const merged of [
      merge([withdraw(devA, 2_000, '2026-04-01'), note(devB, 9_000)]),
      merge([note(devB, 9_000), withdraw(devA, 2_000, '2026-04-01')]),
    ]) {
      expect(merged.state === 'live' && merged.body.withdrawnOn).toBe('2026-04-01');
      expect(merged.state === 'live' && merged.body.evidenceNote).toBe(`note from ${devB}`);
    }
  });

  it('two withdrawals keep the earliest', () => {
    const merged = merge([
      withdraw(devB, 9_000, '2026-04-02'),
      withdraw(devA, 2_000, '2026-04-05'),
    ]);
    expect(merged.state === 'live' && merged.body.withdrawnOn).toBe('2026-04-02');
    expect(merged.state === 'live' && merged.body.withdrawnBy).toBe(`user-${devB}`);
  });

  const hold = localVersion(undefined, {
    kind: 'hold',
    hlc: stamp(1_000, devA),
    device: devA,
    author: 'alice',
    body: holdRow.parse({
      id: 'hold-1',
      personType: 'candidate',
      personId: 'cand-1',
      reason: 'legal-claim',
      startsOn: '2026-01-01',
      endsOn: '2026-06-30',
      createdAt: '2026-01-01T09:00:00.000Z',
    }),
  });
  const holdEdit = (device: string, ms: number, change: Record<string, unknown>) =>
    localVersion(hold, {
      ...hold,
      device,
      hlc: stamp(ms, device),
      body: { ...hold.body, ...change },
    });

  it('a hold keeps its widest reach against a later concurrent shortening', () => {
    const merged = merge([
      holdEdit(devA, 2_000, { endsOn: '2026-12-31' }),
      holdEdit(devB, 9_000, { endsOn: '2026-02-01', note: 'settled?' }),
    ]);
    expect(merged.state === 'live' && merged.body.endsOn).toBe('2026-12-31');
    expect(merged.state === 'live' && merged.body.note).toBe('settled?');
    const open = merge([
      holdEdit(devA, 2_000, { endsOn: null }),
      holdEdit(devB, 9_000, { endsOn: '2027-01-01' }),
    ]);
    expect(open.state === 'live' && open.body.endsOn).toBeNull();
  });

  it('a lifted hold stays lifted against a later concurrent note edit', () => {
    const merged = merge([
      holdEdit(devA, 2_000, { liftedOn: '2026-03-01' }),
      holdEdit(devB, 9_000, { note: 'x' }),
    ]);
    expect(merged.state === 'live' && merged.body.liftedOn).toBe('2026-03-01');
  });

  it('a disclosure keeps its original entry, pseudonymised if either side erased the candidate', () => {
    const entry = disclosureRow.parse({
      id: 'disc-1',
      candidateId: 'cand-1',
      pseudonym: 'd'.repeat(64),
      missionId: 'm-1',
      recipientId: 'org-1',
      consentId: 'consent-1',
      categories: ['identity'],
      files: [],
      by: 'user-a',
      at: '2026-02-01T10:00:00.000Z',
    });
    const original = localVersion(undefined, {
      kind: 'disclosure',
      hlc: stamp(1_000, devA),
      device: devA,
      author: 'alice',
      body: entry,
    });
    const pseudonymised = localVersion(original, {
      ...original,
      hlc: stamp(5_000, devB),
      device: devB,
      author: 'bob',
      body: { ...entry, candidateId: null },
    });
    const merged = merge([pseudonymised, original]);
    expect(merged.state === 'live' && merged.hlc).toBe(original.hlc);
    expect(merged.state === 'live' && merged.body.candidateId).toBeNull();
  });

  it('an audit entry is the first one written, and erasure of it never happens through merge of edits', () => {
    const entry = auditEntryRow.parse({
      seq: 1,
      at: '2026-02-01T10:00:00.000Z',
      actor: 'u',
      action: 'candidate.create',
      entity: 'candidate',
      id: 'c',
      prevHash: '0'.repeat(64),
      hash: 'a'.repeat(64),
    });
    const v1 = localVersion(undefined, {
      kind: 'audit',
      hlc: stamp(1_000, devA),
      device: devA,
      author: 'alice',
      body: entry,
    });
    const forged = localVersion(undefined, {
      kind: 'audit',
      hlc: stamp(9_000, devB),
      device: devB,
      author: 'mallory',
      body: { ...entry, action: 'candidate.view' },
    });
    const merged = merge([forged, v1]);
    expect(merged.state === 'live' && merged.body.action).toBe('candidate.create');
  });

  it('refuses to merge nothing and versions of different kinds (bugs, so they throw)', () => {
    expect(() => merge([])).toThrow();
    expect(() => merge([consent, hold])).toThrow();
  });
});

// ---- properties ----------------------------------------------------------------------------

const devices = [devA, devB, 'cccccccc'];
const restrictionArb = fc.constantFrom(null, restriction, { since: '2026-05-05', requestId: null });

/** A random history: laptops take turns changing their own copy, sometimes seeing another's. */
const historyArb = fc.array(
  fc.record({
    device: fc.integer({ min: 0, max: 2 }),
    seeFrom: fc.option(fc.integer({ min: 0, max: 2 }), { nil: null }),
    op: fc.constantFrom('edit', 'restrict', 'object', 'erase', 'withdraw-like'),
    restricted: restrictionArb,
    name: fc.constantFrom('Anna', 'Bruno', 'Chloé'),
  }),
  { minLength: 1, maxLength: 12 },
);

type Step = {
  device: number;
  seeFrom: number | null;
  op: string;
  restricted: unknown;
  name: string;
};

function versionsOf(history: readonly Step[]): Version[] {
  const copies: Version[] = devices.map(() => base);
  const made: Version[] = [];
  let clock = 2_000;
  for (const step of history) {
    clock += 1;
    if (step.seeFrom !== null)
      copies[step.device] = merge([copies[step.device]!, copies[step.seeFrom]!]);
    const own = copies[step.device]!;
    if (own.state === 'erased') continue;
    let next: Version;
    if (step.op === 'erase') next = erasedVersion;
    else {
      const body = { ...own.body } as Record<string, unknown>;
      if (step.op === 'edit')
        body.identity = { firstName: step.name, lastName: 'Müller', language: 'fr' };
      if (step.op === 'restrict') body.restricted = step.restricted;
      if (step.op === 'object') body.objected = step.restricted;
      const device = devices[step.device]!;
      next = localVersion(own, {
        kind: 'candidate',
        hlc: stamp(clock, device),
        device,
        author: device,
        body,
      });
    }
    copies[step.device] = next;
    made.push(next);
  }
  return made.length > 0 ? made : [base];
}

describe('merge: properties', () => {
  it('any order of the same versions gives the same record (commutative)', () => {
    fc.assert(
      fc.property(
        historyArb.chain((h) =>
          fc.tuple(
            fc.constant(versionsOf(h)),
            fc.shuffledSubarray(versionsOf(h), { minLength: versionsOf(h).length }),
          ),
        ),
        ([vs, shuffled]) => {
          expect(merge(shuffled)).toEqual(merge(vs));
        },
      ),
    );
  });

  it('merging step by step in any grouping equals merging all at once (associative)', () => {
    fc.assert(
      fc.property(historyArb, fc.integer({ min: 0, max: 1000 }), (h, seed) => {
        const vs = versionsOf(h);
        const rotated = vs.map((_, i) => vs[(i + seed) % vs.length]!);
        const stepwise = rotated.reduce<Version>((acc, v) => merge([acc, v]), rotated[0]!);
        const rightFold = rotated.reduceRight<Version>(
          (acc, v) => merge([v, acc]),
          rotated.at(-1)!,
        );
        expect(stepwise).toEqual(merge(vs));
        expect(rightFold).toEqual(merge(vs));
      }),
    );
  });

  it('merging a version twice is merging it once (idempotent)', () => {
    fc.assert(
      fc.property(historyArb, (h) => {
        const vs = versionsOf(h);
        const once = merge(vs);
        expect(merge([...vs, ...vs])).toEqual(once);
        expect(merge([once, ...vs])).toEqual(once);
      }),
    );
  });

  it('erasure dominates: once any version is a deletion, every merge is a deletion', () => {
    fc.assert(
      fc.property(historyArb, fc.nat(), (h, at) => {
        const vs = versionsOf(h);
        const withErasure = [
          ...vs.slice(0, at % (vs.length + 1)),
          erasedVersion,
          ...vs.slice(at % (vs.length + 1)),
        ];
        expect(merge(withErasure)).toEqual(erasedVersion);
      }),
    );
  });

  it('the state after a set of changes to several records does not depend on their order, and replaying them changes nothing', () => {
    const changeArb = fc.array(
      fc.tuple(fc.constantFrom('candidate:1', 'candidate:2', 'candidate:3'), historyArb),
      { minLength: 1, maxLength: 4 },
    );
    fc.assert(
      fc.property(
        changeArb,
        fc.array(fc.nat(), { minLength: 60, maxLength: 60 }),
        (groups, keys) => {
          const changes = groups.flatMap(([id, h]) => versionsOf(h).map((v) => [id, v] as const));
          const order = changes
            .map((c, i) => ({ c, key: keys[i % keys.length]! * 100 + i }))
            .sort((a, b) => a.key - b.key)
            .map(({ c }) => c);
          const forward = changes.reduce(
            (s, [id, v]) => applyVersion(s, id, v),
            new Map<string, Version>(),
          );
          const shuffled = order.reduce(
            (s, [id, v]) => applyVersion(s, id, v),
            new Map<string, Version>(),
          );
          const twice = changes.reduce((s, [id, v]) => applyVersion(s, id, v), forward);
          expect(shuffled).toEqual(forward);
          expect(twice).toEqual(forward);
        },
      ),
    );
  });
});
