import { describe, expect, it } from 'vitest';
import { isNamePrefixKey } from '../../domain/list-keys';
import { buildApplication } from '../../testing/builders';
import { testContext } from '../../testing/db';
import { checkAuditLog } from '../audit';
import {
  candidateHistory,
  createCandidate,
  deleteCandidate,
  getCandidate,
  noticesDue,
  recordPrivacyNotice,
  updateCandidate,
} from './candidates';
import { candidateInputOf } from '../../domain/candidate-rules';
import { registerUser } from './users';
import { heleneInput } from '../../testing/inputs';

const helene = heleneInput;

async function created(ctx = testContext()) {
  const out = await createCandidate(ctx, helene);
  if (!out.ok) throw new Error(JSON.stringify(out.error));
  return { ctx, candidate: out.value };
}

describe('createCandidate', () => {
  it('stores the candidate with its derived keys and an audit entry without personal data', async () => {
    const { ctx, candidate } = await created();
    expect(candidate.sortName).toBe('muller-ludenscheidt helene');
    expect(candidate.searchTokens).toEqual(
      expect.arrayContaining([
        'muller',
        'ludenscheidt',
        'helene',
        'helene.muller@example.fr',
        '0612345678',
        '33612345678',
      ]),
    );
    expect(candidate.noticeDueOn).toBe('2026-04-01');
    expect(candidate.listKeys.filter((k) => !isNamePrefixKey(k))).toEqual([
      `source:social-media\u0000muller-ludenscheidt helene\u0000${candidate.id}`,
    ]);
    // listed under each start of each search token (search walks these in name order)
    expect(candidate.listKeys).toContain(
      `prefix:lud\u0000muller-ludenscheidt helene\u0000${candidate.id}`,
    );
    expect(await getCandidate(ctx.db, candidate.id)).toEqual(candidate);
    const log = await ctx.db.auditLog.toArray();
    expect(log).toMatchObject([
      { action: 'candidate.create', entity: 'candidate', id: candidate.id, actor: 'user-test' },
    ]);
    expect(JSON.stringify(log)).not.toMatch(/helene|Müller|example|0612/i);
  });

  it('needs no notice for data from the candidate', async () => {
    const { candidate } = await created().then(async ({ ctx }) => ({
      candidate: (
        (await createCandidate(ctx, { ...helene, source: 'email' })) as {
          value: { noticeDueOn: string | null };
        }
      ).value,
    }));
    expect(candidate.noticeDueOn).toBeNull();
  });

  it('returns field-level issues and writes nothing', async () => {
    const ctx = testContext();
    const out = await createCandidate(ctx, {
      ...helene,
      identity: { firstName: '', lastName: 'X' },
      contact: { emails: ['not-an-email'], phones: ['call me'] },
      profileLinks: [{ kind: 'linkedin', url: 'javascript:alert(1)' }],
      source: 'carrier-pigeon',
      collectedOn: '2026-02-30',
    });
    expect(out).toEqual({
      ok: false,
      error: {
        reason: 'invalid',
        issues: expect.arrayContaining([
          { path: 'identity.firstName', code: 'required' },
          { path: 'contact.emails.0', code: 'invalid-email' },
          { path: 'contact.phones.0', code: 'invalid-phone' },
          { path: 'profileLinks.0.url', code: 'invalid-url' },
          { path: 'source', code: 'invalid-choice' },
          { path: 'collectedOn', code: 'invalid-date' },
        ]),
      },
    });
    expect(await ctx.db.candidates.count()).toBe(0);
    expect(await ctx.db.auditLog.count()).toBe(0);
  });

  it('refuses dates in the future and a notice before collection', async () => {
    const ctx = testContext();
    expect(await createCandidate(ctx, { ...helene, collectedOn: '2026-03-13' })).toMatchObject({
      error: { issues: [{ path: 'collectedOn', code: 'date-in-future' }] },
    });
    const notice = { givenOn: '2026-02-01', channel: 'email', givenBy: 'A. Martin' };
    expect(await createCandidate(ctx, { ...helene, notice })).toMatchObject({
      error: { issues: [{ path: 'notice.givenOn', code: 'date-order' }] },
    });
    expect(await ctx.db.candidates.count()).toBe(0);
  });
});

describe('updateCandidate (rectification)', () => {
  it('audits the names of the changed fields and shows them in the history, with who did it', async () => {
    const ctx = testContext();
    const user = await registerUser(ctx.db, ctx.now, { name: 'Anne Martin', role: 'recruiter' });
    if (!user.ok) throw new Error();
    const actx = { ...ctx, actor: user.value.id };
    const { candidate } = await created(actx);
    const later = { ...actx, now: new Date('2026-03-13T08:00:00.000Z') };
    const out = await updateCandidate(
      later,
      candidate.id,
      {
        ...candidateInputOf(candidate),
        identity: { ...candidate.identity, lastName: 'Muller' },
        languages: [{ language: 'Deutsch', level: 'native' }],
      },
      candidate.updatedAt,
    );
    expect(out).toMatchObject({ ok: true, value: { changed: ['identity', 'languages'] } });
    const row = await getCandidate(ctx.db, candidate.id);
    expect(row?.sortName).toBe('muller helene');
    expect(row?.listKeys[0]).toContain('muller helene');
    expect(row?.updatedAt).toBe('2026-03-13T08:00:00.000Z');
    const history = await candidateHistory(ctx.db, candidate.id);
    expect(history).toMatchObject([
      {
        action: 'candidate.update',
        fields: ['identity', 'languages'],
        at: '2026-03-13T08:00:00.000Z',
        actorName: 'Anne Martin',
      },
      { action: 'candidate.create', fields: [], actorName: 'Anne Martin' },
    ]);
    expect(await checkAuditLog(ctx.db)).toMatchObject({ intact: true });
  });

  it('writes nothing when nothing changed', async () => {
    const { ctx, candidate } = await created();
    const out = await updateCandidate(ctx, candidate.id, candidateInputOf(candidate));
    expect(out).toMatchObject({ ok: true, value: { changed: [] } });
    expect(await ctx.db.auditLog.count()).toBe(1);
  });

  it('refuses a stale edit, an unknown id, a restricted candidate and invalid input', async () => {
    const { ctx, candidate } = await created();
    const input = { ...candidateInputOf(candidate), source: 'referral' };
    expect(await updateCandidate(ctx, candidate.id, input, '2026-01-01T00:00:00.000Z')).toEqual({
      ok: false,
      error: { reason: 'changed-meanwhile', since: 'loaded' },
    });
    expect(await updateCandidate(ctx, 'nope', input)).toEqual({
      ok: false,
      error: { reason: 'not-found', kind: 'record' },
    });
    expect(await updateCandidate(ctx, candidate.id, { ...input, source: '' })).toMatchObject({
      error: { reason: 'invalid', issues: [{ path: 'source', code: 'invalid-choice' }] },
    });
    await ctx.db.candidates.update(candidate.id, {
      restricted: { since: '2026-03-01', requestId: null },
    });
    expect(await updateCandidate(ctx, candidate.id, input)).toEqual({
      ok: false,
      error: { reason: 'restricted' },
    });
    expect((await getCandidate(ctx.db, candidate.id))?.source).toBe('social-media');
    expect(await ctx.db.auditLog.count()).toBe(1);
  });

  it('keeps the application facets when the name changes', async () => {
    const { ctx, candidate } = await created();
    await ctx.db.applications.add(buildApplication({ candidateId: candidate.id, missionId: 'm1' }));
    await updateCandidate(ctx, candidate.id, {
      ...candidateInputOf(candidate),
      identity: { firstName: 'Anna', lastName: 'Zed' },
    });
    const row = await getCandidate(ctx.db, candidate.id);
    expect(
      row?.listKeys.filter((k) => !isNamePrefixKey(k)).map((k) => k.split('\u0000')[0]),
    ).toEqual([
      'source:social-media',
      'status:received',
      'mission:m1',
      'mission-status:m1:received',
    ]);
    expect(row?.listKeys.every((k) => k.includes('zed anna'))).toBe(true);
  });
});

describe('Art. 14 notice', () => {
  it('clears the due date once given, and lists due and overdue notices by date', async () => {
    const ctx = testContext();
    const a = await createCandidate(ctx, { ...helene, collectedOn: '2026-02-10' }); // due 03-10: overdue
    const b = await createCandidate(ctx, { ...helene, collectedOn: '2026-02-18' }); // due 03-18: within 7 days
    await createCandidate(ctx, { ...helene, collectedOn: '2026-03-01' }); // due 04-01: later
    await createCandidate(ctx, { ...helene, source: 'website' });
    if (!a.ok || !b.ok) throw new Error();
    expect((await noticesDue(ctx.db, '2026-03-12')).map((c) => c.id)).toEqual([
      a.value.id,
      b.value.id,
    ]);

    const out = await recordPrivacyNotice(ctx, a.value.id, {
      givenOn: '2026-03-11',
      channel: 'email',
      givenBy: 'A. Martin',
    });
    expect(out).toMatchObject({
      ok: true,
      value: { noticeDueOn: null, notice: { channel: 'email' } },
    });
    expect((await noticesDue(ctx.db, '2026-03-12')).map((c) => c.id)).toEqual([b.value.id]);
    expect((await candidateHistory(ctx.db, a.value.id))[0]).toMatchObject({ fields: ['notice'] });

    expect(
      await recordPrivacyNotice(ctx, b.value.id, {
        givenOn: '2026-04-01',
        channel: 'fax',
        givenBy: '',
      }),
    ).toMatchObject({
      error: {
        reason: 'invalid',
        issues: expect.arrayContaining([
          { path: 'channel', code: 'invalid-choice' },
          { path: 'givenBy', code: 'required' },
        ]),
      },
    });
  });
});

describe('deleteCandidate', () => {
  it('removes the candidate and what is theirs, and audits it', async () => {
    const { ctx, candidate } = await created();
    await ctx.db.applications.add(buildApplication({ candidateId: candidate.id }));
    expect(await deleteCandidate(ctx, candidate.id)).toEqual({ ok: true, value: undefined });
    expect(await ctx.db.candidates.count()).toBe(0);
    expect(await ctx.db.applications.count()).toBe(0);
    // a user deletion is the shared erasure: erase entries and a tombstone
    expect((await ctx.db.auditLog.toArray()).map((e) => e.action)).toEqual([
      'candidate.create',
      'candidate.erase',
      'application.delete',
      'tombstone.create',
    ]);
    expect(await ctx.db.tombstones.count()).toBe(1);
    expect(await deleteCandidate(ctx, candidate.id)).toEqual({
      ok: false,
      error: { reason: 'not-found', kind: 'record' },
    });
  });
});
