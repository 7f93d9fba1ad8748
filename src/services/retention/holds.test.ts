import { describe, expect, it } from 'vitest';
import { buildCandidate } from '../../testing/builders';
import { testContext } from '../../testing/db';
import { withSalt } from '../../testing/retention-builders';
import { at } from '../../testing/retention-seed';
import { transactWithAudit } from '../audit';
import {
  activeHoldsOn,
  holdForRequestInTransaction,
  holdTables,
  holdsOf,
  liftHold,
  liftRequestHoldsInTransaction,
  placeHold,
} from './holds';

async function setup() {
  const ctx = testContext();
  await withSalt(ctx.db);
  const candidate = buildCandidate();
  await ctx.db.candidates.add(candidate);
  return { ctx, candidate };
}

describe('holds', () => {
  it('places an audited hold from today with a reason and an end date', async () => {
    const { ctx, candidate } = await setup();
    const r = await placeHold(ctx, {
      personType: 'candidate',
      personId: candidate.id,
      reason: 'legal-claim',
      note: 'Prud’hommes',
      endsOn: '2027-01-01',
    });
    if (!r.ok) throw new Error('expected ok');
    expect(r.value).toMatchObject({ startsOn: '2026-03-12', endsOn: '2027-01-01', liftedOn: null });
    expect(await activeHoldsOn(ctx.db, '2026-06-01')).toHaveLength(1);
    expect(await activeHoldsOn(ctx.db, '2027-01-02')).toHaveLength(0);
    const audit = await ctx.db.auditLog.toArray();
    expect(audit.map((a) => [a.action, a.fields])).toEqual([
      ['hold.create', ['reason:legal-claim']],
    ]);
    // the note is not in the audit trail
    expect(JSON.stringify(audit)).not.toContain('Prud');
  });

  it('refuses bad input and unknown people, writing nothing', async () => {
    const { ctx, candidate } = await setup();
    const bad = await placeHold(ctx, {
      personType: 'candidate',
      personId: candidate.id,
      reason: 'legal-claim',
      startsOn: '2026-05-01',
      endsOn: '2026-04-01',
    });
    expect(bad).toMatchObject({
      ok: false,
      error: { reason: 'invalid', issues: [{ path: 'endsOn', code: 'date-order' }] },
    });
    const other = await placeHold(ctx, {
      personType: 'candidate',
      personId: candidate.id,
      reason: 'other',
    });
    expect(other).toMatchObject({
      ok: false,
      error: { issues: [{ path: 'note', code: 'required' }] },
    });
    expect(
      await placeHold(ctx, {
        personType: 'contact',
        personId: candidate.id,
        reason: 'legal-claim',
      }),
    ).toEqual({ ok: false, error: { reason: 'not-found', kind: 'person' } });
    expect(await ctx.db.holds.count()).toBe(0);
    expect(await ctx.db.auditLog.count()).toBe(0);
  });

  it('lifting stops the pause, keeps the hold as evidence, and is audited once', async () => {
    const { ctx, candidate } = await setup();
    const r = await placeHold(ctx, {
      personType: 'candidate',
      personId: candidate.id,
      reason: 'legal-claim',
    });
    if (!r.ok) throw new Error('expected ok');
    const lifted = await liftHold(at(ctx, '2026-04-01'), r.value.id);
    expect(lifted).toMatchObject({ ok: true, value: { liftedOn: '2026-04-01' } });
    expect(await activeHoldsOn(ctx.db, '2026-04-01')).toHaveLength(0);
    expect(await holdsOf(ctx.db, candidate.id)).toHaveLength(1);
    expect(await liftHold(ctx, r.value.id)).toEqual({
      ok: false,
      error: { reason: 'hold-already-lifted' },
    });
    expect(await liftHold(ctx, 'nope')).toEqual({
      ok: false,
      error: { reason: 'not-found', kind: 'hold' },
    });
    expect((await ctx.db.auditLog.toArray()).map((a) => a.action)).toEqual([
      'hold.create',
      'hold.lift',
    ]);
  });

  it('an open rights request holds its person once, from its receipt, until it closes', async () => {
    const { ctx, candidate } = await setup();
    const request = {
      id: 'req-1',
      subjectType: 'candidate' as const,
      subjectId: candidate.id,
      receivedOn: '2026-03-09',
    };
    const place = () =>
      transactWithAudit(ctx, holdTables(ctx.db), async () => {
        const r = await holdForRequestInTransaction(ctx, request);
        if (!r.ok) throw new Error('expected ok');
        return { result: r.value.length, audit: r.value };
      });
    expect(await place()).toBe(1);
    expect(await place()).toBe(0);
    const [hold] = await holdsOf(ctx.db, candidate.id);
    expect(hold).toMatchObject({
      reason: 'rights-request',
      requestId: 'req-1',
      startsOn: '2026-03-09',
      endsOn: null,
    });
    expect(await activeHoldsOn(ctx.db, '2030-01-01')).toHaveLength(1);

    await transactWithAudit(ctx, holdTables(ctx.db), async () => ({
      result: null,
      audit: await liftRequestHoldsInTransaction(ctx, 'req-1'),
    }));
    expect(await activeHoldsOn(ctx.db, '2026-03-12')).toHaveLength(0);
  });

  it('closing a request leaves its legal-claim hold (Art. 17(3)(e)) to run to its end', async () => {
    const { ctx, candidate } = await setup();
    const audit = await transactWithAudit(ctx, holdTables(ctx.db), async () => {
      const first = await holdForRequestInTransaction(ctx, {
        id: 'req-1',
        subjectType: 'candidate',
        subjectId: candidate.id,
      });
      const claim = await placeHold(ctx, {
        personType: 'candidate',
        personId: candidate.id,
        reason: 'legal-claim',
        endsOn: '2027-03-12',
        requestId: 'req-1',
      });
      if (!first.ok || !claim.ok) throw new Error('expected ok');
      const lifted = await liftRequestHoldsInTransaction(ctx, 'req-1');
      return { result: lifted, audit: [...first.value, ...lifted] };
    });
    expect(audit.map((a) => a.action)).toEqual(['hold.lift']);
    const holds = await holdsOf(ctx.db, candidate.id);
    expect(holds.map((h) => [h.reason, h.liftedOn]).sort()).toEqual([
      ['legal-claim', null],
      ['rights-request', '2026-03-12'],
    ]);
    expect(await activeHoldsOn(ctx.db, '2026-06-01')).toHaveLength(1);
  });

  it('a request about nobody known holds nothing; one about a missing person is refused', async () => {
    const { ctx } = await setup();
    const run = (subjectId: string | null) =>
      transactWithAudit(ctx, holdTables(ctx.db), async () => {
        const r = await holdForRequestInTransaction(ctx, {
          id: 'r',
          subjectType: subjectId === null ? null : 'candidate',
          subjectId,
        });
        return { result: r, audit: r.ok ? r.value : [] };
      });
    expect(await run(null)).toEqual({ ok: true, value: [] });
    expect(await run('nobody')).toEqual({
      ok: false,
      error: { reason: 'not-found', kind: 'person' },
    });
    expect(await ctx.db.holds.count()).toBe(0);
  });
});
