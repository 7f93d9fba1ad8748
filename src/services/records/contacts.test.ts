import { describe, expect, it } from 'vitest';
import { testContext } from '../../testing/db';
import { clientInput } from '../../testing/inputs';
import {
  contactsOf,
  createContact,
  deleteContact,
  mayReceiveMarketing,
  recordContactTouch,
  updateContact,
} from './contacts';
import { createOrganisation } from './organisations';
import { historyOf } from '../audit';

async function withClient() {
  const ctx = testContext();
  const org = await createOrganisation(ctx, clientInput);
  if (!org.ok) throw new Error();
  return { ctx, orgId: org.value.id };
}

const klaus = (organisationId: string) => ({
  organisationId,
  firstName: 'Klaus',
  lastName: 'Weiß',
  jobTitle: 'Personalleiter',
  emails: ['k.weiss@stahlwerk.example.de'],
  phones: ['+49 681 123456'],
  lastContactOn: '2026-03-01',
});

describe('client contacts', () => {
  it('stores business details with search keys', async () => {
    const { ctx, orgId } = await withClient();
    const out = await createContact(ctx, klaus(orgId));
    expect(out).toMatchObject({
      ok: true,
      value: { sortName: 'weiss klaus', marketingOptOut: false },
    });
    if (!out.ok) throw new Error();
    expect(out.value.searchTokens).toEqual(expect.arrayContaining(['weiss', '49681123456']));
    expect((await contactsOf(ctx.db, orgId)).map((c) => c.id)).toEqual([out.value.id]);
    expect(mayReceiveMarketing(out.value)).toBe(true);
  });

  it('refuses an unknown organisation and a future last contact', async () => {
    const { ctx, orgId } = await withClient();
    expect(await createContact(ctx, klaus('nope'))).toMatchObject({
      error: { issues: [{ path: 'organisationId', code: 'invalid-choice' }] },
    });
    expect(
      await createContact(ctx, { ...klaus(orgId), lastContactOn: '2026-12-01' }),
    ).toMatchObject({
      error: { issues: [{ path: 'lastContactOn', code: 'date-in-future' }] },
    });
    expect(await ctx.db.contacts.count()).toBe(0);
  });

  it('records the marketing opt-out as an audited rectification, and last contact moving forward only', async () => {
    const { ctx, orgId } = await withClient();
    const c = await createContact(ctx, klaus(orgId));
    if (!c.ok) throw new Error();
    const opt = await updateContact(ctx, c.value.id, { ...klaus(orgId), marketingOptOut: true });
    expect(opt).toMatchObject({ ok: true, value: { changed: ['marketingOptOut'] } });
    if (!opt.ok) throw new Error();
    expect(mayReceiveMarketing(opt.value.contact)).toBe(false);
    expect(await recordContactTouch(ctx, c.value.id, '2026-02-01')).toMatchObject({
      value: { lastContactOn: '2026-03-01' },
    });
    expect(await recordContactTouch(ctx, c.value.id)).toMatchObject({
      value: { lastContactOn: '2026-03-12' },
    });
    const history = await historyOf(ctx.db, [{ entity: 'contact', id: c.value.id }]);
    expect(history.map((h) => h.fields)).toEqual([['lastContactOn'], ['marketingOptOut'], []]);
    expect(await deleteContact(ctx, c.value.id)).toEqual({ ok: true, value: undefined });
    expect(await ctx.db.contacts.count()).toBe(0);
  });
});
