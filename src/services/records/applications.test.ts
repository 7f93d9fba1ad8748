import { describe, expect, it } from 'vitest';
import { isNamePrefixKey } from '../../domain/list-keys';
import { pipelineStatuses } from '../../domain/application';
import { languages } from '../../i18n/messages';
import { translate } from '../../i18n/translate';
import { testContext } from '../../testing/db';
import { clientInput, heleneInput, missionInputFor } from '../../testing/inputs';
import {
  applicationsOfCandidate,
  createApplication,
  deleteApplication,
  isManualMove,
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

const prefixes = (keys: string[]) =>
  keys.filter((k) => !isNamePrefixKey(k)).map((k) => k.split('\u0000')[0]);

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
    const moved = await moveApplication(
      ctx,
      id,
      'interviewed',
      '2026-03-10',
      'Entretien Sarrebruck',
    );
    expect(moved).toMatchObject({
      ok: true,
      value: {
        status: 'interviewed',
        events: [
          { status: 'received', on: '2026-03-01' },
          { status: 'screening', on: '2026-03-05' },
          {
            status: 'interviewed',
            on: '2026-03-10',
            note: 'Entretien Sarrebruck',
            by: 'user-test',
          },
        ],
      },
    });
    expect(await moveApplication(ctx, id, 'interviewed', '2026-03-11')).toEqual({
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
      error: { reason: 'not-found', kind: 'record' },
    });
    expect(prefixes((await getCandidate(ctx.db, candidateId))!.listKeys)).toContain(
      `mission-status:${missionId}:interviewed`,
    );
    const board = await pipelineOfMission(ctx.db, missionId);
    expect(board.interviewed.map((a) => a.id)).toEqual([id]);
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

  it('refuses "submitted" by hand: only the disclosure service submits, after its guard', async () => {
    const { ctx, candidateId, missionId } = await setup();
    const app = await createApplication(ctx, { candidateId, missionId, receivedOn: '2026-03-01' });
    if (!app.ok) throw new Error();
    const id = app.value.id;
    const before = await ctx.db.applications.get(id);
    const candidateBefore = await ctx.db.candidates.get(candidateId);
    const auditBefore = await ctx.db.auditLog.count();

    expect(await moveApplication(ctx, id, 'submitted', '2026-03-10', 'Envoyé au client')).toEqual({
      ok: false,
      error: {
        reason: 'invalid',
        issues: [{ path: 'status', code: 'submit-through-disclosure' }],
      },
    });
    // nothing written: no event, no status, no retention date, no facet, no audit entry
    expect(await ctx.db.applications.get(id)).toEqual(before);
    expect(await ctx.db.candidates.get(candidateId)).toEqual(candidateBefore);
    expect(await ctx.db.auditLog.count()).toBe(auditBefore);
    expect(await ctx.db.disclosures.count()).toBe(0);

    // every other status stays a hand move
    expect(isManualMove('submitted')).toBe(false);
    for (const s of pipelineStatuses.filter((x) => x !== 'submitted'))
      expect(isManualMove(s), s).toBe(true);
  });

  it('the refusal has a field-level text in every language that names the way to submit', () => {
    for (const lang of languages) {
      const text = translate(lang, 'validation.submit-through-disclosure');
      expect(text, lang).toContain(translate(lang, 'disclosure.submit.title'));
      expect(text, lang).toContain(translate(lang, 'records.pipeline.submitted'));
      const hint = translate(lang, 'records.application.submit-hint');
      expect(hint, lang).toContain(translate(lang, 'disclosure.submit.title'));
      expect(hint, lang).toContain(translate(lang, 'records.pipeline.submitted'));
    }
  });
});
