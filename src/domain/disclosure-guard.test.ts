import { describe, expect, it } from 'vitest';
import { applicationRow, type Application } from './application';
import { candidateRow, type Candidate } from './candidate';
import { consentRow, type Consent } from './consent';
import {
  checkDisclosure,
  disclosureRefusalCodes,
  isPoolReuse,
  type DisclosureCheck,
  type DisclosureRefusalCode,
} from './disclosure-guard';
import { missionRow, type Mission } from './mission';
import { organisationRow, type Organisation } from './organisation';

// Plain rows parsed by their own schemas (domain tests use no outside builders).
const stamp = '2026-01-05T10:00:00.000Z';
const buildCandidate = (over: Partial<Candidate> = {}): Candidate =>
  candidateRow.parse({
    id: 'cand-1',
    identity: { firstName: 'Hélène', lastName: 'Müller', language: 'fr' },
    contact: { emails: [], phones: [], addresses: [] },
    source: 'email',
    collectedOn: '2026-01-05',
    createdAt: stamp,
    updatedAt: stamp,
    sortName: 'muller helene',
    searchTokens: [],
    noticeDueOn: null,
    deleteOn: null,
    ...over,
  });
const buildOrganisation = (over: Partial<Organisation> = {}): Organisation =>
  organisationRow.parse({
    id: 'org-client',
    kind: 'client',
    name: 'Stahlwerk Saar GmbH',
    country: 'DE',
    language: 'de',
    createdAt: stamp,
    updatedAt: stamp,
    sortName: 'stahlwerk saar gmbh',
    ...over,
  });
const buildMission = (over: Partial<Mission> = {}): Mission =>
  missionRow.parse({
    id: 'mission-1',
    clientId: 'org-client',
    position: 'Directeur financier',
    contractSignedOn: '2026-01-02',
    openedOn: '2026-01-02',
    createdAt: stamp,
    updatedAt: stamp,
    sortTitle: 'directeur financier',
    ...over,
  });
const buildConsent = (over: Partial<Consent> = {}): Consent =>
  consentRow.parse({
    id: 'consent-1',
    candidateId: 'cand-1',
    missionId: 'mission-1',
    recipientId: 'org-client',
    form: 'verbal',
    givenOn: '2026-02-01',
    script: 'Script FR-2026: may we send your profile to the client named?',
    categories: ['identity', 'experience'],
    recordedBy: 'user-test',
    recordedAt: stamp,
    ...over,
  });
let appSeq = 0;
const buildApplication = (over: Partial<Application> = {}): Application => {
  const receivedOn = over.receivedOn ?? '2026-01-05';
  return applicationRow.parse({
    id: `app-${++appSeq}`,
    candidateId: 'cand-1',
    missionId: null,
    receivedOn,
    status: 'received',
    events: [{ status: 'received', on: receivedOn, at: `${receivedOn}T09:00:00.000Z`, by: 'u' }],
    createdAt: stamp,
    updatedAt: stamp,
    ...over,
  });
};

/**
 * Table-driven tests: each row cites the policy line (privacy-policy.txt, January 2020) or the
 * article it enforces. The baseline is a disclosure that is allowed; each case breaks one thing.
 */
const today = '2026-03-12';

function baseline(): DisclosureCheck {
  const candidate = buildCandidate({ id: 'cand-1', source: 'email', collectedOn: '2026-01-05' });
  const recipient = buildOrganisation({ id: 'org-client', kind: 'client', country: 'DE' });
  const mission = buildMission({
    id: 'mission-1',
    clientId: 'org-client',
    contractSignedOn: '2026-01-02',
    openedOn: '2026-01-02',
  });
  return {
    candidate,
    mission,
    recipient,
    consents: [
      buildConsent({
        id: 'consent-1',
        candidateId: 'cand-1',
        missionId: 'mission-1',
        recipientId: 'org-client',
        givenOn: '2026-02-01',
        categories: ['identity', 'experience', 'qualifications'],
      }),
    ],
    categories: ['identity', 'experience'],
    applications: [
      buildApplication({ candidateId: 'cand-1', missionId: 'mission-1', receivedOn: '2026-01-05' }),
    ],
    today,
  };
}

type Case = {
  code: DisclosureRefusalCode;
  cite: string;
  name: string;
  change: (c: DisclosureCheck) => DisclosureCheck;
  /** Other reasons that necessarily come with this situation. */
  also?: DisclosureRefusalCode[];
};

const withConsent = (c: DisclosureCheck, over: Parameters<typeof buildConsent>[0]) => ({
  ...c,
  consents: [buildConsent({ ...c.consents[0]!, ...over })],
});

const cases: Case[] = [
  {
    code: 'no-signed-contract',
    cite: 'P3, policy: "only ... potential employers with whom we have signed a service contract"',
    name: 'the mission has no signed date',
    change: (c) => ({ ...c, mission: buildMission({ ...c.mission!, contractSignedOn: null }) }),
  },
  {
    code: 'no-signed-contract',
    cite: 'P3, policy: "We only work on specific missions for which a ... contract has been signed"',
    name: 'the contract is dated after today',
    change: (c) => ({
      ...c,
      mission: buildMission({ ...c.mission!, contractSignedOn: '2026-03-13' }),
    }),
  },
  {
    code: 'no-consent',
    cite: 'P3, policy: "only after we have obtained your written or verbal consent"',
    name: 'no consent at all',
    change: (c) => ({ ...c, consents: [] }),
  },
  {
    code: 'no-consent',
    cite: 'P3, Art. 7(1): the consent names the mission',
    name: 'the consent is for another mission',
    change: (c) => withConsent(c, { missionId: 'mission-other' }),
  },
  {
    code: 'no-consent',
    cite: 'P3, Art. 7(1): the consent names the recipient',
    name: 'the consent is for another client',
    change: (c) => withConsent(c, { recipientId: 'org-other' }),
  },
  {
    code: 'no-consent',
    cite: 'P3, Art. 7(1): the consent names the candidate',
    name: 'the consent is another candidate’s',
    change: (c) => withConsent(c, { candidateId: 'cand-other' }),
  },
  {
    code: 'no-consent',
    cite: 'Art. 7(1): a consent is provable only once given',
    name: 'the consent is dated after today',
    change: (c) => withConsent(c, { givenOn: '2026-03-20' }),
  },
  {
    code: 'consent-withdrawn',
    cite: 'Art. 7(3): withdrawal stops further processing',
    name: 'the only consent was withdrawn',
    change: (c) => withConsent(c, { withdrawnOn: '2026-03-01', withdrawnBy: 'user-test' }),
  },
  {
    code: 'consent-withdrawn',
    cite: 'Art. 7(3): a withdrawn replacement does not revive the consent it replaced',
    name: 'the consent was superseded, then its replacement withdrawn',
    change: (c) => ({
      ...c,
      consents: [
        c.consents[0]!,
        buildConsent({
          ...c.consents[0]!,
          id: 'consent-2',
          supersedes: 'consent-1',
          withdrawnOn: '2026-03-01',
          withdrawnBy: 'user-test',
        }),
      ],
    }),
  },
  {
    code: 'category-not-covered',
    cite: 'P2, Art. 7(1): consent is specific; psychometric results were not agreed',
    name: 'a requested category is outside the consent',
    change: (c) => ({ ...c, categories: ['identity', 'psychometrics'] }),
  },
  {
    code: 'notice-not-given',
    cite: 'Art. 14(3)(c): notice at the latest at the first disclosure (policy: LinkedIn/Xing)',
    name: 'found on LinkedIn and never informed',
    change: (c) => ({
      ...c,
      candidate: buildCandidate({ ...c.candidate, source: 'social-media', notice: null }),
    }),
  },
  {
    code: 'notice-not-given',
    cite: 'Art. 14(3): a notice dated after today has not been given',
    name: 'research officer source, notice dated tomorrow',
    change: (c) => ({
      ...c,
      candidate: buildCandidate({
        ...c.candidate,
        source: 'research-officer',
        notice: { givenOn: '2026-03-13', channel: 'email', givenBy: 'A. Martin' },
      }),
    }),
  },
  {
    code: 'restricted',
    cite: 'Art. 18(2), P11: "Request the processing ... to be restricted"',
    name: 'the candidate asked for restriction',
    change: (c) => ({
      ...c,
      candidate: buildCandidate({
        ...c.candidate,
        restricted: { since: '2026-03-01', requestId: 'req-1' },
      }),
    }),
  },
  {
    code: 'objected',
    cite: 'Art. 21(1), P11: "Object to your personal data being processed"',
    name: 'the candidate objected',
    change: (c) => ({
      ...c,
      candidate: buildCandidate({
        ...c.candidate,
        objected: { since: '2026-03-01', requestId: null },
      }),
    }),
  },
  {
    code: 'blocked',
    cite: 'German preset, AGG § 15(4), Art. 17(3)(e): a rejected candidate is kept only to defend a claim',
    name: 'the candidate is blocked since a rejection',
    change: (c) => ({
      ...c,
      retention: { deleteOn: c.retention?.deleteOn ?? null, blockedSince: '2026-03-01' },
    }),
  },
  {
    code: 'past-retention',
    cite: 'P7, Art. 5(1)(e): "we delete data when its retention is no longer justified"',
    name: 'the deletion date is today',
    change: (c) => ({ ...c, candidate: buildCandidate({ ...c.candidate, deleteOn: today }) }),
  },
  {
    code: 'past-retention',
    cite: 'P7: the retention engine’s newer, earlier date applies',
    name: 'the retention info says it is past',
    change: (c) => ({
      ...c,
      candidate: buildCandidate({ ...c.candidate, deleteOn: '2027-01-01' }),
      retention: { deleteOn: '2026-03-01', blockedSince: c.retention?.blockedSince ?? null },
    }),
  },
  {
    code: 'sync-stale',
    cite: 'Art. 7(3): a consent may have been withdrawn on another laptop; sync first',
    name: 'a connected laptop last synced eight days ago',
    change: (c) => ({ ...c, sync: { lastSyncedOn: '2026-03-04' } }),
  },
  {
    code: 'sync-stale',
    cite: 'Art. 7(3): a connected laptop that never synced knows none of the firm’s withdrawals',
    name: 'a connected laptop that never synced',
    change: (c) => ({ ...c, sync: { lastSyncedOn: null } }),
  },
  {
    code: 'outside-eea-no-safeguard',
    cite: 'P5, Art. 44-46; policy: "stored only in our own computer system located in France"',
    name: 'a Swiss client with no recorded safeguard',
    change: (c) => ({ ...c, recipient: buildOrganisation({ ...c.recipient, country: 'CH' }) }),
  },
  {
    code: 'outside-eea-no-safeguard',
    cite: 'Art. 46: a blank safeguard is no safeguard',
    name: 'a US client whose safeguard is blank',
    change: (c) => ({
      ...c,
      recipient: buildOrganisation({ ...c.recipient, country: 'US', transferSafeguard: '   ' }),
    }),
  },
  {
    code: 'reuse-without-fresh-consent',
    cite: 'P10, policy: "only be reused ... after we have updated your personal information in consultation with you"',
    name: 'a pool candidate from 2025, consent without a data review',
    change: (c) => ({
      ...c,
      candidate: buildCandidate({ ...c.candidate, collectedOn: '2025-06-01' }),
    }),
  },
  {
    code: 'reuse-without-fresh-consent',
    cite: 'P10: the data review must come after the mission opened',
    name: 'a pool candidate whose data were reviewed before the mission opened',
    change: (c) => ({
      ...withConsent(c, { dataReviewedOn: '2025-12-15' }),
      candidate: buildCandidate({ ...c.candidate, collectedOn: '2025-06-01' }),
    }),
  },
  {
    code: 'reuse-without-fresh-consent',
    cite: 'P10: data that came in through another application are reused',
    name: 'an earlier general application',
    change: (c) => ({
      ...c,
      applications: [
        ...c.applications,
        buildApplication({ candidateId: 'cand-1', missionId: null, receivedOn: '2026-01-04' }),
      ],
    }),
  },
  {
    code: 'recipient-not-on-mission',
    cite: 'P3: "specific potential employers" — the client of this mission only',
    name: 'the mission belongs to another client',
    change: (c) => ({ ...c, mission: buildMission({ ...c.mission!, clientId: 'org-other' }) }),
  },
  {
    code: 'recipient-not-on-mission',
    cite: 'P4: partner firms "only in the context of a specific mission ... our joint client"',
    name: 'a partner firm that is not on this mission',
    change: (c) => ({
      ...withConsent(c, { recipientId: 'org-partner' }),
      recipient: buildOrganisation({ id: 'org-partner', kind: 'partner', country: 'FR' }),
    }),
  },
];

describe('checkDisclosure: the baseline', () => {
  it('allows a client disclosure with a signed contract and a covering consent (P3)', () => {
    const result = checkDisclosure(baseline());
    expect(result).toMatchObject({
      ok: true,
      value: { audience: 'client', submits: true, consent: { id: 'consent-1' } },
    });
  });
});

describe('checkDisclosure: each reason alone', () => {
  it.each(cases)('$code: $name ($cite)', ({ code, change, also }) => {
    const result = checkDisclosure(change(baseline()));
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.reasons).toEqual(sortCodes([code, ...(also ?? [])]));
  });

  it('names the categories the consent does not cover', () => {
    const b = baseline();
    const result = checkDisclosure({ ...b, categories: ['psychometrics', 'identity', 'contact'] });
    expect(result).toEqual({
      ok: false,
      error: { reasons: ['category-not-covered'], uncovered: ['psychometrics', 'contact'] },
    });
  });

  it('covers every code in the table', () => {
    expect(new Set(cases.map((c) => c.code))).toEqual(new Set(disclosureRefusalCodes));
  });
});

const sortCodes = (codes: DisclosureRefusalCode[]) =>
  disclosureRefusalCodes.filter((c) => codes.includes(c));

describe('checkDisclosure: every combination', () => {
  // One representative per code. The three consent codes exclude each other (a consent is
  // missing, withdrawn or too narrow); every other code is independent. All 2^9 × 4 mixes.
  const independent = [
    'recipient-not-on-mission',
    'no-signed-contract',
    'reuse-without-fresh-consent',
    'notice-not-given',
    'restricted',
    'objected',
    'blocked',
    'past-retention',
    'outside-eea-no-safeguard',
  ] as const;
  const consentCodes = [null, 'no-consent', 'consent-withdrawn', 'category-not-covered'] as const;
  const first = (code: DisclosureRefusalCode) => cases.find((c) => c.code === code)!.change;

  it('returns exactly the union of the reasons, in reading order', () => {
    let checked = 0;
    for (let mask = 0; mask < 1 << independent.length; mask++) {
      for (const consentCode of consentCodes) {
        const codes: DisclosureRefusalCode[] = independent.filter((_, i) => mask & (1 << i));
        if (consentCode) codes.push(consentCode);
        const input = codes.reduce((acc, code) => first(code)(acc), baseline());
        const result = checkDisclosure(input);
        if (codes.length === 0) expect(result.ok).toBe(true);
        else
          expect(result.ok ? [] : result.error.reasons, codes.join('+')).toEqual(sortCodes(codes));
        checked++;
      }
    }
    expect(checked).toBe(2048);
  });
});

describe('checkDisclosure: what still lets a disclosure through', () => {
  it('uses the replacement of a superseded consent (Art. 7: a change is a new record)', () => {
    const b = baseline();
    const result = checkDisclosure({
      ...b,
      consents: [
        buildConsent({ ...b.consents[0]!, categories: ['identity'] }),
        buildConsent({ ...b.consents[0]!, id: 'consent-2', supersedes: 'consent-1' }),
      ],
    });
    expect(result).toMatchObject({ ok: true, value: { consent: { id: 'consent-2' } } });
  });

  it('ignores a superseded consent that covered more (the replacement narrowed it)', () => {
    const b = baseline();
    const result = checkDisclosure({
      ...b,
      consents: [
        b.consents[0]!,
        buildConsent({
          ...b.consents[0]!,
          id: 'consent-2',
          supersedes: 'consent-1',
          categories: ['identity'],
        }),
      ],
    });
    expect(result.ok ? [] : result.error.reasons).toEqual(['category-not-covered']);
  });

  it('accepts an indirect source once the Art. 14 notice was given', () => {
    const b = baseline();
    const candidate = buildCandidate({
      ...b.candidate,
      source: 'social-media',
      notice: { givenOn: '2026-01-20', channel: 'email', givenBy: 'A. Martin' },
    });
    expect(checkDisclosure({ ...b, candidate }).ok).toBe(true);
  });

  it('accepts a reused pool candidate with a fresh consent and a data review (P10)', () => {
    const b = withConsent(baseline(), { givenOn: '2026-02-01', dataReviewedOn: '2026-02-01' });
    const candidate = buildCandidate({ ...b.candidate, collectedOn: '2024-05-01' });
    expect(checkDisclosure({ ...b, candidate }).ok).toBe(true);
  });

  it('prefers the fresh consent among several active ones', () => {
    const b = baseline();
    const candidate = buildCandidate({ ...b.candidate, collectedOn: '2024-05-01' });
    const consents = [
      buildConsent({ ...b.consents[0]!, id: 'fresh', dataReviewedOn: '2026-02-01' }),
      buildConsent({ ...b.consents[0]!, id: 'newer', givenOn: '2026-03-01' }),
    ];
    expect(checkDisclosure({ ...b, candidate, consents })).toMatchObject({
      ok: true,
      value: { consent: { id: 'fresh' } },
    });
  });

  it('accepts a recipient outside the EEA with a recorded safeguard (Art. 46)', () => {
    const b = baseline();
    const recipient = buildOrganisation({
      ...b.recipient,
      country: 'CH',
      transferSafeguard: 'Adequacy decision 2000/518/EC',
    });
    expect(checkDisclosure({ ...b, recipient }).ok).toBe(true);
  });

  it('accepts the partner firm of a joint mission with its own consent (P4)', () => {
    const b = withConsent(baseline(), { recipientId: 'org-partner' });
    const recipient = buildOrganisation({ id: 'org-partner', kind: 'partner', country: 'FR' });
    const mission = buildMission({ ...b.mission!, partnerId: 'org-partner' });
    expect(checkDisclosure({ ...b, recipient, mission })).toMatchObject({
      ok: true,
      value: { audience: 'partner', submits: true },
    });
  });

  it('refuses the client consent for the partner firm (the consent names its recipient)', () => {
    const b = baseline();
    const recipient = buildOrganisation({ id: 'org-partner', kind: 'partner', country: 'FR' });
    const mission = buildMission({ ...b.mission!, partnerId: 'org-partner' });
    const result = checkDisclosure({ ...b, recipient, mission });
    expect(result.ok ? [] : result.error.reasons).toEqual(['no-consent']);
  });

  it('a general application has no mission: nothing goes to a client (P3)', () => {
    const result = checkDisclosure({ ...baseline(), mission: null });
    expect(result.ok ? [] : result.error.reasons).toEqual([
      'recipient-not-on-mission',
      'no-signed-contract',
      'no-consent',
    ]);
  });
});

describe('checkDisclosure: internal recipients (P5)', () => {
  const internal = (role: 'firm-partner' | 'admin' | 'telesecretary' | 'application-provider') =>
    buildOrganisation({ id: `org-${role}`, kind: 'recipient', role, country: 'FR' });

  it.each(['firm-partner', 'admin', 'telesecretary', 'application-provider'] as const)(
    '%s needs no client contract, mission or consent',
    (role) => {
      const result = checkDisclosure({
        ...baseline(),
        recipient: internal(role),
        mission: null,
        consents: [],
        categories: ['identity', 'psychometrics', 'interviews'],
      });
      expect(result).toMatchObject({ ok: true, value: { consent: null, submits: false } });
    },
  );

  it('the firm’s own staff are not Art. 4(9) recipients: no notice needed', () => {
    const b = baseline();
    const candidate = buildCandidate({ ...b.candidate, source: 'social-media', notice: null });
    for (const role of ['firm-partner', 'admin'] as const)
      expect(checkDisclosure({ ...b, candidate, recipient: internal(role) }).ok).toBe(true);
  });

  it('processors are recipients: the Art. 14(3)(c) notice comes first', () => {
    const b = baseline();
    const candidate = buildCandidate({ ...b.candidate, source: 'social-media', notice: null });
    for (const role of ['telesecretary', 'application-provider'] as const) {
      const result = checkDisclosure({ ...b, candidate, recipient: internal(role) });
      expect(result.ok ? [] : result.error.reasons).toEqual(['notice-not-given']);
    }
  });

  it('keeps the EU/EEA rule, restriction, objection and retention (P5, Art. 18, 21, P7)', () => {
    const b = baseline();
    const recipient = buildOrganisation({ ...internal('application-provider'), country: 'US' });
    const candidate = buildCandidate({
      ...b.candidate,
      restricted: { since: '2026-03-01', requestId: null },
      objected: { since: '2026-03-01', requestId: null },
      deleteOn: '2026-03-01',
    });
    const result = checkDisclosure({ ...b, candidate, recipient, consents: [] });
    expect(result.ok ? [] : result.error.reasons).toEqual([
      'restricted',
      'objected',
      'past-retention',
      'outside-eea-no-safeguard',
    ]);
  });

  it('treats a recipient with role "other" like a client: contract and its own consent', () => {
    const b = baseline();
    const recipient = buildOrganisation({ id: 'org-other', kind: 'recipient', role: 'other' });
    const refused = checkDisclosure({ ...b, recipient });
    expect(refused.ok ? [] : refused.error.reasons).toEqual(['no-consent']);
    const allowed = withConsent({ ...b, recipient }, { recipientId: 'org-other' });
    expect(checkDisclosure(allowed)).toMatchObject({
      ok: true,
      value: { audience: 'third-party', submits: false },
    });
    const noContract = {
      ...allowed,
      mission: buildMission({ ...b.mission!, contractSignedOn: null }),
    };
    const r = checkDisclosure(noContract);
    expect(r.ok ? [] : r.error.reasons).toEqual(['no-signed-contract']);
  });
});

describe('isPoolReuse (P10)', () => {
  const b = baseline();
  it('a candidate who came in for this mission is not reused', () => {
    expect(isPoolReuse(b.candidate, b.mission!, b.applications)).toBe(false);
  });
  it('a later application to another mission does not make this one a reuse', () => {
    const later = buildApplication({
      candidateId: 'cand-1',
      missionId: 'mission-9',
      receivedOn: '2026-02-20',
    });
    expect(isPoolReuse(b.candidate, b.mission!, [...b.applications, later])).toBe(false);
  });
  it('another application before entering this mission is a reuse', () => {
    const earlier = buildApplication({
      candidateId: 'cand-1',
      missionId: 'mission-9',
      receivedOn: '2026-01-03',
    });
    expect(isPoolReuse(b.candidate, b.mission!, [...b.applications, earlier])).toBe(true);
  });
  it('another candidate’s applications do not count', () => {
    const other = buildApplication({ candidateId: 'cand-2', receivedOn: '2026-01-03' });
    expect(isPoolReuse(b.candidate, b.mission!, [...b.applications, other])).toBe(false);
  });
});
