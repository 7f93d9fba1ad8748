import { readRows } from '../../db/rows';
import { describe, expect, it } from 'vitest';
import { buildCandidate, buildContact, buildReferee } from '../../testing/builders';
import { personKeys } from '../../domain/person-keys';
import { findPeople, subjectName } from './subjects';
import { testContext, testDb } from '../../testing/db';
import { checkAuditLog } from '../audit';
import type { ServiceContext } from '../core';
import { activeHoldsOn } from '../retention';
import {
  completeRequest,
  extendRequest,
  getRequest,
  listRequests,
  recordIdentityCheck,
  refuseRequest,
  registerRequest,
  rightsDashboard,
  setRequestStatus,
} from './requests';

const at = (date: string) => new Date(`${date}T10:00:00.000Z`);

async function seeded(now = at('2026-03-02')) {
  const ctx = testContext(testDb(), now);
  const candidate = buildCandidate();
  const contact = buildContact();
  await ctx.db.candidates.add(candidate);
  await ctx.db.contacts.add(contact);
  return { ctx, candidate, contact };
}

async function register(ctx: ServiceContext, over: Record<string, unknown>) {
  const result = await registerRequest(ctx, {
    type: 'access',
    receivedOn: '2026-03-02',
    channel: 'email',
    ...over,
  });
  if (!result.ok) throw new Error(JSON.stringify(result.error));
  return result.value;
}

/** The audit log must hold ids and names of actions and fields, never what a person is called. */
async function expectNoPersonalDataInAudit(ctx: ServiceContext, values: string[]) {
  const text = JSON.stringify(await ctx.db.auditLog.toArray()).toLowerCase();
  for (const v of values) expect(text).not.toContain(v.toLowerCase());
}

describe('registerRequest', () => {
  it('computes the due date from the type: 7 days for erasure (P9), a month otherwise', async () => {
    const { ctx, candidate } = await seeded(at('2026-02-02'));
    const erasure = await register(ctx, {
      type: 'erasure',
      receivedOn: '2026-01-31',
      subjectType: 'candidate',
      subjectId: candidate.id,
    });
    const access = await register(ctx, { receivedOn: '2026-01-31' });
    expect(erasure.dueOn).toBe('2026-02-07');
    expect(access.dueOn).toBe('2026-02-28');
    expect(access.status).toBe('received');
    expect(access.subjectId).toBeNull();
  });

  it('places a hold on the person, without an end, linked to the request', async () => {
    const { ctx, candidate } = await seeded();
    const request = await register(ctx, { subjectType: 'candidate', subjectId: candidate.id });
    const holds = await ctx.db.holds.toArray();
    expect(holds).toHaveLength(1);
    expect(holds[0]).toMatchObject({
      personType: 'candidate',
      personId: candidate.id,
      reason: 'rights-request',
      startsOn: '2026-03-02',
      endsOn: null,
      requestId: request.id,
    });
    const actions = (await ctx.db.auditLog.toArray()).map((e) => e.action);
    expect(actions).toEqual(['rights-request.create', 'hold.create']);
    await expectNoPersonalDataInAudit(ctx, ['Müller', 'Hélène', 'helene.muller@example.fr']);
  });

  it('records a request from someone not found, with no hold', async () => {
    const { ctx } = await seeded();
    await register(ctx, { details: 'Asked by letter; no match on name or email' });
    expect(await ctx.db.holds.count()).toBe(0);
  });

  const invalid: [string, Record<string, unknown>, { path: string; code: string }[]][] = [
    ['an unknown type', { type: 'delete-all' }, [{ path: 'type', code: 'invalid-choice' }]],
    ['a bad date', { receivedOn: '2026-02-30' }, [{ path: 'receivedOn', code: 'invalid-date' }]],
    [
      'a future date',
      { receivedOn: '2026-03-03' },
      [{ path: 'receivedOn', code: 'date-in-future' }],
    ],
    [
      'a person type without a person',
      { subjectType: 'candidate' },
      [{ path: 'subjectId', code: 'required' }],
    ],
    ['a person without a type', { subjectId: 'x' }, [{ path: 'subjectType', code: 'required' }]],
    ['an unknown channel', { channel: 'fax' }, [{ path: 'channel', code: 'invalid-choice' }]],
  ];
  for (const [what, over, issues] of invalid) {
    it(`refuses ${what} and writes nothing`, async () => {
      const { ctx } = await seeded();
      const result = await registerRequest(ctx, {
        type: 'access',
        receivedOn: '2026-03-02',
        channel: 'email',
        ...over,
      });
      expect(result).toEqual({ ok: false, error: { reason: 'invalid', issues } });
      expect(await ctx.db.rightsRequests.count()).toBe(0);
      expect(await ctx.db.auditLog.count()).toBe(0);
    });
  }

  it('refuses a person who is not in the records', async () => {
    const { ctx } = await seeded();
    const result = await registerRequest(ctx, {
      type: 'access',
      receivedOn: '2026-03-02',
      channel: 'email',
      subjectType: 'referee',
      subjectId: 'nobody',
    });
    expect(result).toEqual({ ok: false, error: { reason: 'not-found', kind: 'person' } });
    expect(await ctx.db.rightsRequests.count()).toBe(0);
    expect(await ctx.db.holds.count()).toBe(0);
  });
});

describe('the life of a request', () => {
  it('moves between open statuses, records an identity check, and completes', async () => {
    const { ctx, candidate } = await seeded();
    const request = await register(ctx, { subjectType: 'candidate', subjectId: candidate.id });
    expect(await setRequestStatus(ctx, request.id, 'waiting')).toEqual({
      ok: true,
      value: 'waiting',
    });
    const check = await recordIdentityCheck(ctx, request.id, {
      method: 'Copy of identity card seen by video call',
      on: '2026-03-02',
    });
    expect(check).toMatchObject({ ok: true, value: { by: 'user-test' } });
    await setRequestStatus(ctx, request.id, 'in-progress');
    const done = await completeRequest(ctx, request.id, { outcome: 'Export sent by email' });
    expect(done).toMatchObject({
      ok: true,
      value: { status: 'completed', closedOn: '2026-03-02' },
    });
    // the rights-request hold is lifted when the request closes
    expect((await ctx.db.holds.toArray())[0]!.liftedOn).toBe('2026-03-02');
    // a closed request stays closed
    expect(await setRequestStatus(ctx, request.id, 'received')).toEqual({
      ok: false,
      error: { reason: 'request-closed' },
    });
    expect(await completeRequest(ctx, request.id, {})).toEqual({
      ok: false,
      error: { reason: 'request-closed' },
    });
    const actions = (await ctx.db.auditLog.toArray()).map((e) => e.action);
    expect(actions).toEqual([
      'rights-request.create',
      'hold.create',
      'rights-request.status',
      'rights-request.identity-check',
      'rights-request.status',
      'rights-request.complete',
      'hold.lift',
    ]);
    await expectNoPersonalDataInAudit(ctx, ['Export sent', 'identity card', 'Müller']);
  });

  it('refuses an identity check dated in the future', async () => {
    const { ctx } = await seeded();
    const request = await register(ctx, {});
    expect(
      await recordIdentityCheck(ctx, request.id, { method: 'Passport', on: '2026-03-03' }),
    ).toEqual({
      ok: false,
      error: { reason: 'invalid', issues: [{ path: 'on', code: 'date-in-future' }] },
    });
  });

  it('an erasure, restriction, objection or rectification closes only through its effect', async () => {
    const { ctx, candidate } = await seeded();
    for (const type of ['erasure', 'restriction', 'objection', 'rectification']) {
      const request = await register(ctx, {
        type,
        subjectType: 'candidate',
        subjectId: candidate.id,
      });
      expect(await completeRequest(ctx, request.id, {})).toEqual({
        ok: false,
        error: { reason: 'effect-required' },
      });
    }
  });

  it('answers "we hold nothing" for any type when the person was not found', async () => {
    const { ctx } = await seeded();
    const request = await register(ctx, { type: 'erasure' });
    expect(await completeRequest(ctx, request.id, {})).toMatchObject({
      ok: true,
      value: { status: 'completed' },
    });
  });

  it('reports a missing request', async () => {
    const { ctx } = await seeded();
    expect(await setRequestStatus(ctx, 'nope', 'waiting')).toEqual({
      ok: false,
      error: { reason: 'not-found', kind: 'request' },
    });
  });
});

describe('extendRequest', () => {
  it('moves the due date once, with the reason, told within the first month', async () => {
    const { ctx } = await seeded(at('2026-02-10'));
    const request = await register(ctx, { receivedOn: '2026-01-31' });
    const ext = { dueOn: '2026-04-28', reason: 'Records in three archives', toldOn: '2026-02-10' };
    expect(await extendRequest(ctx, request.id, ext)).toEqual({ ok: true, value: ext });
    expect(await getRequest(ctx.db, request.id)).toMatchObject({
      dueOn: '2026-04-28',
      extension: ext,
    });
    expect(await extendRequest(ctx, request.id, { ...ext, dueOn: '2026-04-20' })).toEqual({
      ok: false,
      error: { reason: 'extension-refused', details: ['already-extended', 'extension-not-later'] },
    });
  });

  it('refuses an extension of an erasure request and leaves it unchanged', async () => {
    const { ctx, candidate } = await seeded();
    const request = await register(ctx, {
      type: 'erasure',
      subjectType: 'candidate',
      subjectId: candidate.id,
    });
    const result = await extendRequest(ctx, request.id, {
      dueOn: '2026-04-01',
      reason: 'Busy',
      toldOn: '2026-03-02',
    });
    expect(result).toEqual({
      ok: false,
      error: { reason: 'extension-refused', details: ['erasure-no-extension'] },
    });
    expect((await getRequest(ctx.db, request.id))!.dueOn).toBe('2026-03-09');
  });

  it('requires a reason', async () => {
    const { ctx } = await seeded();
    const request = await register(ctx, {});
    const result = await extendRequest(ctx, request.id, {
      dueOn: '2026-05-01',
      reason: ' ',
      toldOn: '2026-03-02',
    });
    expect(result).toEqual({
      ok: false,
      error: { reason: 'invalid', issues: [{ path: 'reason', code: 'required' }] },
    });
  });
});

describe('refuseRequest', () => {
  it('records Art. 17(3)(e) legal claims on an erasure and keeps the person on a legal-claim hold', async () => {
    const { ctx, candidate } = await seeded();
    const request = await register(ctx, {
      type: 'erasure',
      subjectType: 'candidate',
      subjectId: candidate.id,
    });
    const result = await refuseRequest(ctx, request.id, {
      ground: 'legal-claims',
      note: 'Labour court case pending',
      keepUntil: '2027-03-02',
    });
    expect(result).toMatchObject({
      ok: true,
      value: { status: 'refused', refusal: { ground: 'legal-claims' }, closedOn: '2026-03-02' },
    });
    expect(await ctx.db.candidates.get(candidate.id)).toBeDefined();
    const holds = readRows('holds', await ctx.db.holds.toArray()).sort((a, b) =>
      a.reason.localeCompare(b.reason),
    );
    expect(holds.map((h) => [h.reason, h.startsOn, h.endsOn, h.liftedOn, h.requestId])).toEqual([
      ['legal-claim', '2026-03-02', '2027-03-02', null, request.id],
      ['rights-request', '2026-03-02', null, '2026-03-02', request.id],
    ]);
    // the holds service's audit entries, in the refusal's transaction, on an unbroken chain
    const audit = await ctx.db.auditLog.orderBy('seq').toArray();
    expect(audit.map((e) => [e.action, e.id, e.fields])).toEqual([
      ['rights-request.create', request.id, []],
      ['hold.create', holds[1]!.id, ['reason:rights-request']],
      ['rights-request.refuse', request.id, ['status', 'closedOn', 'refusal', 'outcome']],
      ['hold.lift', holds[1]!.id, []],
      ['hold.create', holds[0]!.id, ['reason:legal-claim']],
    ]);
    expect(new Set(audit.slice(2).map((e) => e.at)).size).toBe(1);
    expect(await checkAuditLog(ctx.db)).toEqual({ intact: true, count: 5 });
    // the retention engine sees the claim: the person is held until its end, not after
    expect((await activeHoldsOn(ctx.db, '2027-03-02')).map((h) => h.reason)).toEqual([
      'legal-claim',
    ]);
    expect(await activeHoldsOn(ctx.db, '2027-03-03')).toEqual([]);
    await expectNoPersonalDataInAudit(ctx, ['Labour court']);
  });

  it('keeps a client contact on a legal-claim hold after refusing their objection', async () => {
    const { ctx, contact } = await seeded();
    const request = await register(ctx, {
      type: 'objection',
      subjectType: 'contact',
      subjectId: contact.id,
    });
    const result = await refuseRequest(ctx, request.id, {
      ground: 'legal-claims',
      note: 'Unpaid invoice claim',
      keepUntil: '2027-01-31',
    });
    expect(result).toMatchObject({ ok: true, value: { status: 'refused' } });
    expect((await activeHoldsOn(ctx.db, '2026-06-01')).map((h) => [h.personId, h.reason])).toEqual([
      [contact.id, 'legal-claim'],
    ]);
  });

  it('writes nothing when the legal-claim hold cannot be placed (the person has gone)', async () => {
    const { ctx, candidate } = await seeded();
    const request = await register(ctx, {
      type: 'erasure',
      subjectType: 'candidate',
      subjectId: candidate.id,
    });
    await ctx.db.candidates.delete(candidate.id); // erased meanwhile, in another tab
    const before = {
      holds: await ctx.db.holds.toArray(),
      audit: await ctx.db.auditLog.count(),
    };
    expect(
      await refuseRequest(ctx, request.id, {
        ground: 'legal-claims',
        note: 'Labour court case pending',
        keepUntil: '2027-03-02',
      }),
    ).toEqual({ ok: false, error: { reason: 'not-found', kind: 'person' } });
    expect(await getRequest(ctx.db, request.id)).toMatchObject({ status: 'received' });
    expect(await ctx.db.holds.toArray()).toEqual(before.holds);
    expect(await ctx.db.auditLog.count()).toBe(before.audit);
  });

  const wrong: [string, string, Record<string, unknown>][] = [
    ['legal claims against an access request', 'access', { ground: 'legal-claims' }],
    ['compelling grounds against an erasure', 'erasure', { ground: 'compelling-grounds' }],
  ];
  for (const [what, type, input] of wrong) {
    it(`refuses to record ${what}`, async () => {
      const { ctx, candidate } = await seeded();
      const request = await register(ctx, {
        type,
        subjectType: 'candidate',
        subjectId: candidate.id,
      });
      expect(await refuseRequest(ctx, request.id, input)).toEqual({
        ok: false,
        error: { reason: 'ground-not-applicable' },
      });
    });
  }

  it('an objection to marketing by a client contact is absolute (Art. 21(3))', async () => {
    const { ctx, contact } = await seeded();
    const request = await register(ctx, {
      type: 'objection',
      subjectType: 'contact',
      subjectId: contact.id,
    });
    expect(
      await refuseRequest(ctx, request.id, { ground: 'compelling-grounds', note: 'x' }),
    ).toEqual({
      ok: false,
      error: { reason: 'ground-not-applicable' },
    });
  });

  it('needs a note for "other", and keepUntil only for legal claims, in the future', async () => {
    const { ctx } = await seeded();
    const request = await register(ctx, {});
    expect(await refuseRequest(ctx, request.id, { ground: 'other' })).toEqual({
      ok: false,
      error: { reason: 'invalid', issues: [{ path: 'note', code: 'required' }] },
    });
    expect(
      await refuseRequest(ctx, request.id, { ground: 'excessive', keepUntil: '2027-01-01' }),
    ).toEqual({
      ok: false,
      error: { reason: 'invalid', issues: [{ path: 'keepUntil', code: 'invalid' }] },
    });
    expect(await refuseRequest(ctx, request.id, { ground: 'manifestly-unfounded' })).toMatchObject({
      ok: true,
    });
  });
});

describe('rightsDashboard', () => {
  it('lists open requests overdue and due within a week, by due date, from the index', async () => {
    const { ctx, candidate } = await seeded(at('2026-03-20'));
    const late = await register(ctx, {
      type: 'erasure',
      receivedOn: '2026-03-01',
      subjectType: 'candidate',
      subjectId: candidate.id,
    });
    const lateAccess = await register(ctx, { receivedOn: '2026-02-10' });
    const soon = await register(ctx, { receivedOn: '2026-02-25' });
    const later = await register(ctx, { receivedOn: '2026-03-20' });
    const closedLate = await register(ctx, { receivedOn: '2026-02-01' });
    await completeRequest(ctx, closedLate.id, {});
    const dashboard = await rightsDashboard(ctx.db, '2026-03-20');
    expect(dashboard.overdue.map((r) => r.id)).toEqual([late.id, lateAccess.id]);
    expect(dashboard.dueSoon.map((r) => r.id)).toEqual([soon.id]);
    expect((await listRequests(ctx.db)).map((r) => r.id)).toContain(later.id);
    // a week later the access request received on 25 February is overdue too
    const nextWeek = await rightsDashboard(ctx.db, '2026-03-26');
    expect(nextWeek.overdue.map((r) => r.id)).toEqual([late.id, lateAccess.id, soon.id]);
  });
});

describe('findPeople', () => {
  it('finds candidates, referees and contacts by an accent-free prefix, restricted ones too', async () => {
    const { ctx, candidate, contact } = await seeded();
    await ctx.db.candidates.update(candidate.id, {
      restricted: { since: '2026-03-01', requestId: null },
    });
    const referee = buildReferee({
      candidateId: candidate.id,
      firstName: 'Wilhelm',
      lastName: 'Weissmann',
      ...personKeys({ firstName: 'Wilhelm', lastName: 'Weissmann' }),
    });
    await ctx.db.referees.add(referee);
    expect((await findPeople(ctx.db, 'mull')).map((p) => [p.type, p.id])).toEqual([
      ['candidate', candidate.id],
    ]);
    expect((await findPeople(ctx.db, 'weiss')).map((p) => [p.type, p.name])).toEqual([
      ['contact', 'Klaus Weiß'],
      ['referee', 'Wilhelm Weissmann'],
    ]);
    expect(await findPeople(ctx.db, 'w')).toEqual([]);
    expect(await subjectName(ctx.db, 'contact', contact.id)).toBe('Klaus Weiß');
    expect(await subjectName(ctx.db, 'candidate', 'gone')).toBeUndefined();
  });
});
