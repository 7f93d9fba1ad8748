import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Application } from './application';
import { candidateSources, type Candidate } from './candidate';
import { dataCategories, type DataCategory } from './common';
import type { Consent } from './consent';
import type { Mission } from './mission';
import { organisationKinds, recipientRoles, type Organisation } from './organisation';
import {
  checkDisclosure,
  disclosureRefusalCodes,
  isExternal,
  type DisclosureCheck,
} from './disclosure-guard';

/**
 * Property tests: whatever the records say, nothing reaches a client or a partner firm without a
 * mission with a signed contract and an active consent naming that candidate, mission and
 * recipient that covers every category (P3, P4, Art. 7). Values come from small pools so that
 * matching ids, equal dates and edge days happen often.
 */
const dates = ['2025-06-01', '2026-01-02', '2026-02-01', '2026-03-12', '2026-03-13', '2026-06-01'];
const date = fc.constantFrom(...dates);
/** Mostly on or before the usual `today`, so that contracts and consents are often in force. */
const pastDate = fc.constantFrom(
  '2025-06-01',
  '2026-01-02',
  '2026-01-02',
  '2026-02-01',
  '2026-03-13',
);
/** Mostly null: blocking flags that would otherwise hide every permit. */
const rarely = <T>(arb: fc.Arbitrary<T>) =>
  fc.oneof({ arbitrary: fc.constant(null), weight: 8 }, { arbitrary: arb, weight: 1 });
/** Mostly present. */
const usually = <T>(arb: fc.Arbitrary<T>) =>
  fc.oneof({ arbitrary: fc.constant(null), weight: 1 }, { arbitrary: arb, weight: 4 });
const candidateIds = ['cand-1', 'cand-2'];
const missionIds = ['mission-1', 'mission-2'];
const orgIds = ['org-1', 'org-2', 'org-3'];
const consentIds = ['k0', 'k1', 'k2', 'k3', 'k4'];
const categories = fc.uniqueArray(fc.constantFrom(...dataCategories), { maxLength: 3 });
const stamp = '2026-01-05T10:00:00.000Z';
const flag = rarely(fc.record({ since: date, requestId: fc.constant(null) }));

const candidate: fc.Arbitrary<Candidate> = fc
  .record({
    source: fc.constantFrom(...candidateSources, 'email', 'website', 'email', 'website'),
    collectedOn: fc.constantFrom(...dates, '2026-03-12', '2026-03-12'),
    notice: fc.option(
      fc.record({
        givenOn: pastDate,
        channel: fc.constant('email' as const),
        givenBy: fc.constant('A. Martin'),
      }),
      { nil: null },
    ),
    deleteOn: rarely(date),
    restricted: flag,
    objected: flag,
  })
  .map((c) => ({
    ...c,
    id: 'cand-1',
    identity: { firstName: 'Hélène', lastName: 'Müller', language: 'fr' as const },
    contact: { emails: [], phones: [], addresses: [] },
    qualifications: [],
    languages: [],
    experience: [],
    profileLinks: [],
    psychometrics: [],
    interviewNotes: [],
    notes: '',
    createdAt: stamp,
    updatedAt: stamp,
    sortName: 'muller helene',
    searchTokens: [],
    listKeys: [],
    noticeDueOn: null,
  }));

/** Ids drawn so that the interesting one (the recipient's, the mission's) comes up half the time. */
const mostly = (id: string, pool: readonly string[]) => fc.constantFrom(id, id, id, ...pool);

const missionFor = (recipientId: string): fc.Arbitrary<Mission | null> =>
  usually(
    fc
      .record({
        id: fc.constantFrom(...missionIds),
        clientId: mostly(recipientId, orgIds),
        partnerId: fc.option(mostly(recipientId, orgIds), { nil: null }),
        contractSignedOn: usually(pastDate),
        openedOn: date,
      })
      .map((m) => ({
        ...m,
        position: 'Directeur financier',
        location: '',
        contractRef: '',
        status: 'open' as const,
        closedOn: null,
        createdAt: stamp,
        updatedAt: stamp,
        sortTitle: 'directeur financier',
      })),
  );

const recipient: fc.Arbitrary<Organisation> = fc
  .record({
    id: fc.constantFrom(...orgIds),
    kind: fc.constantFrom(...organisationKinds, 'client', 'partner'),
    role: fc.option(fc.constantFrom(...recipientRoles), { nil: null }),
    country: fc.constantFrom('FR', 'DE', 'FR', 'DE', 'CH', 'US'),
    transferSafeguard: fc.constantFrom(null, '', '  ', 'SCC 2021/914'),
  })
  .map((o) => ({
    ...o,
    name: 'Org',
    addresses: [],
    notes: '',
    language: 'fr' as const,
    createdAt: stamp,
    updatedAt: stamp,
    sortName: 'org',
  }));

const consentsFor = (missionId: string, recipientId: string): fc.Arbitrary<Consent[]> =>
  fc
    .uniqueArray(
      fc.record({
        id: fc.constantFrom(...consentIds),
        candidateId: fc.constantFrom('cand-1', 'cand-1', 'cand-2'),
        missionId: mostly(missionId, missionIds),
        recipientId: mostly(recipientId, orgIds),
        givenOn: pastDate,
        categories: fc.uniqueArray(fc.constantFrom(...dataCategories), {
          minLength: 1,
          maxLength: 8,
        }),
        dataReviewedOn: usually(pastDate),
        supersedes: rarely(fc.constantFrom(...consentIds)),
        withdrawnOn: rarely(date),
      }),
      { selector: (c) => c.id, maxLength: 4, minLength: 1 },
    )
    .map((cs) =>
      cs.map((c) => ({
        ...c,
        form: 'written' as const,
        script: '',
        evidenceNote: '',
        evidenceAttachmentId: null,
        recordedBy: 'user-1',
        recordedAt: stamp,
        withdrawnBy: c.withdrawnOn === null ? null : 'user-1',
        withdrawalNote: '',
        withdrawalChannel: null,
      })),
    );

const applications: fc.Arbitrary<Application[]> = fc.array(
  fc
    .record({
      candidateId: fc.constantFrom(...candidateIds),
      missionId: fc.option(fc.constantFrom(...missionIds), { nil: null }),
      receivedOn: date,
    })
    .map((a) => ({
      ...a,
      id: `app-${a.missionId ?? 'general'}-${a.receivedOn}`,
      status: 'received' as const,
      events: [{ status: 'received' as const, on: a.receivedOn, at: stamp, by: 'u', note: '' }],
      createdAt: stamp,
      updatedAt: stamp,
    })),
  { maxLength: 3 },
);

const check: fc.Arbitrary<DisclosureCheck> = recipient.chain((r) =>
  missionFor(r.id).chain((m) =>
    fc.record({
      candidate,
      mission: fc.constant(m),
      recipient: fc.constant(r),
      consents: consentsFor(m?.id ?? 'mission-1', r.id),
      categories,
      applications,
      today: fc.constantFrom('2026-02-01', '2026-03-12', '2026-03-12'),
    }),
  ),
);

/** An independent, naive reading of P3/Art. 7: the consent that must exist for a client. */
function hasActiveCoveringConsent(input: DisclosureCheck): boolean {
  const m = input.mission;
  if (m === null) return false;
  return input.consents.some(
    (c) =>
      c.candidateId === input.candidate.id &&
      c.missionId === m.id &&
      c.recipientId === input.recipient.id &&
      c.withdrawnOn === null &&
      c.givenOn <= input.today &&
      !input.consents.some((other) => other.supersedes === c.id) &&
      input.categories.every((cat: DataCategory) => c.categories.includes(cat)),
  );
}

const runs = { numRuns: 2000 };

describe('checkDisclosure properties', () => {
  it('never lets a client or partner disclosure through without a signed contract and an active covering consent', () => {
    fc.assert(
      fc.property(check, (input) => {
        const result = checkDisclosure(input);
        if (!result.ok) return;
        if (!isExternal(result.value.audience)) return;
        const m = input.mission;
        expect(m).not.toBeNull();
        expect(m!.contractSignedOn).not.toBeNull();
        expect(m!.contractSignedOn! <= input.today).toBe(true);
        expect(hasActiveCoveringConsent(input)).toBe(true);
        const c = result.value.consent!;
        expect([c.candidateId, c.missionId, c.recipientId]).toEqual([
          input.candidate.id,
          m!.id,
          input.recipient.id,
        ]);
        if (input.recipient.kind === 'client') expect(input.recipient.id).toBe(m!.clientId);
        if (input.recipient.kind === 'partner') expect(input.recipient.id).toBe(m!.partnerId);
      }),
      runs,
    );
  });

  it('never lets anything through to anyone for a restricted, objected or expired candidate, or outside the EEA without a safeguard', () => {
    fc.assert(
      fc.property(check, (input) => {
        const result = checkDisclosure(input);
        if (!result.ok) return;
        const c = input.candidate;
        expect(c.restricted).toBeNull();
        expect(c.objected).toBeNull();
        expect(c.deleteOn === null || c.deleteOn > input.today).toBe(true);
        const r = input.recipient;
        expect(['CH', 'US'].includes(r.country) && !r.transferSafeguard?.trim()).toBe(false);
      }),
      runs,
    );
  });

  it('a refusal lists each reason once, in reading order', () => {
    fc.assert(
      fc.property(check, (input) => {
        const result = checkDisclosure(input);
        if (result.ok) return;
        expect(result.error.reasons.length).toBeGreaterThan(0);
        expect(result.error.reasons).toEqual(
          disclosureRefusalCodes.filter((c) => result.error.reasons.includes(c)),
        );
      }),
      runs,
    );
  });

  it('does not depend on the order of the consents', () => {
    fc.assert(
      fc.property(check, (input) => {
        const a = checkDisclosure(input);
        const b = checkDisclosure({ ...input, consents: [...input.consents].reverse() });
        expect(b.ok).toBe(a.ok);
        if (!a.ok && !b.ok) expect(b.error.reasons).toEqual(a.error.reasons);
      }),
      runs,
    );
  });

  it('withdrawing a consent never turns a refusal into a permission (Art. 7(3))', () => {
    fc.assert(
      fc.property(check, fc.nat(), (input, pick) => {
        if (input.consents.length === 0) return;
        const i = pick % input.consents.length;
        const withdrawn = input.consents.map((c, j) =>
          j === i ? { ...c, withdrawnOn: input.today, withdrawnBy: 'user-1' } : c,
        );
        const before = checkDisclosure(input);
        const after = checkDisclosure({ ...input, consents: withdrawn });
        if (!before.ok) expect(after.ok).toBe(false);
      }),
      runs,
    );
  });

  it('reaches client and partner permits often enough for the properties to mean something', () => {
    const samples = fc.sample(check, { numRuns: 3000, seed: 42 });
    const permits = samples
      .map(checkDisclosure)
      .filter((r) => r.ok && isExternal(r.value.audience));
    expect(permits.length).toBeGreaterThan(50);
  });
});
