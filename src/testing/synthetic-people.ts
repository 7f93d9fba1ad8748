import type { Application, ApplicationEvent, PipelineStatus } from '../domain/application';
import type { Candidate, CandidateSource } from '../domain/candidate';
import { indirectSources } from '../domain/candidate';
import type { DataCategory, LanguageCode } from '../domain/common';
import type { Consent } from '../domain/consent';
import type { Disclosure } from '../domain/disclosure';
import type { Mission } from '../domain/mission';
import type { Referee } from '../domain/referee';
import { candidateListKeys } from '../domain/list-keys';
import { personKeys } from '../domain/person-keys';
import { candidateRetention } from '../domain/retention';
import { policyRetention } from '../domain/settings';
import { addMonthsToDay, dayOfIso, instantOn, isoOfDay } from './synthetic-dates';
import { idKinds, type SyntheticFirm } from './synthetic-firm';
import * as names from './synthetic-names';
import { syntheticUuid, type Rng } from './synthetic-random';

/**
 * One person at a time: a candidate, their applications with dated events, the consents and
 * disclosures of their submissions and their referees. Dates obey the policy's periods (P7) so
 * that exactly the chosen people are due for deletion today and every other person is at least
 * a week away from it, whatever the retention engine's rounding at month ends.
 */
export type Person = {
  candidate: Candidate;
  referees: Referee[];
  applications: Application[];
  consents: Consent[];
  disclosures: Disclosure[];
};

export type PeopleContext = {
  seed: number;
  rng: Rng;
  firm: SyntheticFirm;
  today: number;
  /** Minute of the day of `now`, so nothing is stamped later than `now`. */
  nowMinute: number;
  counters: Record<
    'application' | 'consent' | 'disclosure' | 'referee' | 'note' | 'psychometric',
    number
  >;
  missionDays: number[];
};

const general = 3;
const position = 36;

const sources: readonly (readonly [CandidateSource, number])[] = [
  ['email', 20],
  ['website', 14],
  ['job-ad-reply', 20],
  ['unsolicited', 8],
  ['phone-letter', 3],
  ['social-media', 13],
  ['direct-approach', 12],
  ['research-officer', 6],
  ['referral', 4],
];

function nextId(ctx: PeopleContext, kind: keyof PeopleContext['counters']): string {
  return syntheticUuid(ctx.seed, idKinds[kind], ctx.counters[kind]++);
}

function stampOn(ctx: PeopleContext, day: number): string {
  const minute = day >= ctx.today ? ctx.rng.int(0, ctx.nowMinute) : ctx.rng.int(480, 1140);
  return instantOn(day, minute);
}

/** A mission opened within 6 months before the day, preferably still open on that day. */
function missionFor(ctx: PeopleContext, day: number): Mission | null {
  const days = ctx.missionDays;
  let hi = days.length;
  let lo = 0;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (days[mid]! <= day) lo = mid + 1;
    else hi = mid;
  }
  const last = lo - 1;
  if (last < 0) return null;
  let first = last;
  while (first > 0 && days[first - 1]! >= day - 180) first--;
  const m = ctx.firm.missions[ctx.rng.int(first, last)]!;
  if (m.closedOn === null || m.closedOn >= isoOfDay(day)) return m;
  // The drawn one had closed: the latest opened before the day, closed or not, will do.
  return ctx.firm.missions[last]!;
}

function personName(rng: Rng, lang: LanguageCode) {
  const firstName = rng.pick(names.firstNames[lang]);
  const lastName = rng.chance(0.05)
    ? rng.pick(names.particleNames[lang])
    : rng.pick(names.lastNames[lang]);
  return { firstName, lastName };
}

function phoneFor(rng: Rng, lang: LanguageCode): string {
  const two = () => String(rng.int(0, 99)).padStart(2, '0');
  if (lang === 'de')
    return `${rng.pick(['+49 151', '+49 171', '0170', '0160'])} ${rng.int(1000000, 99999999)}`;
  if (lang === 'en') return `+44 7${rng.int(100, 999)} ${rng.int(100000, 999999)}`;
  return rng.chance(0.5)
    ? `0${rng.int(6, 7)} ${two()} ${two()} ${two()} ${two()}`
    : `+33 ${rng.int(6, 7)} ${two()} ${two()} ${two()} ${two()}`;
}

type Window = { from: number; to: number };

/**
 * The application windows for one person: due people only get expired dates; an expiring person
 * one general application received so that its 3 months end 1 to 6 days from today (a month
 * end may move the date back by up to 3 days, so the target is 4 to 6 days ahead): before
 * everyone else, who is at least a week away.
 */
function planApplications(
  ctx: PeopleContext,
  due: boolean,
  expiring: boolean,
): { positioned: boolean; day: number }[] {
  const { rng, today } = ctx;
  if (expiring)
    return [{ positioned: false, day: addMonthsToDay(today + rng.int(4, 6), -general) }];
  const start = addMonthsToDay(today, -48);
  const within = (w: Window) => rng.int(w.from, Math.max(w.from, w.to));
  const count = rng.weighted([
    [1, 45],
    [2, 30],
    [3, 15],
    [4, 10],
  ]);
  const plan: { positioned: boolean; day: number }[] = [];
  for (let k = 0; k < count; k++) {
    const positioned = rng.chance(k === 0 && !due ? 0.85 : 0.7);
    let w: Window;
    if (due) {
      // Every qualifying event (received, submitted, hired) ends a week before today; a pipeline
      // lasts at most 90 days, so it starts 97 days before that.
      w = positioned
        ? { from: start, to: addMonthsToDay(today, -position) - 97 }
        : { from: start, to: addMonthsToDay(today, -general) - 7 };
    } else if (k === 0) {
      w = { from: addMonthsToDay(today, positioned ? -position : -general) + 7, to: today };
    } else w = { from: start, to: today };
    plan.push({ positioned, day: within(w) });
  }
  return plan.sort((a, b) => a.day - b.day);
}

const categoryOrder: readonly DataCategory[] = [
  'identity',
  'contact',
  'qualifications',
  'references',
  'experience',
  'profile-links',
];

export function generatePerson(
  ctx: PeopleContext,
  index: number,
  due: boolean,
  expiring = false,
): Person {
  const { rng, today, firm, seed } = ctx;
  const lang = rng.weighted<LanguageCode>([
    ['fr', 0.5],
    ['de', 0.35],
    ['en', 0.15],
  ]);
  const id = syntheticUuid(seed, idKinds.candidate, index);
  const { firstName, lastName } = personName(rng, lang);
  const user = () => rng.pick(firm.users);
  const applications: Application[] = [];
  const consents: Consent[] = [];
  const disclosures: Disclosure[] = [];
  const notes: Candidate['interviewNotes'] = [];
  let submittedBefore = false;

  for (const planned of planApplications(ctx, due, expiring)) {
    const mission = planned.positioned ? missionFor(ctx, planned.day) : null;
    const received = planned.day;
    const events: ApplicationEvent[] = [];
    const push = (status: PipelineStatus, day: number) =>
      events.push({ status, on: isoOfDay(day), at: stampOn(ctx, day), by: user().id, note: '' });
    push('received', received);
    let day = received;
    const step = (status: PipelineStatus, min: number, max: number): number | null => {
      const next = day + rng.int(min, max);
      if (next > today) return null;
      day = next;
      push(status, day);
      return day;
    };
    let outcome: 'open' | 'stopped' = 'open';
    if (rng.chance(0.8) && step('screening', 2, 10) !== null) {
      if (rng.chance(mission ? 0.6 : 0.2) && step('interviewed', 5, 20) !== null) {
        notes.push({
          id: nextId(ctx, 'note'),
          on: isoOfDay(day),
          author: user().name,
          text: rng.pick(names.noteTexts),
        });
        const signed = mission?.contractSignedOn ?? null;
        const submitOn = day + rng.int(5, 20);
        if (
          mission &&
          signed !== null &&
          isoOfDay(submitOn) >= signed &&
          submitOn <= today &&
          rng.chance(0.5)
        ) {
          day = submitOn;
          push('submitted', day);
          submitted(ctx, { id, mission, day, reviewed: submittedBefore, consents, disclosures });
          submittedBefore = true;
          if (rng.chance(0.3) && step('hired', 10, 40) !== null) {
            outcome = 'stopped';
          }
        }
      }
    }
    if (outcome === 'open' && rng.chance(0.5))
      step(rng.chance(0.8) ? 'rejected' : 'withdrawn', 3, 20);
    const last = events[events.length - 1]!;
    applications.push({
      id: nextId(ctx, 'application'),
      candidateId: id,
      missionId: mission?.id ?? null,
      receivedOn: isoOfDay(received),
      status: last.status,
      events,
      createdAt: events[0]!.at,
      updatedAt: last.at,
    });
  }
  const collected = dayOfIso(applications[0]!.receivedOn);
  const source = rng.weighted(sources);
  const indirect = indirectSources.includes(source);
  const pending = indirect && collected > today - 30 && rng.chance(0.5);
  const noticeDay = Math.min(today, collected + rng.int(0, 20));
  const emails = [
    `${names.ascii(firstName)}.${names.ascii(lastName)}${rng.chance(0.25) ? rng.int(1, 99) : ''}@${rng.pick(names.emailProviders[lang])}`,
  ];
  const phones = rng.chance(0.85) ? [phoneFor(rng, lang)] : [];
  // The app's own rule (P7, P10) sets the date, so the sweep finds exactly who was planned.
  const { deleteOn } = candidateRetention(
    { collectedOn: isoOfDay(collected), applications, consents },
    policyRetention,
  );
  const sortKeys = personKeys({ firstName, lastName, emails, phones });
  const createdAt = applications[0]!.createdAt;
  const updatedAt = applications.reduce((m, a) => (a.updatedAt > m ? a.updatedAt : m), createdAt);
  const candidate: Candidate = {
    identity: { firstName, lastName, language: lang },
    contact: {
      emails,
      phones,
      addresses: rng.chance(0.3)
        ? [`${rng.int(1, 120)} ${rng.pick(names.streets[lang])}, ${rng.pick(names.cities[lang])}`]
        : [],
    },
    qualifications: Array.from({ length: rng.int(1, 2) }, () => ({
      title: rng.pick(names.degrees),
      institution: rng.pick(names.schools),
      year: rng.int(1980, 2022),
    })),
    languages: [
      {
        language: lang === 'fr' ? 'français' : lang === 'de' ? 'allemand' : 'anglais',
        level: 'native' as const,
      },
      {
        language: rng.pick(names.spokenLanguages.filter((l) => l !== names.nativeLanguage[lang])),
        level: rng.pick(['B2', 'C1', 'C2'] as const),
      },
    ],
    experience: experience(rng, today),
    notes: '',
    profileLinks: rng.chance(0.6)
      ? [
          lang === 'de' && rng.chance(0.4)
            ? {
                kind: 'xing' as const,
                url: `https://www.xing.com/profile/${names.ascii(firstName)}_${names.ascii(lastName)}`,
              }
            : {
                kind: 'linkedin' as const,
                url: `https://www.linkedin.com/in/${names.ascii(firstName)}-${names.ascii(lastName)}-${rng.hex(6)}`,
              },
        ]
      : [],
    psychometrics: rng.chance(0.03) ? [psychometric(ctx, collected)] : [],
    interviewNotes: notes,
    source,
    collectedOn: isoOfDay(collected),
    notice:
      indirect && !pending
        ? {
            givenOn: isoOfDay(noticeDay),
            channel: rng.pick(['email', 'letter', 'phone'] as const),
            givenBy: user().name,
          }
        : null,
    id,
    createdAt,
    updatedAt,
    ...sortKeys,
    listKeys: candidateListKeys({ id, ...sortKeys, source, applications }),
    noticeDueOn: pending ? isoOfDay(addMonthsToDay(collected, 1)) : null,
    deleteOn,
    restricted: null,
    objected: null,
  };
  const referees = rng.chance(0.15)
    ? Array.from({ length: rng.int(1, 2) }, () => referee(ctx, candidate, collected))
    : [];
  return { candidate, referees, applications, consents, disclosures };
}

function experience(rng: Rng, today: number): Candidate['experience'] {
  const out: Candidate['experience'] = [];
  let to: number | null = null;
  let end = today;
  for (let k = rng.int(1, 3); k > 0; k--) {
    const from = end - rng.int(400, 2500);
    out.push({
      title: rng.pick(names.positions),
      organisation: names.companyName(rng.pick, rng.pick(['fr', 'de', 'en'] as const)),
      from: isoOfDay(from),
      to: to === null ? null : isoOfDay(to),
      description: '',
    });
    to = from - rng.int(0, 60);
    end = to;
  }
  return out;
}

function psychometric(ctx: PeopleContext, collected: number): Candidate['psychometrics'][number] {
  const taken = Math.min(ctx.today, collected + ctx.rng.int(5, 40));
  return {
    id: nextId(ctx, 'psychometric'),
    test: ctx.rng.pick(['SHL OPQ32', 'Hogan HPI', 'MBTI Step II']),
    takenOn: isoOfDay(taken),
    administeredBy: ctx.rng.pick(ctx.firm.users).name,
    summary: '',
    informedOfMethodOn: isoOfDay(taken - ctx.rng.int(1, 7)),
    attachmentId: null,
  };
}

function referee(ctx: PeopleContext, candidate: Candidate, collected: number): Referee {
  const { rng } = ctx;
  const lang = rng.pick(['fr', 'de', 'en'] as const);
  const { firstName, lastName } = personName(rng, lang);
  const email = `${names.ascii(firstName)}.${names.ascii(lastName)}@${rng.pick(names.emailProviders[lang])}`;
  const phone = phoneFor(rng, lang);
  return {
    id: nextId(ctx, 'referee'),
    candidateId: candidate.id,
    firstName,
    lastName,
    relationship: rng.pick(names.relationships),
    organisation: names.companyName(rng.pick, lang),
    email,
    phone,
    statement: '',
    permissionToContactOn: rng.chance(0.7)
      ? isoOfDay(Math.min(ctx.today, collected + rng.int(0, 30)))
      : null,
    createdAt: candidate.createdAt,
    updatedAt: candidate.createdAt,
    ...personKeys({ firstName, lastName, emails: [email], phones: [phone] }),
    deleteOn: candidate.deleteOn,
    restricted: null,
    objected: null,
  };
}

/** P3/P4: a submission needs a consent naming candidate, mission and recipient, then is logged. */
function submitted(
  ctx: PeopleContext,
  s: {
    id: string;
    mission: Mission;
    day: number;
    reviewed: boolean;
    consents: Consent[];
    disclosures: Disclosure[];
  },
): void {
  const { rng } = ctx;
  const recipients = [s.mission.clientId, ...(s.mission.partnerId ? [s.mission.partnerId] : [])];
  const pseudonym = rng.hex(64);
  const categories = categoryOrder.filter((c, i) => i < 2 || c === 'experience' || rng.chance(0.4));
  for (const recipientId of recipients) {
    const given = s.day - rng.int(0, 3);
    const written = rng.chance(0.55);
    const by = rng.pick(ctx.firm.users).id;
    const consentId = nextId(ctx, 'consent');
    const withdrawn = rng.chance(0.03) ? Math.min(ctx.today, s.day + rng.int(1, 60)) : null;
    s.consents.push({
      candidateId: s.id,
      missionId: s.mission.id,
      recipientId,
      form: written ? 'written' : 'verbal',
      givenOn: isoOfDay(given),
      script: written
        ? ''
        : `Script ${isoOfDay(given).slice(0, 4)} : accord oral pour transmettre le profil au client de la mission ${s.mission.contractRef}.`,
      evidenceNote: written ? 'Accord écrit reçu par e-mail, classé au dossier.' : '',
      evidenceAttachmentId: null,
      categories,
      dataReviewedOn: s.reviewed ? isoOfDay(given) : null,
      supersedes: null,
      id: consentId,
      recordedBy: by,
      recordedAt: stampOn(ctx, given),
      withdrawnOn: withdrawn === null ? null : isoOfDay(withdrawn),
      withdrawnBy: withdrawn === null ? null : by,
      withdrawalNote: '',
      withdrawalChannel: withdrawn === null ? null : ('email' as const),
    });
    s.disclosures.push({
      id: nextId(ctx, 'disclosure'),
      candidateId: s.id,
      // Stands in for the salted hash of the candidate id: same shape, not recomputable.
      pseudonym,
      missionId: s.mission.id,
      recipientId,
      consentId,
      categories,
      files: [
        {
          name: `Dossier ${s.mission.contractRef}.pdf`,
          sha256: rng.hex(64),
          size: rng.int(80_000, 900_000),
        },
      ],
      by,
      at: stampOn(ctx, s.day),
    });
  }
}
