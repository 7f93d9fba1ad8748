import { readMaybe } from '../../db/rows';
import { describe, expect, it } from 'vitest';
import { testContext } from '../../testing/db';
import { buildCandidate, buildMission, buildOrganisation } from '../../testing/builders';
import { sha256Hex } from '../../lib/sha256';
import {
  consentsOfCandidate,
  recordConsent,
  supersedeConsent,
  withdrawAllConsents,
  withdrawConsent,
} from './consents';
import type { ServiceContext } from '../core';

async function seeded(): Promise<ServiceContext> {
  const ctx = testContext();
  await ctx.db.candidates.add(buildCandidate({ id: 'cand-1' }));
  await ctx.db.organisations.bulkAdd([
    buildOrganisation({ id: 'org-client', kind: 'client' }),
    buildOrganisation({ id: 'org-partner', kind: 'partner', name: 'Partner SARL' }),
    buildOrganisation({ id: 'org-other', kind: 'client', name: 'Other client' }),
  ]);
  await ctx.db.missions.bulkAdd([
    buildMission({ id: 'mission-1', clientId: 'org-client', partnerId: 'org-partner' }),
    buildMission({ id: 'mission-2', clientId: 'org-other' }),
  ]);
  return ctx;
}

const verbal = {
  candidateId: 'cand-1',
  missionId: 'mission-1',
  recipientId: 'org-client',
  form: 'verbal',
  givenOn: '2026-03-10',
  script: 'Script FR-2026-02: « Acceptez-vous que nous transmettions votre profil à … ? »',
  categories: ['identity', 'experience'],
};

const actions = async (ctx: ServiceContext) =>
  (await ctx.db.auditLog.orderBy('seq').toArray()).map((e) => `${e.action}:${e.id}`);

describe('recordConsent', () => {
  it('records a verbal consent with who and when from the context (Art. 7(1))', async () => {
    const ctx = await seeded();
    const result = await recordConsent(ctx, verbal);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value).toMatchObject({
      recordedBy: 'user-test',
      recordedAt: ctx.now.toISOString(),
      supersedes: null,
      withdrawnOn: null,
    });
    expect(await ctx.db.consents.get(result.value.id)).toEqual(result.value);
    expect(await actions(ctx)).toEqual([`consent.create:${result.value.id}`]);
  });

  it.each([
    ['a verbal consent without its script', { script: '  ' }, 'script', 'script-required'],
    ['no category', { categories: [] }, 'categories', 'categories-required'],
    ['a date in the future', { givenOn: '2026-03-13' }, 'givenOn', 'date-in-future'],
    [
      'a review in the future',
      { dataReviewedOn: '2026-04-01' },
      'dataReviewedOn',
      'date-in-future',
    ],
    ['an unknown candidate', { candidateId: 'nobody' }, 'candidateId', 'invalid-choice'],
    ['an unknown mission', { missionId: 'nothing' }, 'missionId', 'invalid-choice'],
    ['a client of another mission', { recipientId: 'org-other' }, 'recipientId', 'invalid-choice'],
    ['an unknown recipient', { recipientId: 'org-x' }, 'recipientId', 'invalid-choice'],
  ])('refuses %s and writes nothing', async (_, change, path, code) => {
    const ctx = await seeded();
    const result = await recordConsent(ctx, { ...verbal, ...change });
    expect(result).toEqual({
      ok: false,
      error: { reason: 'invalid', issues: [expect.objectContaining({ path, code })] },
    });
    expect(await ctx.db.consents.count()).toBe(0);
    expect(await ctx.db.auditLog.count()).toBe(0);
  });

  it('accepts the partner firm of a joint mission (P4)', async () => {
    const ctx = await seeded();
    expect((await recordConsent(ctx, { ...verbal, recipientId: 'org-partner' })).ok).toBe(true);
  });

  it('keeps the evidence file as an attachment of the consent with its SHA-256', async () => {
    const ctx = await seeded();
    const blob = new Blob(['Oui, vous pouvez transmettre mon CV.'], { type: 'message/rfc822' });
    const result = await recordConsent(
      ctx,
      { ...verbal, form: 'written', script: '' },
      { name: 'reponse.eml', type: 'message/rfc822', blob },
    );
    if (!result.ok) throw new Error('refused');
    const attachment = readMaybe(
      'attachments',
      await ctx.db.attachments.get(result.value.evidenceAttachmentId!),
    );
    expect(attachment).toMatchObject({
      ownerType: 'consent',
      ownerId: result.value.id,
      kind: 'evidence',
      name: 'reponse.eml',
      size: blob.size,
      sha256: await sha256Hex(blob),
    });
    expect(await attachment!.blob.text()).toBe('Oui, vous pouvez transmettre mon CV.');
    expect(await actions(ctx)).toEqual([
      `consent.create:${result.value.id}`,
      `attachment.create:${attachment!.id}`,
    ]);
  });

  it('refuses an evidence file without a name', async () => {
    const ctx = await seeded();
    const result = await recordConsent(ctx, verbal, {
      name: '',
      type: 'text/plain',
      blob: new Blob(['x']),
    });
    expect(result).toMatchObject({
      ok: false,
      error: { issues: [{ path: 'evidence.name', code: 'required' }] },
    });
    expect(await ctx.db.attachments.count()).toBe(0);
  });

  it('a second consent for the same candidate, mission and client supersedes the first, which stays untouched', async () => {
    const ctx = await seeded();
    const first = await recordConsent(ctx, verbal);
    if (!first.ok) throw new Error('refused');
    const second = await recordConsent(ctx, { ...verbal, categories: ['identity'] });
    if (!second.ok) throw new Error('refused');
    expect(second.value.supersedes).toBe(first.value.id);
    expect(await ctx.db.consents.get(first.value.id)).toEqual(first.value);
    const views = await consentsOfCandidate(ctx.db, 'cand-1', '2026-03-12');
    expect(Object.fromEntries(views.map((v) => [v.id, v.state]))).toEqual({
      [first.value.id]: 'superseded',
      [second.value.id]: 'active',
    });
    expect(await actions(ctx)).toContain(`consent.supersede:${first.value.id}`);
  });

  it('does not supersede a consent of another recipient or mission', async () => {
    const ctx = await seeded();
    await recordConsent(ctx, verbal);
    const other = await recordConsent(ctx, { ...verbal, recipientId: 'org-partner' });
    expect(other.ok && other.value.supersedes).toBeNull();
  });
});

describe('supersedeConsent', () => {
  it('records a change as a new record naming the old one', async () => {
    const ctx = await seeded();
    const first = await recordConsent(ctx, verbal);
    if (!first.ok) throw new Error('refused');
    const changed = await supersedeConsent(ctx, first.value.id, {
      categories: ['identity', 'experience', 'psychometrics'],
      dataReviewedOn: '2026-03-11',
    });
    expect(changed).toMatchObject({
      ok: true,
      value: {
        supersedes: first.value.id,
        categories: ['identity', 'experience', 'psychometrics'],
        dataReviewedOn: '2026-03-11',
        script: verbal.script,
      },
    });
    expect(await ctx.db.consents.get(first.value.id)).toEqual(first.value);
  });

  it('keeps the triple of the old record whatever the changes say', async () => {
    const ctx = await seeded();
    const first = await recordConsent(ctx, verbal);
    if (!first.ok) throw new Error('refused');
    const changed = await supersedeConsent(ctx, first.value.id, { candidateId: 'cand-2' });
    expect(changed.ok && changed.value.candidateId).toBe('cand-1');
  });

  it('cannot supersede a withdrawn consent', async () => {
    const ctx = await seeded();
    const first = await recordConsent(ctx, verbal);
    if (!first.ok) throw new Error('refused');
    await withdrawConsent(ctx, first.value.id, { on: '2026-03-11', channel: 'email' });
    expect(await supersedeConsent(ctx, first.value.id, {})).toEqual({
      ok: false,
      error: { reason: 'consent-already-withdrawn' },
    });
    const explicit = await recordConsent(ctx, { ...verbal, supersedes: first.value.id });
    expect(explicit).toMatchObject({ ok: false, error: { issues: [{ path: 'supersedes' }] } });
  });

  it('says not-found for an unknown consent', async () => {
    const ctx = await seeded();
    expect(await supersedeConsent(ctx, 'nope', {})).toEqual({
      ok: false,
      error: { reason: 'not-found', kind: 'record' },
    });
  });
});

describe('withdrawConsent (Art. 7(3))', () => {
  it('withdraws in one action, dated, how, by whom, audited (Art. 7(1): evidence too)', async () => {
    const ctx = await seeded();
    const c = await recordConsent(ctx, verbal);
    if (!c.ok) throw new Error('refused');
    // how the candidate said so is asked, never assumed
    expect(await withdrawConsent(ctx, c.value.id, { on: '2026-03-12' })).toMatchObject({
      ok: false,
      error: { reason: 'invalid', issues: [{ path: 'channel', code: 'invalid-choice' }] },
    });
    expect(
      await withdrawConsent(ctx, c.value.id, { on: '2026-03-12', channel: 'fax' }),
    ).toMatchObject({
      ok: false,
      error: { reason: 'invalid', issues: [{ path: 'channel', code: 'invalid-choice' }] },
    });
    const result = await withdrawConsent(ctx, c.value.id, {
      on: '2026-03-11',
      channel: 'phone',
      note: 'Phone call',
    });
    expect(result).toMatchObject({
      ok: true,
      value: [{ id: c.value.id, withdrawnOn: '2026-03-11', withdrawnBy: 'user-test' }],
    });
    expect(await ctx.db.consents.get(c.value.id)).toMatchObject({
      withdrawnOn: '2026-03-11',
      withdrawalChannel: 'phone',
      withdrawalNote: 'Phone call',
    });
    expect(await actions(ctx)).toContain(`consent.withdraw:${c.value.id}`);
    const [view] = await consentsOfCandidate(ctx.db, 'cand-1', '2026-03-12');
    expect(view!.state).toBe('withdrawn');
  });

  it('withdrawing an old record withdraws its replacement too (the consent of the triple)', async () => {
    const ctx = await seeded();
    const first = await recordConsent(ctx, verbal);
    const second = await recordConsent(ctx, { ...verbal, categories: ['identity'] });
    if (!first.ok || !second.ok) throw new Error('refused');
    const result = await withdrawConsent(ctx, first.value.id, {
      on: '2026-03-12',
      channel: 'email',
    });
    expect(result.ok && result.value.map((c) => c.id).sort()).toEqual(
      [first.value.id, second.value.id].sort(),
    );
    const states = (await consentsOfCandidate(ctx.db, 'cand-1', '2026-03-12')).map((v) => v.state);
    expect(states).toEqual(['withdrawn', 'withdrawn']);
  });

  it.each([
    ['in the future', '2026-03-13', 'date-in-future'],
    ['before the consent was given', '2026-03-09', 'date-order'],
    ['not a date', '12/03/2026', 'invalid-date'],
  ])('refuses a withdrawal date %s', async (_, on, code) => {
    const ctx = await seeded();
    const c = await recordConsent(ctx, verbal);
    if (!c.ok) throw new Error('refused');
    expect(await withdrawConsent(ctx, c.value.id, { on, channel: 'email' })).toMatchObject({
      ok: false,
      error: { reason: 'invalid', issues: [{ path: 'on', code }] },
    });
    expect((await ctx.db.consents.get(c.value.id))!.withdrawnOn).toBeNull();
  });

  it('says so when already withdrawn, and not-found for an unknown id', async () => {
    const ctx = await seeded();
    const c = await recordConsent(ctx, verbal);
    if (!c.ok) throw new Error('refused');
    await withdrawConsent(ctx, c.value.id, { on: '2026-03-12', channel: 'email' });
    expect(await withdrawConsent(ctx, c.value.id, { on: '2026-03-12', channel: 'email' })).toEqual({
      ok: false,
      error: { reason: 'consent-already-withdrawn' },
    });
    expect(await withdrawConsent(ctx, 'nope', { on: '2026-03-12', channel: 'email' })).toEqual({
      ok: false,
      error: { reason: 'not-found', kind: 'record' },
    });
  });

  it('withdraws every consent of the candidate from the candidate page', async () => {
    const ctx = await seeded();
    await recordConsent(ctx, verbal);
    await recordConsent(ctx, { ...verbal, recipientId: 'org-partner' });
    await recordConsent(ctx, { ...verbal, missionId: 'mission-2', recipientId: 'org-other' });
    const result = await withdrawAllConsents(ctx, 'cand-1', { on: '2026-03-12', channel: 'email' });
    expect(result.ok && result.value).toHaveLength(3);
    const views = await consentsOfCandidate(ctx.db, 'cand-1', '2026-03-12');
    expect(views.every((v) => v.state === 'withdrawn')).toBe(true);
    expect(
      await withdrawAllConsents(ctx, 'nobody', { on: '2026-03-12', channel: 'email' }),
    ).toEqual({
      ok: false,
      error: { reason: 'not-found', kind: 'record' },
    });
  });
});
