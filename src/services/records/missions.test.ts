import { describe, expect, it } from 'vitest';
import { buildApplication, buildMission } from '../../testing/builders';
import { testContext } from '../../testing/db';
import { clientInput, missionInputFor } from '../../testing/inputs';
import { createMission, deleteMission, listMissions, updateMission } from './missions';
import { createOrganisation } from './organisations';

async function withClient() {
  const ctx = testContext();
  const org = await createOrganisation(ctx, clientInput);
  const partner = await createOrganisation(ctx, { kind: 'partner', name: 'Partner Conseil' });
  if (!org.ok || !partner.ok) throw new Error();
  return { ctx, clientId: org.value.id, partnerId: partner.value.id };
}

describe('missions', () => {
  it('starts unsigned; the signed date is recorded later and audited', async () => {
    const { ctx, clientId } = await withClient();
    const m = await createMission(ctx, missionInputFor(clientId));
    expect(m).toMatchObject({
      ok: true,
      value: { contractSignedOn: null, status: 'open', sortTitle: 'directeur financier' },
    });
    if (!m.ok) throw new Error();
    const signed = await updateMission(
      ctx,
      m.value.id,
      { ...missionInputFor(clientId), contractSignedOn: '2026-03-10' },
      m.value.updatedAt,
    );
    expect(signed).toMatchObject({
      ok: true,
      value: { changed: ['contractSignedOn'], mission: { contractSignedOn: '2026-03-10' } },
    });
    expect(
      await updateMission(ctx, m.value.id, {
        ...missionInputFor(clientId),
        contractSignedOn: '2026-03-20',
      }),
    ).toMatchObject({ error: { issues: [{ path: 'contractSignedOn', code: 'date-in-future' }] } });
  });

  it('needs a client as client and a partner firm as partner', async () => {
    const { ctx, clientId, partnerId } = await withClient();
    expect(await createMission(ctx, missionInputFor(partnerId))).toMatchObject({
      error: { issues: [{ path: 'clientId', code: 'invalid-choice' }] },
    });
    expect(
      await createMission(ctx, { ...missionInputFor(clientId), partnerId: clientId }),
    ).toMatchObject({
      error: { issues: [{ path: 'partnerId', code: 'invalid-choice' }] },
    });
    expect(await createMission(ctx, { ...missionInputFor(clientId), partnerId })).toMatchObject({
      ok: true,
    });
    expect(
      await createMission(ctx, {
        ...missionInputFor(clientId),
        openedOn: '2026-03-01',
        closedOn: '2026-02-01',
      }),
    ).toMatchObject({ error: { issues: [{ path: 'closedOn', code: 'date-order' }] } });
  });

  it('lists by title or newest first, filtered by status, in keyset pages', async () => {
    const ctx = testContext();
    const rows = [
      buildMission({ id: 'm1', position: 'B', sortTitle: 'b', openedOn: '2026-01-01' }),
      buildMission({
        id: 'm2',
        position: 'A',
        sortTitle: 'a',
        openedOn: '2026-03-01',
        status: 'closed',
      }),
      buildMission({ id: 'm3', position: 'C', sortTitle: 'c', openedOn: '2026-02-01' }),
      buildMission({ id: 'm4', position: 'A', sortTitle: 'a', openedOn: '2026-02-01' }),
    ];
    await ctx.db.missions.bulkAdd(rows);
    const all = async (q: Parameters<typeof listMissions>[1]) => {
      const ids: string[] = [];
      let after = null;
      do {
        const page = await listMissions(ctx.db, q, after, 1);
        ids.push(...page.items.map((m) => m.id));
        after = page.next;
      } while (after !== null);
      return ids;
    };
    expect(await all({})).toEqual(['m2', 'm4', 'm1', 'm3']);
    expect(await all({ status: 'open' })).toEqual(['m4', 'm1', 'm3']);
    expect(await all({ order: 'opened' })).toEqual(['m2', 'm4', 'm3', 'm1']);
  });

  it('is not deleted while applications refer to it', async () => {
    const { ctx, clientId } = await withClient();
    const m = await createMission(ctx, missionInputFor(clientId));
    if (!m.ok) throw new Error();
    await ctx.db.applications.add(buildApplication({ missionId: m.value.id }));
    expect(await deleteMission(ctx, m.value.id)).toEqual({
      ok: false,
      error: { reason: 'in-use' },
    });
  });
});
