import { readRow } from '../../db/rows';
import { describe, expect, it } from 'vitest';
import { categoryOfField } from '../../domain/disclosure-scope';
import { disclosureWorld } from '../../testing/disclosure-world';
import {
  art19Tables,
  markNotified,
  openArt19Tasks,
  openNotificationTasks,
  recordRectification,
  recordRestriction,
} from './art19';
import { transactWithAudit } from '../audit';
import type { ServiceContext } from '../core';
import { deleteCandidate, updateCandidate } from '../records';
import { submitToRecipient } from './disclosures';
import { createReferee, updateReferee } from '../records';
import { candidateInputOf } from '../../domain/candidate-rules';

/**
 * The candidate went to three recipients: the client (identity and experience, plus a CV that
 * also reveals contact details and qualifications), the partner firm (identity only) and a
 * telesecretary (experience only).
 */
async function disclosed() {
  const w = await disclosureWorld();
  const { db } = w.ctx;
  await db.consents.add({ ...w.consent, id: 'consent-p', recipientId: 'org-partner' });
  const sends = [
    {
      recipientId: 'org-client',
      categories: ['identity', 'experience'],
      attachmentIds: ['att-cv'],
    },
    { recipientId: 'org-partner', categories: ['identity'], attachmentIds: [] },
    { recipientId: 'org-tele', categories: ['experience'], attachmentIds: [] },
  ];
  for (const s of sends) {
    const r = await submitToRecipient(w.ctx, { applicationId: 'app-1', ...s });
    if (!r.ok) throw new Error(JSON.stringify(r.error));
  }
  return w;
}

/** What the records service does: its own change and the Art. 19 to-dos in one transaction. */
const inTransaction = (ctx: ServiceContext, work: () => Promise<unknown>) =>
  transactWithAudit(ctx, [ctx.db.candidates, ...art19Tables(ctx.db)], async () => {
    const audit = (await work()) as { action: string; entity: string; id: string }[];
    return { result: undefined, audit };
  });

const rectify = (ctx: ServiceContext, fields: string[]) =>
  inTransaction(ctx, () => recordRectification(ctx, 'cand-1', fields));

const summary = async (ctx: ServiceContext) =>
  (await openNotificationTasks(ctx.db))
    .map((t) => `${t.recipientId}:${t.change}:${t.fields.join(',')}`)
    .sort();

describe('categoryOfField', () => {
  it.each([
    ['identity', 'identity'],
    ['identity.lastName', 'identity'],
    ['languages', 'qualifications'],
    ['interviewNotes', 'interviews'],
    ['profileLinks', 'profile-links'],
    ['references', 'references'],
    ['source', null],
    ['notice', null],
  ])('%s → %s', (field, category) => expect(categoryOfField(field)).toBe(category));
});

describe('Art. 19: rectification', () => {
  it('tells only the recipients who received a changed category, with the changed fields', async () => {
    const w = await disclosed();
    await rectify(w.ctx, ['experience', 'source']);
    expect(await summary(w.ctx)).toEqual([
      'org-client:rectification:experience',
      'org-tele:rectification:experience',
    ]);
  });

  it('counts what the CV revealed: contact details went to the client only', async () => {
    const w = await disclosed();
    await rectify(w.ctx, ['contact']);
    expect(await summary(w.ctx)).toEqual(['org-client:rectification:contact']);
  });

  it('notifies no one for a field outside the categories, or a candidate never disclosed', async () => {
    const w = await disclosed();
    await rectify(w.ctx, ['source', 'notice']);
    await inTransaction(w.ctx, () => recordRectification(w.ctx, 'cand-never', ['identity']));
    expect(await summary(w.ctx)).toEqual([]);
  });

  it('keeps one open to-do per recipient, adding fields; a new one after it is done', async () => {
    const w = await disclosed();
    await rectify(w.ctx, ['identity']);
    await rectify(w.ctx, ['identity.lastName', 'experience']);
    expect(await summary(w.ctx)).toEqual([
      'org-client:rectification:identity,identity.lastName,experience',
      'org-partner:rectification:identity,identity.lastName',
      'org-tele:rectification:experience',
    ]);
    const partner = (await openNotificationTasks(w.ctx.db)).find(
      (t) => t.recipientId === 'org-partner',
    )!;
    await markNotified(w.ctx, partner.id, { on: '2026-03-12', how: 'email' });
    await rectify(w.ctx, ['identity']);
    expect(await summary(w.ctx)).toContain('org-partner:rectification:identity');
    expect(await w.ctx.db.notificationTasks.count()).toBe(4);
  });

  it('points to the latest disclosure when a recipient received the data twice', async () => {
    const w = await disclosed();
    const later = new Date('2026-03-12T15:00:00.000Z');
    const again = await submitToRecipient(
      { ...w.ctx, now: later },
      { applicationId: 'app-1', recipientId: 'org-tele', categories: ['experience'] },
    );
    if (!again.ok) throw new Error('refused');
    await rectify(w.ctx, ['experience']);
    const tele = (await openNotificationTasks(w.ctx.db)).filter(
      (t) => t.recipientId === 'org-tele',
    );
    expect(tele).toHaveLength(1);
    expect(tele[0]!.disclosureId).toBe(again.value.disclosure.id);
    expect(tele[0]!.disclosedAt).toBe(later.toISOString());
  });

  it('is audited in the caller’s transaction, and refuses to run outside one', async () => {
    const w = await disclosed();
    const before = await w.ctx.db.auditLog.count();
    await rectify(w.ctx, ['experience']);
    const added = (await w.ctx.db.auditLog.orderBy('seq').toArray()).slice(before);
    expect(added.map((e) => [e.action, e.fields])).toEqual([
      ['notification-task.create', ['experience']],
      ['notification-task.create', ['experience']],
    ]);
    await expect(recordRectification(w.ctx, 'cand-1', ['identity'])).rejects.toThrow();
  });

  it('rolls back with the caller’s change', async () => {
    const w = await disclosed();
    await expect(
      inTransaction(w.ctx, async () => {
        await recordRectification(w.ctx, 'cand-1', ['identity']);
        throw new Error('records service failed');
      }),
    ).rejects.toThrow('records service failed');
    expect(await w.ctx.db.notificationTasks.count()).toBe(0);
  });
});

describe('Art. 19: restriction', () => {
  it('tells every recipient of a restriction, listing what they received', async () => {
    const w = await disclosed();
    await inTransaction(w.ctx, () => recordRestriction(w.ctx, 'cand-1'));
    expect(await summary(w.ctx)).toEqual([
      'org-client:restriction:identity,contact,qualifications,experience',
      'org-partner:restriction:identity',
      'org-tele:restriction:experience',
    ]);
  });
});

describe('openArt19Tasks (the rights desk’s dependency)', () => {
  it('opens and audits the to-dos in the caller’s transaction and names the recipients', async () => {
    const w = await disclosed();
    const before = await w.ctx.db.auditLog.count();
    const recipients = await transactWithAudit(w.ctx, art19Tables(w.ctx.db), async () => {
      const done = await openArt19Tasks(w.ctx, {
        candidateId: 'cand-1',
        change: 'restriction',
        fields: [],
      });
      return { result: done.recipientIds, audit: done.audit };
    });
    expect(recipients.sort()).toEqual(['org-client', 'org-partner', 'org-tele']);
    expect(await summary(w.ctx)).toHaveLength(3);
    expect(await w.ctx.db.auditLog.count()).toBe(before + 3);
  });

  it('for a rectification, names only the recipients of the changed data', async () => {
    const w = await disclosed();
    const recipients = await transactWithAudit(w.ctx, art19Tables(w.ctx.db), async () => {
      const done = await openArt19Tasks(w.ctx, {
        candidateId: 'cand-1',
        change: 'rectification',
        fields: ['contact'],
      });
      return { result: done.recipientIds, audit: done.audit };
    });
    expect(recipients).toEqual(['org-client']);
  });
});

describe('markNotified', () => {
  it('records when and how, audited, and takes the task off the list', async () => {
    const w = await disclosed();
    await rectify(w.ctx, ['contact']);
    const [task] = await openNotificationTasks(w.ctx.db);
    expect(task).toMatchObject({
      recipientName: 'Stahlwerk Saar GmbH',
      candidateName: 'Hélène Müller',
      missionPosition: 'Directeur financier',
    });
    const result = await markNotified(w.ctx, task!.id, { on: '2026-03-12', how: 'Email to HR' });
    expect(result).toMatchObject({
      ok: true,
      value: { state: 'done', notifiedOn: '2026-03-12', notifiedHow: 'Email to HR' },
    });
    expect(await openNotificationTasks(w.ctx.db)).toEqual([]);
    const last = await w.ctx.db.auditLog.orderBy('seq').last();
    expect(last).toMatchObject({ action: 'notification-task.done', id: task!.id });
    expect(await markNotified(w.ctx, task!.id, { on: '2026-03-12', how: 'again' })).toEqual({
      ok: false,
      error: { reason: 'task-already-done' },
    });
  });

  it.each([
    [{ on: '2026-03-13', how: 'email' }, 'on', 'date-in-future'],
    [{ on: '2026-03-12', how: '  ' }, 'how', 'required'],
    [{ on: 'yesterday', how: 'email' }, 'on', 'invalid-date'],
  ])('refuses %j', async (input, path, code) => {
    const w = await disclosed();
    await rectify(w.ctx, ['contact']);
    const [task] = await openNotificationTasks(w.ctx.db);
    expect(await markNotified(w.ctx, task!.id, input)).toEqual({
      ok: false,
      error: { reason: 'invalid', issues: [{ path, code }] },
    });
  });

  it('says not-found for an unknown task', async () => {
    const w = await disclosed();
    expect(await markNotified(w.ctx, 'nope', { on: '2026-03-12', how: 'email' })).toEqual({
      ok: false,
      error: { reason: 'not-found', kind: 'record' },
    });
  });
});

describe('Art. 19 through the record services (call point)', () => {
  it('rectifying the candidate puts the recipients on the to-do list, audited with the change', async () => {
    const w = await disclosed();
    const before = readRow('candidates', await w.ctx.db.candidates.get('cand-1'));
    const input = candidateInputOf(before);
    const result = await updateCandidate(w.ctx, 'cand-1', {
      ...input,
      contact: { ...input.contact, emails: ['helene@new.example.fr'] },
    });
    expect(result.ok).toBe(true);
    expect(await summary(w.ctx)).toEqual(['org-client:rectification:contact']);
    const actions = (await w.ctx.db.auditLog.orderBy('seq').toArray()).map((e) => e.action);
    expect(actions.slice(-2)).toEqual(['candidate.update', 'notification-task.create']);
  });

  it('rectifying a referee’s statement concerns whoever received the references', async () => {
    const w = await disclosed();
    await w.ctx.db.consents.update('consent-1', {
      categories: ['identity', 'contact', 'qualifications', 'experience', 'references'],
    });
    const referee = await createReferee(w.ctx, {
      candidateId: 'cand-1',
      firstName: 'Jean',
      lastName: 'Dupont',
      statement: 'Rigoureuse.',
    });
    if (!referee.ok) throw new Error('referee');
    const sent = await submitToRecipient(w.ctx, {
      applicationId: 'app-1',
      recipientId: 'org-client',
      categories: ['references'],
    });
    expect(sent.ok).toBe(true);
    const base = { candidateId: 'cand-1', firstName: 'Jean', lastName: 'Dupont' };
    await updateReferee(w.ctx, referee.value.id, {
      ...base,
      statement: 'Rigoureuse.',
      email: 'j@d.fr',
    });
    expect(await summary(w.ctx)).toEqual([]); // contact details of a referee are never sent
    await updateReferee(w.ctx, referee.value.id, {
      ...base,
      statement: 'Très rigoureuse.',
      email: 'j@d.fr',
    });
    expect(await summary(w.ctx)).toEqual(['org-client:rectification:references']);
  });

  it('deleting the candidate tells every recipient of the erasure', async () => {
    const w = await disclosed();
    expect((await deleteCandidate(w.ctx, 'cand-1')).ok).toBe(true);
    const todos = await openNotificationTasks(w.ctx.db);
    expect(todos.map((t) => `${t.recipientId}:${t.change}`).sort()).toEqual([
      'org-client:erasure',
      'org-partner:erasure',
      'org-tele:erasure',
    ]);
    // no link to the person is left: the to-do names the mission and the date instead
    expect(todos.every((t) => t.candidateId === null && t.candidateName === null)).toBe(true);
    expect(todos.find((t) => t.recipientId === 'org-client')!.missionPosition).toBe(
      'Directeur financier',
    );
    expect(await w.ctx.db.disclosures.where('candidateId').equals('cand-1').count()).toBe(0);
  });
});
