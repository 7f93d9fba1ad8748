import type { Attachment } from '../domain/attachment';
import type { AuditDraft } from '../domain/audit';
import { ok, type Result } from '../domain/result';
import { transactWithAudit } from './audit';
import type { ServiceContext } from './context';
import { notFound, type NotFound } from './failures';

/**
 * INTERIM, to be deleted when services/erasure.ts (`erasePerson`, Retention branch) is merged:
 * deleteCandidate then calls erasePerson, which also writes the tombstone.
 *
 * Removes the candidate and everything that is theirs, in one transaction: applications,
 * referees (who exist only as this candidate's references), consents, attachments of all of
 * them. Disclosure entries stay as evidence, with the candidate id cleared (their pseudonym
 * still links them).
 */
export async function removeCandidateInterim(
  ctx: ServiceContext,
  id: string,
): Promise<Result<void, NotFound>> {
  const { db } = ctx;
  const tables = [
    db.candidates,
    db.applications,
    db.referees,
    db.consents,
    db.attachments,
    db.disclosures,
    db.notificationTasks,
  ];
  return transactWithAudit<Result<void, NotFound>>(ctx, tables, async () => {
    if ((await db.candidates.get(id)) === undefined) return { result: notFound(), audit: [] };
    const [apps, referees, consents] = await Promise.all([
      db.applications.where('candidateId').equals(id).primaryKeys(),
      db.referees.where('candidateId').equals(id).primaryKeys(),
      db.consents.where('candidateId').equals(id).primaryKeys(),
    ]);
    const owners: [Attachment['ownerType'], string][] = [
      ['candidate', id],
      ...referees.map((r): [Attachment['ownerType'], string] => ['referee', r]),
      ...consents.map((c): [Attachment['ownerType'], string] => ['consent', c]),
    ];
    const files = await db.attachments.where('[ownerType+ownerId]').anyOf(owners).primaryKeys();
    await Promise.all([
      db.attachments.bulkDelete(files),
      db.consents.bulkDelete(consents),
      db.referees.bulkDelete(referees),
      db.applications.bulkDelete(apps),
      db.disclosures.where('candidateId').equals(id).modify({ candidateId: null }),
      db.notificationTasks.where('candidateId').equals(id).modify({ candidateId: null }),
    ]);
    await db.candidates.delete(id);
    const audit: AuditDraft[] = [
      ...apps.map((a) => ({ action: 'application.delete', entity: 'application', id: a })),
      ...referees.map((r) => ({ action: 'referee.delete', entity: 'referee', id: r })),
      ...consents.map((c) => ({ action: 'consent.delete', entity: 'consent', id: c })),
      ...files.map((f) => ({ action: 'attachment.delete', entity: 'attachment', id: f })),
      { action: 'candidate.delete', entity: 'candidate', id },
    ];
    return { result: ok(undefined), audit };
  });
}

/**
 * INTERIM until erasePerson lands: removes a referee or a client contact and their attachments.
 */
export async function removeOwnedPersonInterim(
  ctx: ServiceContext,
  personType: 'referee' | 'contact',
  id: string,
): Promise<Result<void, NotFound>> {
  const table = personType === 'referee' ? ctx.db.referees : ctx.db.contacts;
  return transactWithAudit<Result<void, NotFound>>(ctx, [table, ctx.db.attachments], async () => {
    if ((await table.get(id)) === undefined) return { result: notFound(), audit: [] };
    const files = await ctx.db.attachments
      .where('[ownerType+ownerId]')
      .equals([personType, id])
      .primaryKeys();
    await ctx.db.attachments.bulkDelete(files);
    await table.delete(id);
    return {
      result: ok(undefined),
      audit: [
        ...files.map((f) => ({ action: 'attachment.delete', entity: 'attachment', id: f })),
        { action: `${personType}.delete`, entity: personType, id },
      ],
    };
  });
}
