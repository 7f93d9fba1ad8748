import { describe, expect, it, vi } from 'vitest';
import type { Disclosure } from '../../domain/disclosure';
import {
  buildApplication,
  buildCandidate,
  buildConsent,
  buildContact,
  buildOrganisation,
  buildReferee,
} from '../../testing/builders';
import { testContext, testDb } from '../../testing/db';
import type { ServiceContext } from '../core';
import { erasePerson } from '../erasure';
import { withSalt } from '../../testing/retention-builders';
import { disclosureWorld } from '../../testing/disclosure-world';
import { submitToRecipient } from '../disclosure';
import {
  applyObjection,
  applyRestriction,
  completeErasure,
  completeRectification,
  liftRestriction,
} from './effects';
import { getRequest, refuseRequest, registerRequest } from './requests';

/** The disk is full: the erasure's transaction fails on its tombstone write and rolls back. */
function diskFull(ctx: ServiceContext) {
  vi.spyOn(ctx.db.tombstones, 'bulkAdd').mockRejectedValue(
    new DOMException('The quota has been exceeded.', 'QuotaExceededError'),
  );
}

const at = (date: string) => new Date(`${date}T10:00:00.000Z`);

async function world(now = at('2026-03-02')) {
  const ctx = testContext(testDb(), now);
  await withSalt(ctx.db);
  const client = buildOrganisation({ id: 'org-client' });
  const partner = buildOrganisation({
    id: 'org-partner',
    kind: 'partner',
    name: 'Cabinet Partenaire',
  });
  const candidate = buildCandidate();
  const contact = buildContact();
  const referee = buildReferee({ candidateId: candidate.id });
  const disclosure = (recipientId: string, at: string): Disclosure => ({
    id: crypto.randomUUID(),
    candidateId: candidate.id,
    pseudonym: 'a'.repeat(64),
    missionId: 'mission-x',
    recipientId,
    consentId: null,
    categories: ['identity', 'experience'],
    files: [],
    by: 'user-test',
    at,
  });
  await ctx.db.organisations.bulkAdd([client, partner]);
  await ctx.db.candidates.add(candidate);
  await ctx.db.contacts.add(contact);
  await ctx.db.referees.add(referee);
  await ctx.db.applications.add(buildApplication({ candidateId: candidate.id }));
  await ctx.db.consents.add(buildConsent({ candidateId: candidate.id }));
  await ctx.db.disclosures.bulkAdd([
    disclosure('org-client', '2026-02-01T10:00:00.000Z'),
    disclosure('org-partner', '2026-02-03T10:00:00.000Z'),
    disclosure('org-client', '2026-02-05T10:00:00.000Z'),
  ]);
  return { ctx, candidate, contact, referee };
}

async function request(ctx: ServiceContext, type: string, subjectType: string, subjectId: string) {
  const r = await registerRequest(ctx, {
    type,
    subjectType,
    subjectId,
    receivedOn: '2026-03-02',
    channel: 'email',
    details: 'Hélène Müller, by email from helene.muller@example.fr',
  });
  if (!r.ok) throw new Error(JSON.stringify(r.error));
  return r.value;
}

async function auditText(ctx: ServiceContext) {
  return JSON.stringify(await ctx.db.auditLog.toArray()).toLowerCase();
}

describe('restriction (Art. 18)', () => {
  it('locks a candidate, lists the recipients to tell (Art. 19) and closes the request', async () => {
    const { ctx, candidate } = await world();
    const r = await request(ctx, 'restriction', 'candidate', candidate.id);
    const result = await applyRestriction(ctx, r.id, 'Accuracy contested');
    expect(result).toMatchObject({
      ok: true,
      value: { status: 'completed', recipientIds: ['org-client', 'org-partner'] },
    });
    expect((await ctx.db.candidates.get(candidate.id))!.restricted).toEqual({
      since: '2026-03-02',
      requestId: r.id,
    });
    const tasks = await ctx.db.notificationTasks.toArray();
    expect(tasks.map((t) => [t.recipientId, t.change])).toEqual(
      expect.arrayContaining([
        ['org-client', 'restriction'],
        ['org-partner', 'restriction'],
      ]),
    );
    expect((await ctx.db.holds.toArray())[0]!.liftedOn).toBe('2026-03-02');
    expect(await auditText(ctx)).not.toContain('accuracy');
  });

  it('locks a referee or a contact too, with no Art. 19 list (they are never disclosed)', async () => {
    const { ctx, referee, contact } = await world();
    for (const [type, id] of [
      ['referee', referee.id],
      ['contact', contact.id],
    ] as const) {
      const r = await request(ctx, 'restriction', type, id);
      expect(await applyRestriction(ctx, r.id)).toMatchObject({
        ok: true,
        value: { recipientIds: [] },
      });
    }
    expect((await ctx.db.referees.get(referee.id))!.restricted).not.toBeNull();
    expect((await ctx.db.contacts.get(contact.id))!.restricted).not.toBeNull();
    expect(await ctx.db.notificationTasks.count()).toBe(0);
  });

  it('is lifted only after the person was told (Art. 18(3))', async () => {
    const { ctx, candidate } = await world();
    const r = await request(ctx, 'restriction', 'candidate', candidate.id);
    await applyRestriction(ctx, r.id);
    const later = { ...ctx, now: at('2026-04-10') };
    expect(
      await liftRestriction(later, 'candidate', candidate.id, { toldOn: '2026-04-11' }),
    ).toMatchObject({
      ok: false,
      error: { reason: 'invalid' },
    });
    expect(
      await liftRestriction(later, 'candidate', candidate.id, { toldOn: '2026-04-08' }),
    ).toMatchObject({
      ok: true,
    });
    expect((await ctx.db.candidates.get(candidate.id))!.restricted).toBeNull();
    expect(
      await liftRestriction(later, 'candidate', candidate.id, { toldOn: '2026-04-08' }),
    ).toEqual({
      ok: false,
      error: { reason: 'not-restricted' },
    });
  });

  it('refuses a request of another type or without a person', async () => {
    const { ctx, candidate } = await world();
    const access = await request(ctx, 'access', 'candidate', candidate.id);
    expect(await applyRestriction(ctx, access.id)).toEqual({
      ok: false,
      error: { reason: 'wrong-request-type' },
    });
    const anon = await registerRequest(ctx, {
      type: 'restriction',
      receivedOn: '2026-03-02',
      channel: 'letter',
    });
    if (!anon.ok) throw new Error();
    expect(await applyRestriction(ctx, anon.value.id)).toEqual({
      ok: false,
      error: { reason: 'no-person' },
    });
    expect((await ctx.db.candidates.get(candidate.id))!.restricted).toBeNull();
  });
});

describe('erasure (Art. 17, P9)', () => {
  it('erases through the shared service, within 7 days, and closes with the recipients to tell', async () => {
    const { ctx, candidate } = await world();
    const r = await request(ctx, 'erasure', 'candidate', candidate.id);
    const result = await completeErasure(ctx, r.id);
    expect(result).toMatchObject({
      ok: true,
      value: {
        status: 'completed',
        closedOn: '2026-03-02',
        dueOn: '2026-03-09',
        recipientIds: ['org-client', 'org-partner'],
      },
    });
    expect(await ctx.db.candidates.get(candidate.id)).toBeUndefined();
    const tombstones = await ctx.db.tombstones.toArray();
    expect(tombstones.find((t) => t.personType === 'candidate')).toMatchObject({
      reason: 'request',
      requestId: r.id,
    });
    // the Art. 19 to-dos of the erasure, one per recipient
    expect(
      (await ctx.db.notificationTasks.toArray()).map((t) => [t.recipientId, t.change]).sort(),
    ).toEqual([
      ['org-client', 'erasure'],
      ['org-partner', 'erasure'],
    ]);
    expect(await auditText(ctx)).not.toContain('müller');
    // what the person wrote in the request does not survive the erasure
    expect((await getRequest(ctx.db, r.id))!.details).toBe('');
  });

  it('closes without erasing twice when the person was erased but the request stayed open', async () => {
    const { ctx, candidate } = await world();
    const r = await request(ctx, 'erasure', 'candidate', candidate.id);
    await erasePerson(ctx, {
      personType: 'candidate',
      id: candidate.id,
      reason: 'request',
      requestId: r.id,
    });
    const before = await ctx.db.tombstones.count();
    diskFull(ctx);
    const result = await completeErasure(ctx, r.id);
    expect(result).toMatchObject({ ok: true, value: { status: 'completed' } });
    expect(await ctx.db.tombstones.count()).toBe(before);
  });

  it('leaves the request open and says why when the erasure service fails', async () => {
    const { ctx, candidate } = await world();
    const r = await request(ctx, 'erasure', 'candidate', candidate.id);
    diskFull(ctx);
    expect(await completeErasure(ctx, r.id)).toEqual({
      ok: false,
      error: { reason: 'erasure-failed', cause: 'quota-exceeded' },
    });
    expect((await getRequest(ctx.db, r.id))!.status).toBe('received');
    expect(await ctx.db.candidates.get(candidate.id)).toBeDefined();
  });

  it('keeps the person when legal claims are recorded (Art. 17(3)(e))', async () => {
    const { ctx, candidate } = await world();
    const r = await request(ctx, 'erasure', 'candidate', candidate.id);
    await refuseRequest(ctx, r.id, { ground: 'legal-claims', note: 'Dispute over fees' });
    expect(await completeErasure(ctx, r.id)).toEqual({
      ok: false,
      error: { reason: 'request-closed' },
    });
    expect(await ctx.db.candidates.get(candidate.id)).toBeDefined();
  });
});

describe('objection (Art. 21)', () => {
  it("a client contact's objection is an absolute marketing opt-out", async () => {
    const { ctx, contact } = await world();
    const r = await request(ctx, 'objection', 'contact', contact.id);
    diskFull(ctx);
    expect(await applyObjection(ctx, r.id)).toMatchObject({
      ok: true,
      value: { status: 'completed' },
    });
    const after = (await ctx.db.contacts.get(contact.id))!;
    expect(after.marketingOptOut).toBe(true);
    expect(after.firstName).toBe('Klaus');
  });

  it("a candidate's objection stops processing and erasure follows", async () => {
    const { ctx, candidate } = await world();
    const r = await request(ctx, 'objection', 'candidate', candidate.id);
    const result = await applyObjection(ctx, r.id);
    expect(result).toMatchObject({
      ok: true,
      value: { status: 'completed', recipientIds: ['org-client', 'org-partner'] },
    });
    expect(await ctx.db.candidates.get(candidate.id)).toBeUndefined();
    const actions = (await ctx.db.auditLog.toArray()).map((e) => e.action);
    expect(actions).toEqual(
      expect.arrayContaining(['candidate.object', 'candidate.erase', 'rights-request.complete']),
    );
  });

  it('if erasure fails the candidate stays blocked; a compelling reason lifts the block', async () => {
    const { ctx, candidate } = await world();
    const r = await request(ctx, 'objection', 'candidate', candidate.id);
    diskFull(ctx);
    expect(await applyObjection(ctx, r.id)).toMatchObject({
      ok: false,
      error: { reason: 'erasure-failed' },
    });
    expect((await ctx.db.candidates.get(candidate.id))!.objected).toEqual({
      since: '2026-03-02',
      requestId: r.id,
    });
    expect((await getRequest(ctx.db, r.id))!.status).toBe('in-progress');
    const refused = await refuseRequest(ctx, r.id, {
      ground: 'compelling-grounds',
      note: 'Placement guarantee period running',
    });
    expect(refused).toMatchObject({ ok: true, value: { status: 'refused' } });
    expect((await ctx.db.candidates.get(candidate.id))!.objected).toBeNull();
  });
});

describe('rectification (Art. 16)', () => {
  it('closes with the changed fields and the recipients that had the data', async () => {
    const { ctx, candidate } = await world();
    const r = await request(ctx, 'rectification', 'candidate', candidate.id);
    const result = await completeRectification(ctx, r.id, {
      changedFields: ['contact', 'experience', 'contact'],
      outcome: 'New email and corrected dates',
    });
    expect(result).toMatchObject({
      ok: true,
      value: {
        status: 'completed',
        changedFields: ['contact', 'experience'],
        recipientIds: ['org-client', 'org-partner'],
      },
    });
    const audit = await ctx.db.auditLog.toArray();
    expect(audit.find((e) => e.action === 'rights-request.complete')!.fields).toEqual(
      expect.arrayContaining(['changedFields', 'recipientIds']),
    );
    expect(await auditText(ctx)).not.toContain('new email');
  });

  it('refuses unknown field names (they would reach the audit log) and an empty list', async () => {
    const { ctx, candidate } = await world();
    const r = await request(ctx, 'rectification', 'candidate', candidate.id);
    expect(
      await completeRectification(ctx, r.id, { changedFields: ['identity', 'helene@x.fr'] }),
    ).toEqual({
      ok: false,
      error: { reason: 'invalid', issues: [{ path: 'changedFields.1', code: 'invalid-choice' }] },
    });
    expect(await completeRectification(ctx, r.id, { changedFields: [] })).toEqual({
      ok: false,
      error: { reason: 'invalid', issues: [{ path: 'changedFields', code: 'required' }] },
    });
    expect((await getRequest(ctx.db, r.id))!.status).toBe('received');
  });
});

describe('restriction and the disclosure guard', () => {
  const submit = {
    applicationId: 'app-1',
    recipientId: 'org-client',
    categories: ['identity', 'experience'],
    attachmentIds: [],
  };

  it('a candidate restricted through the rights desk cannot be submitted to a client until lifted', async () => {
    const w = await disclosureWorld(at('2026-03-12'));
    const r = await request(w.ctx, 'restriction', 'candidate', w.candidate.id);
    expect(await applyRestriction(w.ctx, r.id)).toMatchObject({ ok: true });
    expect(await submitToRecipient(w.ctx, submit)).toMatchObject({
      ok: false,
      error: { reason: 'refused', reasons: ['restricted'] },
    });
    expect(await w.ctx.db.disclosures.count()).toBe(0);

    const later = { ...w.ctx, now: at('2026-03-20') };
    await liftRestriction(later, 'candidate', w.candidate.id, { toldOn: '2026-03-19' });
    expect(await submitToRecipient(later, submit)).toMatchObject({ ok: true });
  });
});
