import type { Application, ApplicationEvent } from './application';
import { assertNever } from './assert-never';
import { addMonths } from './calendar';
import type { IsoDate } from './common';
import type { Consent } from './consent';
import { policyRetention, type RetentionRules } from './settings';

/**
 * The deletion date of a person (SPEC §3, P7, P10): the latest of (qualifying event date + that
 * event's period). Pure: the rules and the person's dated events are all it reads. Editing a
 * typo is not an event, so it never moves the date.
 */

/** Where a period comes from, as the candidate page names it. */
export const ruleRefs = [
  'P7',
  'P8',
  'P10',
  'contacts',
  'cnil',
  'germany',
  'custom',
  'referee',
] as const;
export type RuleRef = (typeof ruleRefs)[number];

export const qualifyingEvents = [
  /** Data collected with no position in view: a general application (P7, 3 months). */
  'collected',
  'general-received',
  'position-received',
  'submitted',
  'hired',
  'rejected',
  /** Consent renewed with a data review (P10). */
  'renewed-consent',
  /** CNIL guide: the last contact with a pool candidate. */
  'pool-contact',
  /** A client contact's last contact (P13; the policy is silent, CNIL practice). */
  'last-contact',
  /** A referee is kept as long as their candidate. */
  'candidate-kept',
] as const;
export type QualifyingEvent = (typeof qualifyingEvents)[number];

export type RetentionReason = {
  event: QualifyingEvent;
  on: IsoDate;
  months: number;
  /** on + months: the date this event alone keeps the person until. */
  until: IsoDate;
  rule: RuleRef;
  missionId?: string;
  applicationId?: string;
};

export type RetentionDate = {
  /** Kept until this day included; erased by the first sweep after it. */
  deleteOn: IsoDate;
  /** The events that set the date (ties give several lines). */
  because: RetentionReason[];
  /** Every qualifying event found, latest first. */
  considered: RetentionReason[];
  /** German preset: rejected everywhere, kept only for legal claims since this date. */
  blockedSince: IsoDate | null;
};

export type CandidateHistory = {
  collectedOn: IsoDate;
  applications: readonly (Pick<Application, 'id' | 'missionId' | 'receivedOn' | 'status'> & {
    events: readonly Pick<ApplicationEvent, 'status' | 'on'>[];
  })[];
  consents: readonly Pick<Consent, 'missionId' | 'givenOn' | 'dataReviewedOn' | 'withdrawnOn'>[];
};

const policyMonths: Partial<Record<QualifyingEvent, number>> = {
  collected: policyRetention.generalApplicationMonths,
  'general-received': policyRetention.generalApplicationMonths,
  'position-received': policyRetention.positionApplicationMonths,
  submitted: policyRetention.submittedMonths,
  hired: policyRetention.hiredMonths,
  'renewed-consent': policyRetention.renewedConsentMonths,
};

/** The rule a line cites: the preset's source, or the policy line when the period is the policy's. */
function ruleFor(rules: RetentionRules, event: QualifyingEvent, months: number): RuleRef {
  switch (event) {
    case 'last-contact':
      return 'contacts';
    case 'candidate-kept':
      return 'referee';
    case 'rejected':
      return rules.preset === 'germany' ? 'germany' : 'custom';
    case 'pool-contact':
      return rules.preset === 'cnil' ? 'cnil' : 'custom';
    case 'collected':
    case 'general-received':
    case 'position-received':
    case 'submitted':
    case 'hired':
    case 'renewed-consent':
      if (rules.preset === 'cnil') return 'cnil';
      if (months !== policyMonths[event]) return 'custom';
      return event === 'renewed-consent' ? 'P10' : 'P7';
    default:
      return assertNever(event);
  }
}

const latest = (dates: readonly IsoDate[]): IsoDate | null =>
  dates.reduce<IsoDate | null>((a, d) => (a === null || d > a ? d : a), null);

const datesOf = (
  events: readonly Pick<ApplicationEvent, 'status' | 'on'>[],
  status: ApplicationEvent['status'],
) => events.filter((e) => e.status === status).map((e) => e.on);

function conclude(lines: RetentionReason[], blockedSince: IsoDate | null): RetentionDate {
  if (lines.length === 0) throw new Error('a person always has at least one qualifying event');
  const considered = [...lines].sort((a, b) =>
    a.until !== b.until ? (a.until < b.until ? 1 : -1) : a.on < b.on ? 1 : a.on > b.on ? -1 : 0,
  );
  const deleteOn = considered[0]!.until;
  const ties = considered.filter((l) => l.until === deleteOn);
  // "Collected" only explains the date when nothing more telling gives the same date.
  const telling = ties.filter((l) => l.event !== 'collected');
  return {
    deleteOn,
    because: telling.length > 0 ? telling : ties,
    considered,
    blockedSince,
  };
}

function line(
  rules: RetentionRules,
  event: QualifyingEvent,
  on: IsoDate,
  months: number,
  extra: { missionId?: string | null; applicationId?: string } = {},
): RetentionReason {
  const out: RetentionReason = {
    event,
    on,
    months,
    until: addMonths(on, months),
    rule: ruleFor(rules, event, months),
  };
  if (extra.missionId) out.missionId = extra.missionId;
  if (extra.applicationId) out.applicationId = extra.applicationId;
  return out;
}

/** A candidate's deletion date and why (P7, P10, and the presets). */
export function candidateRetention(
  history: CandidateHistory,
  rules: RetentionRules,
): RetentionDate {
  const lines: RetentionReason[] = [
    line(rules, 'collected', history.collectedOn, rules.generalApplicationMonths),
  ];
  const contacts: { on: IsoDate; missionId: string | null }[] = [
    { on: history.collectedOn, missionId: null },
  ];
  const rejections: IsoDate[] = [];

  for (const app of history.applications) {
    const ref = { missionId: app.missionId, applicationId: app.id };
    for (const e of app.events) contacts.push({ on: e.on, missionId: app.missionId });
    contacts.push({ on: app.receivedOn, missionId: app.missionId });

    const rejectedOn = app.status === 'rejected' ? latest(datesOf(app.events, 'rejected')) : null;
    if (rejectedOn !== null) rejections.push(rejectedOn);
    if (rejectedOn !== null && rules.rejectedMonths !== null) {
      // German preset: a rejection closes the application; only the claim window remains.
      lines.push(line(rules, 'rejected', rejectedOn, rules.rejectedMonths, ref));
      continue;
    }
    const received = latest([app.receivedOn, ...datesOf(app.events, 'received')])!;
    lines.push(
      app.missionId === null
        ? line(rules, 'general-received', received, rules.generalApplicationMonths, ref)
        : line(rules, 'position-received', received, rules.positionApplicationMonths, ref),
    );
    const submitted = latest(datesOf(app.events, 'submitted'));
    if (submitted) lines.push(line(rules, 'submitted', submitted, rules.submittedMonths, ref));
    const hired = latest(datesOf(app.events, 'hired'));
    if (hired) lines.push(line(rules, 'hired', hired, rules.hiredMonths, ref));
  }

  let renewedAfter: IsoDate | null = null;
  for (const c of history.consents) {
    contacts.push({ on: c.givenOn, missionId: c.missionId });
    // A withdrawn consent never extends retention; only a renewal with a data review counts (P10).
    if (c.withdrawnOn !== null || c.dataReviewedOn === null) continue;
    const on = c.dataReviewedOn > c.givenOn ? c.dataReviewedOn : c.givenOn;
    contacts.push({ on, missionId: c.missionId });
    renewedAfter = latest([on, ...(renewedAfter ? [renewedAfter] : [])]);
    lines.push(
      line(rules, 'renewed-consent', on, rules.renewedConsentMonths, { missionId: c.missionId }),
    );
  }

  if (rules.poolLastContactMonths !== null) {
    const last = contacts.reduce((a, c) => (c.on > a.on ? c : a));
    lines.push(
      line(rules, 'pool-contact', last.on, rules.poolLastContactMonths, {
        missionId: last.missionId,
      }),
    );
  }

  const lastRejection = latest(rejections);
  const allRejected =
    history.applications.length > 0 && rejections.length === history.applications.length;
  const blockedSince =
    rules.blockAfterRejection &&
    allRejected &&
    lastRejection !== null &&
    (renewedAfter === null || renewedAfter < lastRejection)
      ? lastRejection
      : null;
  return conclude(lines, blockedSince);
}

/** A client contact: the contact period after the last contact (policy silent; CNIL practice). */
export function contactRetention(
  contact: { lastContactOn: IsoDate },
  rules: RetentionRules,
): RetentionDate {
  return conclude([line(rules, 'last-contact', contact.lastContactOn, rules.contactMonths)], null);
}

/**
 * A referee is kept as long as their candidate; one whose candidate is gone counts as a general
 * application from when it was recorded.
 */
export function refereeRetention(
  candidate: RetentionDate | null,
  recordedOn: IsoDate,
  rules: RetentionRules,
): RetentionDate {
  if (candidate === null)
    return conclude([line(rules, 'collected', recordedOn, rules.generalApplicationMonths)], null);
  return conclude([line(rules, 'candidate-kept', candidate.deleteOn, 0)], candidate.blockedSince);
}
