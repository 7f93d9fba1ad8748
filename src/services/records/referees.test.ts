import { describe, expect, it } from 'vitest';
import { testContext } from '../../testing/db';
import { heleneInput } from '../../testing/inputs';
import { createCandidate, candidateHistory } from './candidates';
import { createReferee, deleteReferee, refereesOf, updateReferee } from './referees';

async function withCandidate() {
  const ctx = testContext();
  const c = await createCandidate(ctx, heleneInput);
  if (!c.ok) throw new Error();
  return { ctx, candidateId: c.value.id };
}

const refereeFor = (candidateId: string) => ({
  candidateId,
  firstName: 'Jean',
  lastName: 'Dupont',
  relationship: 'ancien directeur',
  email: 'j.dupont@example.fr',
  permissionToContactOn: '2026-03-02',
});

describe('referees', () => {
  it('are people with their own keys, linked to a candidate, with the permission to contact', async () => {
    const { ctx, candidateId } = await withCandidate();
    const out = await createReferee(ctx, refereeFor(candidateId));
    expect(out).toMatchObject({
      ok: true,
      value: { sortName: 'dupont jean', permissionToContactOn: '2026-03-02', deleteOn: null },
    });
    expect((await refereesOf(ctx.db, candidateId)).map((r) => r.lastName)).toEqual(['Dupont']);
  });

  it('refuses an unknown candidate, a bad email and a future permission date, writing nothing', async () => {
    const { ctx, candidateId } = await withCandidate();
    expect(await createReferee(ctx, refereeFor('ghost'))).toEqual({
      ok: false,
      error: { reason: 'invalid', issues: [{ path: 'candidateId', code: 'invalid-choice' }] },
    });
    expect(await createReferee(ctx, { ...refereeFor(candidateId), email: 'x' })).toMatchObject({
      error: { issues: [{ path: 'email', code: 'invalid-email' }] },
    });
    expect(
      await createReferee(ctx, { ...refereeFor(candidateId), permissionToContactOn: '2027-01-01' }),
    ).toMatchObject({
      error: { issues: [{ path: 'permissionToContactOn', code: 'date-in-future' }] },
    });
    expect(await ctx.db.referees.count()).toBe(0);
  });

  it('rectifies with field names in the candidate history, and deletes', async () => {
    const { ctx, candidateId } = await withCandidate();
    const r = await createReferee(ctx, refereeFor(candidateId));
    if (!r.ok) throw new Error();
    const up = await updateReferee(ctx, r.value.id, {
      ...refereeFor(candidateId),
      statement: 'Très bon gestionnaire.',
    });
    expect(up).toMatchObject({ ok: true, value: { changed: ['statement'] } });
    expect(
      await updateReferee(ctx, r.value.id, { ...refereeFor(candidateId), candidateId: 'other' }),
    ).toMatchObject({ error: { issues: [{ path: 'candidateId', code: 'invalid' }] } });
    const history = await candidateHistory(ctx.db, candidateId);
    expect(history.map((h) => [h.action, h.fields])).toEqual([
      ['referee.update', ['statement']],
      ['referee.create', []],
      ['candidate.create', []],
    ]);
    expect(await deleteReferee(ctx, r.value.id)).toEqual({ ok: true, value: undefined });
    expect(await ctx.db.referees.count()).toBe(0);
  });
});
