import { describe, expect, it } from 'vitest';
import { buildMission, buildOrganisation } from '../../testing/builders';
import { testContext } from '../../testing/db';
import { clientInput } from '../../testing/inputs';
import {
  createOrganisation,
  deleteOrganisation,
  getOrganisation,
  listOrganisations,
  updateOrganisation,
} from './organisations';

describe('organisations', () => {
  it('creates clients, partners and recipients; a recipient outside the EEA is flagged', async () => {
    const ctx = testContext();
    const client = await createOrganisation(ctx, clientInput);
    expect(client).toMatchObject({
      ok: true,
      value: { sortName: 'stahlwerk saar gmbh', transfer: 'inside-eea', role: null },
    });
    const recipient = await createOrganisation(ctx, {
      kind: 'recipient',
      name: 'Recruit Cloud Inc.',
      role: 'application-provider',
      country: 'US',
    });
    expect(recipient).toMatchObject({ ok: true, value: { transfer: 'not-covered' } });
    if (!recipient.ok) throw new Error();
    const covered = await updateOrganisation(ctx, recipient.value.id, {
      kind: 'recipient',
      name: 'Recruit Cloud Inc.',
      role: 'application-provider',
      country: 'US',
      transferSafeguard: 'SCC 2021/914, module 2',
    });
    expect(covered).toMatchObject({
      ok: true,
      value: { changed: ['transferSafeguard'], organisation: { transfer: 'covered' } },
    });
    expect((await getOrganisation(ctx.db, recipient.value.id))?.transfer).toBe('covered');
  });

  it('requires a role for a recipient and a valid country; writes nothing then', async () => {
    const ctx = testContext();
    expect(await createOrganisation(ctx, { kind: 'recipient', name: 'Secrétariat' })).toEqual({
      ok: false,
      error: { reason: 'invalid', issues: [{ path: 'role', code: 'required' }] },
    });
    expect(await createOrganisation(ctx, { ...clientInput, country: 'Deutschland' })).toMatchObject(
      {
        error: { issues: [{ path: 'country', code: 'invalid-country' }] },
      },
    );
    expect(await ctx.db.organisations.count()).toBe(0);
    expect(await ctx.db.auditLog.count()).toBe(0);
  });

  it('lists by kind and name in keyset pages that handle equal names', async () => {
    const ctx = testContext();
    const names = ['Alpha', 'beta', 'Beta', 'Gamma', 'Beta', 'Delta', 'Épsilon'];
    await ctx.db.organisations.bulkAdd(
      names.map((name, i) =>
        buildOrganisation({
          id: `o${i}`,
          name,
          sortName: name.toLowerCase().normalize('NFKD').replace(/\p{M}/gu, ''),
        }),
      ),
    );
    await ctx.db.organisations.add(
      buildOrganisation({ id: 'p1', kind: 'partner', name: 'Aaron', sortName: 'aaron' }),
    );
    const seen: string[] = [];
    let after = null;
    for (;;) {
      const page = await listOrganisations(ctx.db, 'client', after, 2);
      seen.push(...page.items.map((o) => o.id));
      if (page.next === null) break;
      after = page.next;
    }
    expect(seen).toEqual(['o0', 'o1', 'o2', 'o4', 'o5', 'o6', 'o3']);
  });

  it('refuses to delete an organisation still in use', async () => {
    const ctx = testContext();
    const org = await createOrganisation(ctx, clientInput);
    if (!org.ok) throw new Error();
    await ctx.db.missions.add(buildMission({ clientId: org.value.id }));
    expect(await deleteOrganisation(ctx, org.value.id)).toEqual({
      ok: false,
      error: { reason: 'in-use' },
    });
    await ctx.db.missions.clear();
    expect(await deleteOrganisation(ctx, org.value.id)).toEqual({ ok: true, value: undefined });
    expect(await deleteOrganisation(ctx, org.value.id)).toEqual({
      ok: false,
      error: { reason: 'not-found', kind: 'record' },
    });
  });
});
