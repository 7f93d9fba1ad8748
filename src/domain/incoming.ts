import type { Application } from './application';
import type { ArchiveEntry } from './archive';
import { addMonths } from './calendar';
import type { Candidate } from './candidate';
import { candidateInputOf, candidateRowOf } from './candidate-rules';
import { toIsoDate, type IsoDate } from './common';
import type { Consent } from './consent';
import type { Contact } from './contact';
import { fold } from './fold';
import type { Mission } from './mission';
import type { Organisation } from './organisation';
import { personKeys, refereeKeys } from './person-keys';
import type { Referee } from './referee';
import {
  candidateRetention,
  contactRetention,
  refereeRetention,
  type CandidateHistory,
  type RetentionDate,
} from './retention';
import type { RetentionRules } from './settings';

/**
 * Data from outside (a restored backup, and any later source of records) carries derived fields
 * (deletion date, sort and search keys, list keys, the Art. 14 due date) that may not match its
 * data: written by an older version, by another laptop's rules, or re-sealed by hand. None is
 * believed: each is recomputed here from the record, the records it depends on and the rules in
 * force, with the same functions the services use when a record is saved.
 */
export type IncomingApplication = Pick<
  Application,
  'id' | 'candidateId' | 'missionId' | 'receivedOn' | 'status' | 'events'
>;
export type IncomingConsent = Pick<
  Consent,
  'candidateId' | 'missionId' | 'givenOn' | 'dataReviewedOn' | 'withdrawnOn'
>;

/** What the derived fields of a person depend on beyond their own row. */
export type IncomingContext = {
  readonly rules: RetentionRules;
  /** The candidate's applications and consents in the same data. */
  historyOf(candidateId: string): Omit<CandidateHistory, 'collectedOn'>;
  /** The candidate's collection date, or null when the candidate is not in the data. */
  collectedOnOf(candidateId: string): string | null;
};

/** A candidate's deletion date and why, from the data coming in. */
export function incomingCandidateDate(
  ctx: IncomingContext,
  candidateId: string,
): RetentionDate | null {
  const collectedOn = ctx.collectedOnOf(candidateId);
  if (collectedOn === null) return null;
  return candidateRetention({ collectedOn, ...ctx.historyOf(candidateId) }, ctx.rules);
}

export function normaliseCandidate(c: Candidate, ctx: IncomingContext): Candidate {
  const history = ctx.historyOf(c.id);
  const deleteOn = candidateRetention({ collectedOn: c.collectedOn, ...history }, ctx.rules);
  return candidateRowOf(candidateInputOf(c), { ...c, deleteOn: deleteOn.deleteOn }, [
    ...history.applications,
  ]);
}

export function normaliseReferee(r: Referee, ctx: IncomingContext): Referee {
  const date = refereeRetention(
    incomingCandidateDate(ctx, r.candidateId),
    toIsoDate(new Date(r.createdAt)),
    ctx.rules,
  );
  return { ...r, ...refereeKeys(r), deleteOn: date.deleteOn };
}

export function normaliseContact(c: Contact, ctx: IncomingContext): Contact {
  return { ...c, ...personKeys(c), deleteOn: contactRetention(c, ctx.rules).deleteOn };
}

export const normaliseOrganisation = (o: Organisation): Organisation => ({
  ...o,
  sortName: fold(o.name),
});

export const normaliseMission = (m: Mission): Mission => ({ ...m, sortTitle: fold(m.position) });

/**
 * P8: an archive entry's own period runs from the candidate's deletion date, which was at the
 * latest the day the entry was made (the sweep archives on or after that date). The entry does
 * not carry that date, so the latest date its own facts allow bounds it: archived on + the
 * archive period in force. A stored date beyond that is not believed; an earlier one (the sweep
 * archived late, after weeks offline) is the entry's true date and stays.
 */
export function archiveDeleteOn(
  a: Pick<ArchiveEntry, 'archivedAt' | 'deleteOn'>,
  rules: Pick<RetentionRules, 'archiveMonths'>,
): IsoDate {
  const latest = addMonths(toIsoDate(new Date(a.archivedAt)), rules.archiveMonths);
  return a.deleteOn < latest ? a.deleteOn : latest;
}

export const normaliseArchive = (a: ArchiveEntry, ctx: IncomingContext): ArchiveEntry => ({
  ...a,
  deleteOn: archiveDeleteOn(a, ctx.rules),
});

/**
 * Collects, from records as they pass (in any order), what `IncomingContext` answers: every
 * candidate's collection date, applications and consents. Holds only those fields.
 */
export class IncomingHistories {
  private readonly collected = new Map<string, string>();
  private readonly applications = new Map<string, CandidateHistory['applications'][number][]>();
  private readonly consents = new Map<string, CandidateHistory['consents'][number][]>();

  constructor(private rules: RetentionRules) {}

  setRules(rules: RetentionRules) {
    this.rules = rules;
  }

  candidate(c: Pick<Candidate, 'id' | 'collectedOn'>) {
    this.collected.set(c.id, c.collectedOn);
  }

  application(a: IncomingApplication) {
    const list = this.applications.get(a.candidateId) ?? [];
    list.push({
      id: a.id,
      missionId: a.missionId,
      receivedOn: a.receivedOn,
      status: a.status,
      events: a.events.map((e) => ({ status: e.status, on: e.on })),
    });
    this.applications.set(a.candidateId, list);
  }

  consent(c: IncomingConsent) {
    const list = this.consents.get(c.candidateId) ?? [];
    list.push({
      missionId: c.missionId,
      givenOn: c.givenOn,
      dataReviewedOn: c.dataReviewedOn,
      withdrawnOn: c.withdrawnOn,
    });
    this.consents.set(c.candidateId, list);
  }

  context(): IncomingContext {
    return {
      rules: this.rules,
      historyOf: (id) => ({
        applications: this.applications.get(id) ?? [],
        consents: this.consents.get(id) ?? [],
      }),
      collectedOnOf: (id) => this.collected.get(id) ?? null,
    };
  }
}
