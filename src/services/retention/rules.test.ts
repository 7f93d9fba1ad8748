import { describe, expect, it } from 'vitest';
import { applyPreset } from '../../domain/retention-presets';
import { policyRetention } from '../../domain/settings';
import { testContext } from '../../testing/db';
import { withSalt } from '../../testing/retention-builders';
import { seedCandidate } from '../../testing/retention-seed';
import { readSettings } from '../../db/settings-repo';
import { previewRules, saveRules } from './rules';

async function world() {
  const ctx = testContext();
  await withSalt(ctx.db);
  const rejected = await seedCandidate(ctx, [
    {
      missionId: 'm1',
      statuses: [
        ['received', '2026-01-05'],
        ['rejected', '2026-02-10'],
      ],
    },
  ]);
  const general = await seedCandidate(ctx, [
    { missionId: null, statuses: [['received', '2026-01-05']] },
  ]);
  return { ctx, rejected, general };
}

describe('changing the rules', () => {
  it('previews who moves and by how much, writing nothing', async () => {
    const { ctx, rejected } = await world();
    const r = await previewRules(ctx.db, applyPreset(policyRetention, 'germany'));
    if (!r.ok) throw new Error('expected ok');
    expect(r.value.people).toBe(2);
    expect(r.value.moves).toEqual([
      {
        personType: 'candidate',
        id: rejected.id,
        name: 'Hélène Müller',
        from: '2029-01-05',
        to: '2026-08-10',
        days: -879,
      },
    ]);
    expect((await ctx.db.candidates.get(rejected.id))?.deleteOn).toBe('2029-01-05');
    expect(await ctx.db.auditLog.count()).toBe(0);
  });

  it('saves the rules and every moved date together, audited with the fields changed', async () => {
    const { ctx, rejected, general } = await world();
    const r = await saveRules(ctx, applyPreset(policyRetention, 'cnil'));
    if (!r.ok) throw new Error('expected ok');
    expect((await readSettings(ctx.db)).retention.preset).toBe('cnil');
    expect((await ctx.db.candidates.get(general.id))?.deleteOn).toBe('2028-01-05');
    expect((await ctx.db.candidates.get(rejected.id))?.deleteOn).toBe('2028-02-10');
    const audit = await ctx.db.auditLog.toArray();
    expect(audit.map((a) => a.action)).toEqual(['settings.update', 'retention.recompute']);
    expect(audit[0]!.fields).toContain('retention.generalApplicationMonths');
    expect(audit[0]!.fields).toContain('retention.preset');
    expect(audit[1]!.fields).toEqual(['moved:2']);
  });

  it('names edited periods custom and refuses invalid rules', async () => {
    const { ctx } = await world();
    const r = await saveRules(ctx, { ...policyRetention, generalApplicationMonths: 6 });
    expect(r.ok && r.value.rules.preset).toBe('custom');
    const bad = await saveRules(ctx, { ...policyRetention, hiredMonths: 0 });
    expect(bad).toMatchObject({
      ok: false,
      error: { reason: 'invalid', issues: [{ path: 'hiredMonths' }] },
    });
    expect((await readSettings(ctx.db)).retention.generalApplicationMonths).toBe(6);
  });
});
