import { z } from 'zod';
import { attachmentRow, type Attachment } from '../../domain/attachment';
import type { AuditDraft } from '../../domain/audit';
import {
  fieldIssues,
  isoDate,
  requiredText,
  text,
  toIsoDate,
  type FieldIssue,
  type IsoDate,
} from '../../domain/common';
import { consentInput, consentRow, type Consent } from '../../domain/consent';
import { consentStates, type ConsentState } from '../../domain/consent-state';
import { missionRow } from '../../domain/mission';
import { organisationRow } from '../../domain/organisation';
import { err, ok, type Result } from '../../domain/result';
import { parseRow, parseRows } from '../../db/rows';
import type { VivierDb } from '../../db/database';
import { sha256Hex } from '../../lib/sha256';
import { transactWithAudit } from '../audit';
import type { ServiceContext } from '../core';
import { invalid, notFound, type NotFound } from '../core';
import { personDatesChanged, retentionTables } from '../retention';
import type { Invalid } from '../core';
import type { DisclosureRefusal } from './reasons';

/** A file offered as evidence of consent (Art. 7(1)): the candidate's email, a signed form. */
export type EvidenceFile = { name: string; type: string; blob: Blob };

export type ConsentError =
  Invalid | NotFound<'record'> | DisclosureRefusal<'consent-already-withdrawn'>;

export type ConsentView = Consent & { state: ConsentState };

const evidenceFile = z.object({
  name: requiredText(300),
  type: z.string().max(200),
  blob: z.instanceof(Blob),
});

/**
 * Records a consent (P3, Art. 7(1)): who recorded it and when are taken from the context, the
 * evidence file is stored as an attachment of the consent with its SHA-256.
 *
 * Never edits a consent: when an active consent already exists for the same candidate, mission
 * and recipient, the new record supersedes it (so there is one active consent per triple).
 * Pass `supersedes` to name the replaced record explicitly.
 */
export async function recordConsent(
  ctx: ServiceContext,
  input: unknown,
  evidence: EvidenceFile | null = null,
): Promise<Result<Consent, ConsentError>> {
  const parsed = consentInput.safeParse(input);
  const file = evidence === null ? null : evidenceFile.safeParse(evidence);
  const issues = [
    ...(parsed.success ? [] : fieldIssues(parsed.error)),
    ...(file === null || file.success
      ? []
      : fieldIssues(file.error).map((i) => ({ ...i, path: `evidence.${i.path}` }))),
  ];
  if (!parsed.success || issues.length > 0) return invalid(issues);
  const data = parsed.data;
  const today = toIsoDate(ctx.now);
  if (data.givenOn > today) issues.push({ path: 'givenOn', code: 'date-in-future' });
  if (data.dataReviewedOn !== null && data.dataReviewedOn > today)
    issues.push({ path: 'dataReviewedOn', code: 'date-in-future' });
  if (issues.length > 0) return invalid(issues);

  const consentId = crypto.randomUUID();
  // Hash before the transaction: WebCrypto is not an IndexedDB request.
  const attachment: Attachment | null =
    file?.success === true
      ? attachmentRow.parse({
          id: crypto.randomUUID(),
          ownerType: 'consent',
          ownerId: consentId,
          kind: 'evidence',
          name: file.data.name,
          type: file.data.type,
          size: file.data.blob.size,
          sha256: await sha256Hex(file.data.blob),
          addedAt: ctx.now.toISOString(),
          blob: file.data.blob,
        })
      : null;

  const { db } = ctx;
  return transactWithAudit<Result<Consent, ConsentError>>(
    ctx,
    [db.attachments, db.missions, db.organisations, ...retentionTables(ctx.db)],
    async () => {
      const refusal = (i: FieldIssue[]) => ({ result: invalid(i), audit: [] });
      const [candidate, mission, recipient] = await Promise.all([
        db.candidates.get(data.candidateId),
        db.missions.get(data.missionId),
        db.organisations.get(data.recipientId),
      ]);
      if (!candidate) return refusal([{ path: 'candidateId', code: 'invalid-choice' }]);
      if (!mission) return refusal([{ path: 'missionId', code: 'invalid-choice' }]);
      const m = parseRow(missionRow, 'missions', mission);
      const r = recipient ? parseRow(organisationRow, 'organisations', recipient) : null;
      // A consent names a recipient of this mission (P3, P4) or a third party of role "other".
      const fits =
        r !== null &&
        ((r.kind === 'client' && r.id === m.clientId) ||
          (r.kind === 'partner' && r.id === m.partnerId) ||
          (r.kind === 'recipient' && (r.role === 'other' || r.role === null)));
      if (!fits) return refusal([{ path: 'recipientId', code: 'invalid-choice' }]);

      const mine = parseRows(
        consentRow,
        'consents',
        await db.consents
          .where('[candidateId+missionId+recipientId]')
          .equals([data.candidateId, data.missionId, data.recipientId])
          .toArray(),
      );
      const states = consentStates(mine, today);
      let supersedes = data.supersedes;
      if (supersedes !== null) {
        const state = states.get(supersedes);
        if (state !== 'active' && state !== 'future')
          return refusal([{ path: 'supersedes', code: 'invalid-choice' }]);
      } else {
        const current = mine
          .filter((c) => states.get(c.id) === 'active' || states.get(c.id) === 'future')
          .sort((a, b) => b.recordedAt.localeCompare(a.recordedAt))[0];
        supersedes = current?.id ?? null;
      }

      const consent = consentRow.parse({
        ...data,
        supersedes,
        evidenceAttachmentId: attachment?.id ?? data.evidenceAttachmentId,
        id: consentId,
        recordedBy: ctx.actor,
        recordedAt: ctx.now.toISOString(),
      });
      await db.consents.add(consent);
      const audit: AuditDraft[] = [
        { action: 'consent.create', entity: 'consent', id: consent.id, fields: consent.categories },
      ];
      if (supersedes !== null)
        audit.push({ action: 'consent.supersede', entity: 'consent', id: supersedes });
      if (attachment) {
        await db.attachments.add(attachment);
        audit.push({ action: 'attachment.create', entity: 'attachment', id: attachment.id });
      }
      // RETENTION (P10, SPEC §3): a renewed consent with a data review is a qualifying event.
      if (consent.dataReviewedOn !== null)
        await personDatesChanged(ctx, 'candidate', [data.candidateId]);
      return { result: ok(consent), audit };
    },
  );
}

/**
 * A change to a consent is a new record that names the old one (Art. 7(1): the history stays
 * provable). `changes` overrides the old record's fields; the candidate, mission and recipient
 * stay those of the old record.
 */
export async function supersedeConsent(
  ctx: ServiceContext,
  consentId: string,
  changes: Record<string, unknown>,
  evidence: EvidenceFile | null = null,
): Promise<Result<Consent, ConsentError>> {
  const row = await ctx.db.consents.get(consentId);
  if (!row) return notFound('record');
  const old = parseRow(consentRow, 'consents', row);
  if (old.withdrawnOn !== null) return err({ reason: 'consent-already-withdrawn' });
  return recordConsent(
    ctx,
    {
      form: old.form,
      givenOn: old.givenOn,
      script: old.script,
      evidenceNote: old.evidenceNote,
      evidenceAttachmentId: old.evidenceAttachmentId,
      categories: old.categories,
      dataReviewedOn: old.dataReviewedOn,
      ...changes,
      candidateId: old.candidateId,
      missionId: old.missionId,
      recipientId: old.recipientId,
      supersedes: old.id,
    },
    evidence,
  );
}

/** When and how the candidate withdrew (Art. 7(1)): the screen proposes today, by email. */
export const withdrawalInput = z.object({
  on: isoDate,
  channel: consentRow.shape.withdrawalChannel.unwrap().unwrap(),
  note: text(1000).default(''),
});

/**
 * Art. 7(3): withdrawing is as easy as giving. One action withdraws the candidate's consent for
 * this mission and recipient: the record and every other not yet withdrawn record of the same
 * triple (its predecessors and replacements), dated and audited.
 */
export async function withdrawConsent(
  ctx: ServiceContext,
  consentId: string,
  input: unknown,
): Promise<Result<Consent[], ConsentError>> {
  return withdraw(ctx, input, async () => {
    const row = await ctx.db.consents.get(consentId);
    if (!row) return null;
    const c = parseRow(consentRow, 'consents', row);
    if (c.withdrawnOn !== null) return [];
    return ctx.db.consents
      .where('[candidateId+missionId+recipientId]')
      .equals([c.candidateId, c.missionId, c.recipientId])
      .toArray();
  });
}

/** Art. 7(3) from the candidate page: withdraws every consent the candidate has given. */
export async function withdrawAllConsents(
  ctx: ServiceContext,
  candidateId: string,
  input: unknown,
): Promise<Result<Consent[], ConsentError>> {
  return withdraw(ctx, input, async () => {
    if (!(await ctx.db.candidates.get(candidateId))) return null;
    return ctx.db.consents.where('candidateId').equals(candidateId).toArray();
  });
}

async function withdraw(
  ctx: ServiceContext,
  input: unknown,
  select: () => Promise<unknown[] | null>,
): Promise<Result<Consent[], ConsentError>> {
  const parsed = withdrawalInput.safeParse(input);
  if (!parsed.success) return invalid(fieldIssues(parsed.error));
  const { on, channel, note } = parsed.data;
  if (on > toIsoDate(ctx.now)) return invalid([{ path: 'on', code: 'date-in-future' }]);
  const { db } = ctx;
  return transactWithAudit<Result<Consent[], ConsentError>>(
    ctx,
    [db.consents, db.candidates],
    async () => {
      const rows = await select();
      if (rows === null) return { result: notFound('record'), audit: [] };
      const open = parseRows(consentRow, 'consents', rows).filter((c) => c.withdrawnOn === null);
      if (open.length === 0)
        return { result: err({ reason: 'consent-already-withdrawn' as const }), audit: [] };
      if (open.some((c) => on < c.givenOn))
        return { result: invalid([{ path: 'on', code: 'date-order' }]), audit: [] };
      const withdrawn = open.map((c) =>
        consentRow.parse({
          ...c,
          withdrawnOn: on,
          withdrawnBy: ctx.actor,
          withdrawalNote: note,
          withdrawalChannel: channel,
        }),
      );
      await db.consents.bulkPut(withdrawn);
      return {
        result: ok(withdrawn),
        audit: withdrawn.map((c) => ({
          action: 'consent.withdraw',
          entity: 'consent',
          id: c.id,
          fields: ['withdrawnOn', 'withdrawnBy', 'withdrawalNote', 'withdrawalChannel'],
        })),
      };
    },
  );
}

/** Every consent of a candidate with its state on `today`, newest first. */
export async function consentsOfCandidate(
  db: VivierDb,
  candidateId: string,
  today: IsoDate,
): Promise<ConsentView[]> {
  const all = parseRows(
    consentRow,
    'consents',
    await db.consents.where('candidateId').equals(candidateId).toArray(),
  );
  const states = consentStates(all, today);
  return all
    .map((c) => ({ ...c, state: states.get(c.id)! }))
    .sort((a, b) => b.givenOn.localeCompare(a.givenOn) || b.recordedAt.localeCompare(a.recordedAt));
}
