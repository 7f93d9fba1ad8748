import { Dexie } from 'dexie';
import { z } from 'zod';
import type { AuditDraft } from '../../domain/audit';
import { candidateRow } from '../../domain/candidate';
import { categoryOfField } from '../../domain/disclosure-scope';
import {
  dataCategories,
  fieldIssues,
  isoDate,
  requiredText,
  toIsoDate,
  type DataCategory,
} from '../../domain/common';
import {
  disclosureRow,
  notificationTaskRow,
  type Disclosure,
  type NotificationTask,
} from '../../domain/disclosure';
import { missionRow } from '../../domain/mission';
import { organisationRow } from '../../domain/organisation';
import { err, ok, type Result } from '../../domain/result';
import { parseRow, parseRows } from '../../db/rows';
import type { VivierDb } from '../../db/database';
import { transactWithAudit } from '../audit';
import type { ServiceContext } from '../core';
import { invalid, notFound, type NotFound } from '../core';
import type { Invalid } from '../core';
import type { DisclosureRefusal } from './reasons';

/**
 * Art. 19: every recipient of a disclosure is told of a later rectification, erasure or
 * restriction. These functions turn such a change into to-dos (notificationTasks), one per
 * recipient, until someone marks each notified (date, how).
 *
 * recordRectification and recordRestriction run INSIDE the caller's transaction (records,
 * rights desk), whose scope must include `art19Tables(db)`; they return the audit entries for
 * the caller to add to its own. Erasure's to-dos are written by the erasure service
 * (services/erasure), which also clears the person from the disclosures.
 */
export const art19Tables = (db: VivierDb) => [db.disclosures, db.notificationTasks];

type Change = NotificationTask['change'];

/**
 * A disclosed candidate was rectified: each recipient who received a changed category gets a
 * to-do naming the changed fields. Fields outside every category (e.g. source) notify no one.
 */
export async function recordRectification(
  ctx: ServiceContext,
  candidateId: string,
  changedFields: readonly string[],
): Promise<AuditDraft[]> {
  return (await recordChange(ctx, candidateId, 'rectification', changedFields)).audit;
}

/** Art. 18 restriction: every recipient is told, whatever they received. */
export async function recordRestriction(
  ctx: ServiceContext,
  candidateId: string,
): Promise<AuditDraft[]> {
  return (await recordChange(ctx, candidateId, 'restriction', null)).audit;
}

/**
 * Opens the to-dos inside the caller's transaction (which includes `art19Tables(db)`) and
 * returns the recipients told with the audit entries for the caller to write. For a
 * rectification the fields name what changed; a restriction concerns everything each recipient
 * got. Erasure's to-dos are written by the erasure service itself.
 */
export async function openArt19Tasks(
  ctx: ServiceContext,
  { candidateId, change, fields }: { candidateId: string; change: Change; fields: string[] },
): Promise<{ recipientIds: string[]; audit: AuditDraft[] }> {
  const done = await recordChange(
    ctx,
    candidateId,
    change,
    change === 'rectification' ? fields : null,
  );
  return { recipientIds: done.recipientIds, audit: done.audit };
}

async function recordChange(
  ctx: ServiceContext,
  candidateId: string,
  change: Change,
  changedFields: readonly string[] | null,
): Promise<{ audit: AuditDraft[]; recipientIds: string[] }> {
  if (!Dexie.currentTransaction)
    throw new Error('Art. 19 changes are recorded inside the caller’s transaction');
  const { db } = ctx;
  const disclosures = parseRows(
    disclosureRow,
    'disclosures',
    await db.disclosures.where('candidateId').equals(candidateId).toArray(),
  );
  const open = parseRows(
    notificationTaskRow,
    'notificationTasks',
    await db.notificationTasks.where('candidateId').equals(candidateId).toArray(),
  ).filter((t) => t.state === 'open' && t.change === change);

  // Per recipient: the latest disclosure and everything they received.
  const byRecipient = new Map<string, { latest: Disclosure; received: Set<DataCategory> }>();
  for (const d of disclosures) {
    const entry = byRecipient.get(d.recipientId);
    if (!entry) byRecipient.set(d.recipientId, { latest: d, received: new Set(d.categories) });
    else {
      for (const c of d.categories) entry.received.add(c);
      if (d.at > entry.latest.at) entry.latest = d;
    }
  }

  const audit: AuditDraft[] = [];
  const recipientIds: string[] = [];
  for (const [recipientId, { latest, received }] of byRecipient) {
    const fields =
      changedFields === null
        ? dataCategories.filter((c) => received.has(c))
        : changedFields.filter((f) => {
            const c = categoryOfField(f);
            return c !== null && received.has(c);
          });
    if (changedFields !== null && fields.length === 0) continue;
    recipientIds.push(recipientId);
    const existing = open.find((t) => t.recipientId === recipientId);
    if (existing) {
      const merged = [...new Set([...existing.fields, ...fields])];
      await db.notificationTasks.put({ ...existing, disclosureId: latest.id, fields: merged });
      audit.push({
        action: 'notification-task.update',
        entity: 'notification-task',
        id: existing.id,
        fields: merged,
      });
    } else {
      const task = notificationTaskRow.parse({
        id: crypto.randomUUID(),
        disclosureId: latest.id,
        recipientId,
        candidateId,
        change,
        fields,
        createdAt: ctx.now.toISOString(),
        state: 'open',
      });
      await db.notificationTasks.add(task);
      audit.push({
        action: 'notification-task.create',
        entity: 'notification-task',
        id: task.id,
        fields,
      });
    }
  }
  return { audit, recipientIds };
}

/** A to-do with what the dashboard shows; names are null once the record is gone. */
export type NotificationTodo = NotificationTask & {
  recipientName: string | null;
  candidateName: string | null;
  missionPosition: string | null;
  disclosedAt: string | null;
};

/** The open Art. 19 to-dos, oldest first: the home dashboard's list. */
export async function openNotificationTasks(db: VivierDb): Promise<NotificationTodo[]> {
  const tasks = parseRows(
    notificationTaskRow,
    'notificationTasks',
    await db.notificationTasks.where('state').equals('open').toArray(),
  ).sort((a, b) => a.createdAt.localeCompare(b.createdAt));
  const ids = (xs: (string | null)[]) => [...new Set(xs.filter((x): x is string => x !== null))];
  const [orgs, cands, discs] = await Promise.all([
    db.organisations.bulkGet(ids(tasks.map((t) => t.recipientId))),
    db.candidates.bulkGet(ids(tasks.map((t) => t.candidateId))),
    db.disclosures.bulkGet(ids(tasks.map((t) => t.disclosureId))),
  ]);
  const orgName = new Map(
    orgs.flatMap((o) => (o ? [[o.id, parseRow(organisationRow, 'organisations', o).name]] : [])),
  );
  const candName = new Map(
    cands.flatMap((c) => {
      if (!c) return [];
      const p = parseRow(candidateRow, 'candidates', c);
      return [[p.id, `${p.identity.firstName} ${p.identity.lastName}`]];
    }),
  );
  const disclosure = new Map(
    discs.flatMap((d) => (d ? [[d.id, parseRow(disclosureRow, 'disclosures', d)]] : [])),
  );
  const missions = await db.missions.bulkGet(ids([...disclosure.values()].map((d) => d.missionId)));
  const position = new Map(
    missions.flatMap((m) => (m ? [[m.id, parseRow(missionRow, 'missions', m).position]] : [])),
  );
  return tasks.map((t) => {
    const d = disclosure.get(t.disclosureId);
    return {
      ...t,
      recipientName: orgName.get(t.recipientId) ?? null,
      candidateName: t.candidateId === null ? null : (candName.get(t.candidateId) ?? null),
      missionPosition: d?.missionId ? (position.get(d.missionId) ?? null) : null,
      disclosedAt: d?.at ?? null,
    };
  });
}

export const notifiedInput = z.object({ on: isoDate, how: requiredText(500) });

export type NotifyError = Invalid | NotFound<'record'> | DisclosureRefusal<'task-already-done'>;

/** Marks one recipient as told (Art. 19): when and how, audited. */
export async function markNotified(
  ctx: ServiceContext,
  taskId: string,
  input: unknown,
): Promise<Result<NotificationTask, NotifyError>> {
  const parsed = notifiedInput.safeParse(input);
  if (!parsed.success) return invalid(fieldIssues(parsed.error));
  if (parsed.data.on > toIsoDate(ctx.now)) return invalid([{ path: 'on', code: 'date-in-future' }]);
  const { db } = ctx;
  return transactWithAudit<Result<NotificationTask, NotifyError>>(
    ctx,
    [db.notificationTasks],
    async () => {
      const row = await db.notificationTasks.get(taskId);
      if (!row) return { result: notFound('record'), audit: [] };
      const task = parseRow(notificationTaskRow, 'notificationTasks', row);
      if (task.state === 'done')
        return { result: err({ reason: 'task-already-done' as const }), audit: [] };
      const done = notificationTaskRow.parse({
        ...task,
        state: 'done',
        notifiedOn: parsed.data.on,
        notifiedHow: parsed.data.how,
      });
      await db.notificationTasks.put(done);
      return {
        result: ok(done),
        audit: [
          {
            action: 'notification-task.done',
            entity: 'notification-task',
            id: task.id,
            fields: ['state', 'notifiedOn', 'notifiedHow'],
          },
        ],
      };
    },
  );
}
