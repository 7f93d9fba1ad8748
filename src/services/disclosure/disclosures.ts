import { readRows } from '../../db/rows';
import { restrictionForbids, type MaybeRestricted } from '../../domain/restriction';
import { z } from 'zod';
import { applicationRow, type Application } from '../../domain/application';
import { attachmentRow, type Attachment } from '../../domain/attachment';
import type { AuditDraft } from '../../domain/audit';
import { candidateRow, type Candidate } from '../../domain/candidate';
import { dataCategory, fieldIssues, id, toIsoDate, type DataCategory } from '../../domain/common';
import { consentRow } from '../../domain/consent';
import { disclosureRow, type Disclosure } from '../../domain/disclosure';
import {
  checkDisclosure,
  type DisclosurePermit,
  type DisclosureRefusalCode,
} from '../../domain/disclosure-guard';
import { disclosedCategories } from '../../domain/disclosure-scope';
import { missionRow, type Mission } from '../../domain/mission';
import { appendMove } from '../../domain/pipeline';
import { organisationRow, type Organisation } from '../../domain/organisation';
import { refereeRow } from '../../domain/referee';
import { changedMeanwhile, type ChangedMeanwhile, notFound, type NotFound } from '../core';
import { err, ok, type Result } from '../../domain/result';
import { parseRow, parseRows } from '../../db/rows';
import type { VivierDb } from '../../db/database';
import { syncFreshness } from '../../db/meta';
import { transactWithAudit } from '../audit';
import type { ServiceContext } from '../core';
import { buildDossier } from './dossier';
import { invalid } from '../core';
import { candidatePseudonym } from './pseudonym';
import { refreshCandidateFacets } from '../search';
import { personDatesChanged, retentionTables } from '../retention';
import { computeRetention } from '../retention';
import type { Invalid } from '../core';
import type { DisclosureRefusal } from './reasons';

export const submissionInput = z.object({
  applicationId: id,
  recipientId: id,
  /** What the profile page shows (P2 categories). */
  categories: z.array(dataCategory).min(1, { error: 'categories-required' }),
  /** The candidate's files to send; what they reveal is added to the checked categories. */
  attachmentIds: z.array(id).max(50).default([]),
});
export type SubmissionInput = z.input<typeof submissionInput>;

export type SubmissionError =
  | Invalid
  | NotFound<'record'>
  | DisclosureRefusal<'application-closed'>
  | ChangedMeanwhile<'read'>
  | (DisclosureRefusal<'refused'> & {
      reasons: DisclosureRefusalCode[];
      uncovered: DataCategory[];
    });

export type Submission = { disclosure: Disclosure; zip: Blob; fileName: string };

const closedStatuses: readonly Application['status'][] = ['hired', 'rejected', 'withdrawn'];

type Loaded = {
  application: Application;
  candidate: Candidate;
  mission: Mission | null;
  recipient: Organisation;
  attachments: Attachment[];
  permit: DisclosurePermit;
  categories: DataCategory[];
};

/**
 * Reads what the guard needs and asks it. Runs inside a transaction (read, then again in the
 * write) so the decision always rests on what is stored at that moment.
 */
async function loadAndCheck(
  db: VivierDb,
  input: z.output<typeof submissionInput>,
  today: string,
): Promise<Result<Loaded, SubmissionError>> {
  const appRow = await db.applications.get(input.applicationId);
  if (!appRow) return notFound('record');
  const application = parseRow(applicationRow, 'applications', appRow);
  if (closedStatuses.includes(application.status)) return err({ reason: 'application-closed' });
  const [candRow, missRow, recRow] = await Promise.all([
    db.candidates.get(application.candidateId),
    application.missionId === null ? undefined : db.missions.get(application.missionId),
    db.organisations.get(input.recipientId),
  ]);
  if (!candRow) return notFound('record');
  if (!recRow) return invalid([{ path: 'recipientId', code: 'invalid-choice' }]);
  const candidate = parseRow(candidateRow, 'candidates', candRow);
  const mission = missRow ? parseRow(missionRow, 'missions', missRow) : null;
  const recipient = parseRow(organisationRow, 'organisations', recRow);

  const attRows = await db.attachments.bulkGet(input.attachmentIds);
  const attachments: Attachment[] = [];
  const issues = attRows.flatMap((row, i) => {
    const a = row ? parseRow(attachmentRow, 'attachments', row) : null;
    // Only the candidate's own files: never a referee's, a consent's evidence or another person's.
    if (a === null || a.ownerType !== 'candidate' || a.ownerId !== candidate.id)
      return [{ path: `attachmentIds.${i}`, code: 'invalid-choice' as const }];
    attachments.push(a);
    return [];
  });
  if (issues.length > 0) return invalid(issues);

  const categories = disclosedCategories(input.categories, attachments);
  const [consents, applications] = await Promise.all([
    db.consents.where('candidateId').equals(candidate.id).toArray(),
    db.applications.where('candidateId').equals(candidate.id).toArray(),
  ]);
  const verdict = checkDisclosure({
    candidate,
    mission,
    recipient,
    consents: parseRows(consentRow, 'consents', consents),
    categories,
    applications: parseRows(applicationRow, 'applications', applications),
    today,
    retention: (await computeRetention(db, 'candidate', candidate.id)) ?? undefined,
    ...(await syncFreshness(db)),
  });
  if (!verdict.ok) return err({ reason: 'refused', ...verdict.error });
  return ok({
    application,
    candidate,
    mission,
    recipient,
    attachments,
    permit: verdict.value,
    categories,
  });
}

/**
 * Submit to client (P3, P4) or share internally (P5): runs the disclosure guard; when refused,
 * returns every reason; when allowed, builds the dossier zip, records the disclosure (recipient,
 * mission, consent, categories, files with SHA-256, who, when) and, for a client or partner
 * firm, moves the application to "submitted" with a dated event, in one transaction.
 *
 * The dossier is built between a read and the write (jszip and WebCrypto cannot run inside an
 * IndexedDB transaction); the write checks again and refuses if the candidate changed meanwhile,
 * so what is recorded is exactly what was sent.
 */
export async function submitToRecipient(
  ctx: ServiceContext,
  raw: unknown,
): Promise<Result<Submission, SubmissionError>> {
  const parsed = submissionInput.safeParse(raw);
  if (!parsed.success) return invalid(fieldIssues(parsed.error));
  const input = parsed.data;
  const { db } = ctx;
  const today = toIsoDate(ctx.now);
  const readTables = [
    db.applications,
    db.candidates,
    db.missions,
    db.organisations,
    db.attachments,
    db.consents,
    db.referees,
    db.settings,
    db.meta, // the day of the last sync (the one-week rule)
  ];

  const first = await db.transaction('r', readTables, async () => {
    const loaded = await loadAndCheck(db, input, today);
    if (!loaded.ok) return { loaded, referees: [] };
    const referees = input.categories.includes('references')
      ? sendable(
          parseRows(
            refereeRow,
            'referees',
            await db.referees.where('candidateId').equals(loaded.value.candidate.id).toArray(),
          ),
        )
      : [];
    return { loaded, referees };
  });
  if (!first.loaded.ok) return first.loaded;
  const seen = first.loaded.value;

  const files = await Promise.all(
    seen.attachments.map(async (a) => ({
      name: a.name,
      bytes: new Uint8Array(await a.blob.arrayBuffer()),
    })),
  );
  const dossier = await buildDossier({
    candidate: seen.candidate,
    referees: first.referees,
    mission: seen.mission,
    recipient: seen.recipient,
    categories: input.categories,
    files,
    now: ctx.now,
    today,
    internal: seen.permit.consent === null,
  });
  const pseudonym = await candidatePseudonym(db, seen.candidate.id);

  return transactWithAudit<Result<Submission, SubmissionError>>(
    ctx,
    [...readTables, db.disclosures, ...retentionTables(ctx.db)],
    async () => {
      const again = await loadAndCheck(db, input, today);
      if (!again.ok) return { result: again, audit: [] };
      const now = again.value;
      if (
        now.candidate.updatedAt !== seen.candidate.updatedAt ||
        now.categories.join() !== seen.categories.join() ||
        (await refereesChanged(db, seen.candidate.id, first.referees, input.categories))
      )
        return { result: changedMeanwhile('read'), audit: [] };

      const disclosure = disclosureRow.parse({
        id: crypto.randomUUID(),
        candidateId: now.candidate.id,
        pseudonym,
        missionId: now.mission?.id ?? null,
        recipientId: now.recipient.id,
        consentId: now.permit.consent?.id ?? null,
        categories: now.categories,
        files: dossier.files,
        by: ctx.actor,
        at: ctx.now.toISOString(),
      });
      await db.disclosures.add(disclosure);
      const audit: AuditDraft[] = [
        {
          action: 'disclosure.create',
          entity: 'disclosure',
          id: disclosure.id,
          fields: disclosure.categories,
        },
      ];
      if (now.permit.submits) {
        const app = now.application;
        const moved = appendMove(
          app,
          { status: 'submitted', on: today, note: '' },
          { today, at: ctx.now.toISOString(), by: ctx.actor },
        );
        // Already submitted (a second recipient): the disclosure is the new fact, the status
        // stays. A last event dated after today (a clock set back) cannot be followed by an
        // earlier one: the disclosure is still recorded, the pipeline is left for a person.
        if (moved.ok) {
          await db.applications.put(
            applicationRow.parse({
              ...app,
              status: moved.status,
              events: moved.events,
              updatedAt: ctx.now.toISOString(),
            }),
          );
          await refreshCandidateFacets(ctx, app.candidateId);
          audit.push({
            action: 'application.move',
            entity: 'application',
            id: app.id,
            fields: ['status', 'events'],
          });
          // RETENTION (P7): a submission is a qualifying event.
          await personDatesChanged(ctx, 'candidate', [app.candidateId]);
        }
      }
      return {
        result: ok({
          disclosure,
          zip: new Blob([dossier.zip as BlobPart], { type: 'application/zip' }),
          fileName: dossier.fileName,
        }),
        audit,
      };
    },
  );
}

/** Art. 18: a restricted referee's name and statement are not sent; the rest of the dossier is. */
const sendable = <R extends MaybeRestricted>(referees: readonly R[]): R[] =>
  referees.filter((r) => !restrictionForbids(r, 'disclosure'));

async function refereesChanged(
  db: VivierDb,
  candidateId: string,
  seen: readonly { id: string; updatedAt: string }[],
  categories: readonly DataCategory[],
): Promise<boolean> {
  if (!categories.includes('references')) return false;
  const rows = sendable(
    readRows('referees', await db.referees.where('candidateId').equals(candidateId).toArray()),
  );
  const key = (rs: readonly { id: string; updatedAt: string }[]) =>
    rs
      .map((r) => `${r.id}@${r.updatedAt}`)
      .sort()
      .join();
  return key(rows) !== key(seen);
}
