import { restrictionForbids } from './restriction';
import type { Application } from './application';
import { assertNever } from './assert-never';
import { indirectSources, type Candidate } from './candidate';
import type { DataCategory, IsoDate } from './common';
import type { Consent } from './consent';
import { consentStates, consentsFor } from './consent-state';
import type { Mission } from './mission';
import { isInEea, type Organisation } from './organisation';
import { err, ok, type Result } from './result';
import { syncTooOld } from './sync/staleness';

/**
 * Every reason a disclosure can be refused, in the order the user reads them: first what the
 * mission and the recipient lack, then the consent, then the candidate's own situation.
 */
export const disclosureRefusalCodes = [
  'recipient-not-on-mission',
  'no-signed-contract',
  'no-consent',
  'consent-withdrawn',
  'category-not-covered',
  'reuse-without-fresh-consent',
  'notice-not-given',
  'restricted',
  'objected',
  'blocked',
  'past-retention',
  'outside-eea-no-safeguard',
  'sync-stale',
] as const;
export type DisclosureRefusalCode = (typeof disclosureRefusalCodes)[number];

/**
 * Who receives the data, which decides the rule that applies:
 * - client: the mission's client (P3).
 * - partner: the partner firm of a joint mission, to submit to the joint client (P4).
 * - third-party: a recipient organisation with role 'other' (or none): "any other person or
 *   company likely to play a role in the context of a clear mission". Treated like a client:
 *   signed contract and a consent naming that recipient, but the mission record cannot list them.
 * - staff: the firm's own partners and admin officers (P5). Not "recipients" in the sense of
 *   Art. 4(9) (same controller): no contract or consent, no Art. 14 notice trigger.
 * - processor: external telesecretaries and the application-management provider (P5). No
 *   client contract or candidate consent (they act for the firm, Art. 28), but they are
 *   recipients, so the Art. 14(3)(c) notice is owed before the first disclosure.
 * Every audience is subject to restriction, objection, retention and the EU/EEA transfer rule.
 */
export type Audience = 'client' | 'partner' | 'third-party' | 'staff' | 'processor';

export function audienceOf(recipient: Organisation): Audience {
  switch (recipient.kind) {
    case 'client':
      return 'client';
    case 'partner':
      return 'partner';
    case 'recipient':
      switch (recipient.role) {
        case 'firm-partner':
        case 'admin':
          return 'staff';
        case 'telesecretary':
        case 'application-provider':
          return 'processor';
        case 'other':
        case null:
          return 'third-party';
        default:
          return assertNever(recipient.role);
      }
    default:
      return assertNever(recipient.kind);
  }
}

/** The audiences that need a mission with a signed contract and the candidate's consent. */
export const isExternal = (a: Audience): boolean =>
  a === 'client' || a === 'partner' || a === 'third-party';

export type DisclosureCheck = {
  candidate: Candidate;
  /** The mission of the application; null for a general application. */
  mission: Mission | null;
  recipient: Organisation;
  /** Every consent recorded for this candidate (the guard picks the relevant ones). */
  consents: readonly Consent[];
  /** What is to be disclosed, including what the chosen files reveal (see disclosure-scope). */
  categories: readonly DataCategory[];
  /** Every application of this candidate (P10 reuse). */
  applications: readonly Application[];
  today: IsoDate;
  /**
   * The retention engine's view: its date when newer than the row's (the earlier of the two
   * applies), and since when the person is blocked (German preset: rejected, kept only to answer
   * a claim), if they are.
   */
  retention?: { deleteOn: IsoDate | null; blockedSince?: IsoDate | null };
  /**
   * On a laptop connected to the office: the day it last synced (null: never). Absent on a
   * laptop that works alone, whose records are the only ones.
   */
  sync?: { lastSyncedOn: IsoDate | null };
};

export type DisclosurePermit = {
  audience: Audience;
  /** The consent the disclosure rests on; null for staff and processors. */
  consent: Consent | null;
  /** A submission to the client (directly or through the partner firm): the pipeline moves. */
  submits: boolean;
};

export type DisclosureRefusal = {
  reasons: DisclosureRefusalCode[];
  /** For 'category-not-covered': what the best active consent is missing. */
  uncovered: DataCategory[];
};

/**
 * P10: a candidate whose data was already in the pool when this mission began is "reused": the
 * data was collected before the mission opened, or came in through another application (general
 * or another mission) before the candidate entered this mission.
 */
export function isPoolReuse(
  candidate: Candidate,
  mission: Mission,
  applications: readonly Application[],
): boolean {
  if (candidate.collectedOn < mission.openedOn) return true;
  const mine = applications.filter(
    (a) => a.candidateId === candidate.id && a.missionId === mission.id,
  );
  const entered = mine.reduce<IsoDate | null>(
    (min, a) => (min === null || a.receivedOn < min ? a.receivedOn : min),
    null,
  );
  return applications.some(
    (a) =>
      a.candidateId === candidate.id &&
      a.missionId !== mission.id &&
      (entered === null || a.receivedOn < entered),
  );
}

const covers = (consent: Consent, categories: readonly DataCategory[]): boolean =>
  categories.every((c) => consent.categories.includes(c));

/** P10: a consent given for this mission, with the data reviewed with the candidate since it opened. */
const isFresh = (consent: Consent, mission: Mission): boolean =>
  consent.givenOn >= mission.openedOn &&
  consent.dataReviewedOn !== null &&
  consent.dataReviewedOn >= mission.openedOn;

/**
 * The disclosure guard: may this candidate's data, in these categories, go to this recipient
 * today? Returns the permit, or every reason it is refused (never just the first), so the user
 * can fix them all at once. Pure: the caller reads the records and passes `today`.
 *
 * Fail-safe readings of odd data: a contract signed "in the future", a consent given in the
 * future and a restriction or objection flag dated in the future all count against disclosure.
 */
export function checkDisclosure(
  input: DisclosureCheck,
): Result<DisclosurePermit, DisclosureRefusal> {
  const { candidate, mission, recipient, categories, today } = input;
  const audience = audienceOf(recipient);
  const reasons = new Set<DisclosureRefusalCode>();
  let uncovered: DataCategory[] = [];
  let consent: Consent | null = null;

  if (isExternal(audience)) {
    // P3, P4: a specific mission whose service contract is signed.
    const onMission =
      mission !== null &&
      (audience === 'client'
        ? mission.clientId === recipient.id
        : audience === 'partner'
          ? mission.partnerId === recipient.id
          : true);
    if (!onMission) reasons.add('recipient-not-on-mission');
    if (mission === null || mission.contractSignedOn === null || mission.contractSignedOn > today)
      reasons.add('no-signed-contract');

    // P3, Art. 7: an active consent naming this candidate, mission and recipient, covering
    // every category.
    const relevant =
      mission === null ? [] : consentsFor(input.consents, candidate.id, mission.id, recipient.id);
    // States over every consent: a (malformed) replacement naming another triple still ends
    // the one it replaced.
    const states = consentStates(input.consents, today);
    const active = relevant
      .filter((c) => states.get(c.id) === 'active')
      .sort((a, b) => (a.givenOn === b.givenOn ? 0 : a.givenOn < b.givenOn ? 1 : -1));
    if (active.length === 0) {
      reasons.add(
        relevant.some((c) => states.get(c.id) === 'withdrawn') ? 'consent-withdrawn' : 'no-consent',
      );
    } else {
      const covering = active.filter((c) => covers(c, categories));
      if (covering.length === 0) {
        reasons.add('category-not-covered');
        uncovered = categories.filter((c) => !active[0]!.categories.includes(c));
      } else {
        consent = covering.find((c) => mission !== null && isFresh(c, mission)) ?? covering[0]!;
      }
    }

    // P10: a pool candidate reused for this mission needs a fresh consent with a data review.
    if (
      mission !== null &&
      isPoolReuse(candidate, mission, input.applications) &&
      (consent === null || !isFresh(consent, mission))
    )
      reasons.add('reuse-without-fresh-consent');
  }

  // Art. 14(3): data not obtained from the candidate; notice owed before the first disclosure to
  // a recipient (not to the firm's own staff).
  if (
    audience !== 'staff' &&
    indirectSources.includes(candidate.source) &&
    (candidate.notice === null || candidate.notice.givenOn > today)
  )
    reasons.add('notice-not-given');

  // Art. 18 and Art. 21 (P11): flags that block processing and disclosure.
  if (restrictionForbids(candidate, 'disclosure')) reasons.add('restricted');
  if (candidate.objected !== null) reasons.add('objected');
  // German preset (AGG § 15(4)): after a rejection the data is kept only to defend a claim
  // (Art. 17(3)(e)), so it may no longer be sent anywhere.
  const blockedSince = input.retention?.blockedSince ?? null;
  if (blockedSince !== null && blockedSince <= today) reasons.add('blocked');

  // P7: at its deletion date the record must go, not travel.
  const deleteOn = earliest(candidate.deleteOn, input.retention?.deleteOn ?? null);
  if (deleteOn !== null && deleteOn <= today) reasons.add('past-retention');

  // P5, Art. 44-46: outside the EU/EEA only with a recorded safeguard.
  if (!isInEea(recipient.country) && (recipient.transferSafeguard ?? '').trim() === '')
    reasons.add('outside-eea-no-safeguard');

  // A consent may have been withdrawn elsewhere (Art. 7(3)): a week without sync, sync first.
  if (input.sync && syncTooOld(input.sync.lastSyncedOn, today)) reasons.add('sync-stale');

  if (reasons.size > 0)
    return err({ reasons: disclosureRefusalCodes.filter((c) => reasons.has(c)), uncovered });
  return ok({ audience, consent, submits: audience === 'client' || audience === 'partner' });
}

const earliest = (a: IsoDate | null, b: IsoDate | null): IsoDate | null =>
  a === null ? b : b === null ? a : a < b ? a : b;
