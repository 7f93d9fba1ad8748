import { applicationRow } from '../../domain/application';
import { archiveRow, type ArchiveEntry } from '../../domain/archive';
import { candidateRow } from '../../domain/candidate';
import { toIsoDate } from '../../domain/common';
import { missionRow } from '../../domain/mission';
import { organisationRow } from '../../domain/organisation';
import { archiveDecision } from '../../domain/retention-decisions';
import type { RetentionRules } from '../../domain/settings';
import { parseRow, parseRows } from '../../db/rows';
import type { ServiceContext } from '../core';
import {
  eraseInTransaction,
  type ErasureWhy,
  type InTransaction,
  type PreparedErasure,
} from './steps';

export type ArchiveInTransaction =
  | Exclude<InTransaction, { status: 'erased' }>
  | { status: 'not-archivable' }
  | (Extract<InTransaction, { status: 'erased' }> & { archive: ArchiveEntry });

/**
 * P8: keeps the minimal, read-only client archive entry (name, mission, client, submission and
 * hire dates, its own deletion date) and erases the full record the same way as any erasure.
 * Runs inside the caller's transaction over `erasureTables(db)` and the audit log.
 */
export async function archiveInTransaction(
  ctx: ServiceContext,
  prepared: PreparedErasure,
  rules: Pick<RetentionRules, 'archiveMonths'>,
  why: ErasureWhy,
): Promise<ArchiveInTransaction> {
  const { db } = ctx;
  const id = prepared.person.id;
  const row = await db.candidates.get(id);
  if (row === undefined) return { status: 'gone' };
  const candidate = parseRow(candidateRow, 'candidates', row);
  const applications = parseRows(
    applicationRow,
    'applications',
    await db.applications.where('candidateId').equals(id).toArray(),
  );
  const decision = archiveDecision(
    applications,
    { archiveSubmittedOrHired: true, archiveMonths: rules.archiveMonths },
    candidate.deleteOn ?? toIsoDate(ctx.now),
  );
  if (!decision.archive) return { status: 'not-archivable' };

  const placements: ArchiveEntry['placements'] = [];
  for (const p of decision.placements) {
    const m = await db.missions.get(p.missionId);
    const mission = m === undefined ? null : parseRow(missionRow, 'missions', m);
    const o = mission ? await db.organisations.get(mission.clientId) : undefined;
    const client = o === undefined ? null : parseRow(organisationRow, 'organisations', o);
    placements.push({
      missionId: p.missionId,
      client: client?.name ?? '—',
      position: mission?.position ?? '—',
      submittedOn: p.submittedOn,
      hiredOn: p.hiredOn,
    });
  }
  const entry = archiveRow.parse({
    id,
    name: `${candidate.identity.firstName} ${candidate.identity.lastName}`,
    placements,
    archivedAt: ctx.now.toISOString(),
    deleteOn: decision.deleteOn,
  });

  const erased = await eraseInTransaction(ctx, prepared, { ...why, rule: why.rule ?? 'P8' });
  if (erased.status !== 'erased') return erased;
  await db.archive.put(entry);
  return {
    ...erased,
    audit: [...erased.audit, { action: 'archive.create', entity: 'archive', id }],
    archive: entry,
  };
}
