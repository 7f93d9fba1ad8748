import { describe, expect, it } from 'vitest';
import { testContext } from '../testing/db';
import { clientInput, heleneInput, missionInputFor } from '../testing/inputs';
import {
  applicationsOfCandidate,
  createApplication,
  deleteApplication,
  moveApplication,
  pipelineOfMission,
} from './applications';
import { createCandidate, getCandidate } from './candidates';
import { createMission } from './missions';
import { createOrganisation } from './organisations';

async function setup() {
  const ctx = testContext();
  const c = await createCandidate(ctx, heleneInput);
  const org = await createOrganisation(ctx, clientInput);
  if (!c.ok || !org.ok) throw new Error();
  const m = await createMission(ctx, missionInputFor(org.value.id));
  if (!m.ok) throw new Error();
  return { ctx, candidateId: c.value.id, missionId: m.value.id };
}

const prefixes = (keys: string[]) => keys.map((k) => k.split('\u0000')[0]);

describe('applications', () => {
  it('a general application and one for a mission, each starting with a received event', async () => {
    const { ctx, candidateId, missionId } = await setup();
    const general = await createApplication(ctx, { candidateId, receivedOn: '2026-03-02' });
    expect(general).toMatchObject({
      ok: true,
      value: {
        missionId: null,
        status: 'received',
        events: [{ status: 'received', on: '2026-03-02', by: 'user-test' }],
      },
    });
    const forMission = await createApplication(ctx, {
      candidateId,
      missionId,
      receivedOn: '2026-03-03',
    });
    expect(forMission.ok).toBe(true);
    expect(
      await createApplication(ctx, { candidateId, missionId, receivedOn: '2026-03-04' }),
    ).toMatchObject({
      ok: false,
      error: { reason: 'already-applied' },
    });
    expect(prefixes((await getCandidate(ctx.db, candidateId))!.listKeys)).toEqual([
      'source:social-media',
      'status:received',
      `mission:${missionId}`,
      `mission-status:${missionId}:received`,
    ]);
    expect((await applicationsOfCandidate(ctx.db, candidateId)).map((a) => a.receivedOn)).toEqual([
      '2026-03-03',
      '2026-03-02',
    ]);
  });

  it('refuses unknown candidate or mission and a future date', async () => {
    const { ctx, candidateId } = await setup();
    expect(
      await createApplication(ctx, { candidateId: 'x', missionId: 'y', receivedOn: '2026-03-01' }),
    ).toEqual({
      ok: false,
      error: {
        reason: 'invalid',
        issues: [
          { path: 'candidateId', code: 'invalid-choice' },
          { path: 'missionId', code: 'invalid-choice' },
        ],
      },
    });
    expect(await createApplication(ctx, { candidateId, receivedOn: '2026-04-01' })).toMatchObject({
      error: { issues: [{ path: 'receivedOn', code: 'date-in-future' }] },
    });
    expect(await ctx.db.applications.count()).toBe(0);
  });

  it('moves through the pipeline with dated events, audited, facets kept in step', async () => {
    const { ctx, candidateId, missionId } = await setup();
    const app = await createApplication(ctx, { candidateId, missionId, receivedOn: '2026-03-01' });
    if (!app.ok) throw new Error();
    const id = app.value.id;
    expect((await moveApplication(ctx, id, 'screening', '2026-03-05')).ok).toBe(true);
    const moved = await moveApplication(ctx, id, 'submitted', '2026-03-10', 'Envoyé au client');
    expect(moved).toMatchObject({
      ok: true,
      value: {
        status: 'submitted',
        events: [
          { status: 'received', on: '2026-03-01' },
          { status: 'screening', on: '2026-03-05' },
          { status: 'submitted', on: '2026-03-10', note: 'Envoyé au client', by: 'user-test' },
        ],
      },
    });
    expect(await moveApplication(ctx, id, 'submitted', '2026-03-11')).toEqual({
      ok: false,
      error: { reason: 'same-status' },
    });
    expect(await moveApplication(ctx, id, 'hired', '2026-03-09')).toMatchObject({
      error: { reason: 'invalid', issues: [{ path: 'on', code: 'date-order' }] },
    });
    expect(await moveApplication(ctx, id, 'unknown' as never, '2026-03-11')).toMatchObject({
      error: { reason: 'invalid', issues: [{ path: 'status', code: 'invalid-choice' }] },
    });
    expect(await moveApplication(ctx, 'nope', 'hired', '2026-03-11')).toEqual({
      ok: false,
      error: { reason: 'not-found' },
    });
    expect(prefixes((await getCandidate(ctx.db, candidateId))!.listKeys)).toContain(
      `mission-status:${missionId}:submitted`,
    );
    const board = await pipelineOfMission(ctx.db, missionId);
    expect(board.submitted.map((a) => a.id)).toEqual([id]);
    expect(board.received).toEqual([]);
    const actions = (
      await ctx.db.auditLog.where('[entity+id]').equals(['application', id]).toArray()
    ).map((e) => e.action);
    expect(actions).toEqual(['application.create', 'application.move', 'application.move']);

    expect(await deleteApplication(ctx, id)).toEqual({ ok: true, value: undefined });
    expect(prefixes((await getCandidate(ctx.db, candidateId))!.listKeys)).toEqual([
      'source:social-media',
    ]);
  });
});
