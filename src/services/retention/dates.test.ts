import { describe, expect, it } from 'vitest';
import { applyPreset } from '../../domain/retention-presets';
import { defaultSettings } from '../../domain/settings';
import {
  buildApplication,
  buildCandidate,
  buildConsent,
  buildContact,
  buildReferee,
} from '../../testing/builders';
import { testContext } from '../../testing/db';
import { computeRetention, refreshDeleteOn, retentionTables } from './dates';

async function seed() {
  const ctx = testContext();
  const candidate = buildCandidate({ collectedOn: '2026-01-05' });
  const application = buildApplication({ candidateId: candidate.id, receivedOn: '2026-01-05' });
  const referee = buildReferee({ candidateId: candidate.id });
  await ctx.db.candidates.add(candidate);
  await ctx.db.applications.add(application);
  await ctx.db.referees.add(referee);
  return { ctx, candidate, application, referee };
}

// The scope is an async function, as in every service (Dexie tracks its transaction through it).
const inTx = <T>(ctx: ReturnType<typeof testContext>, work: () => Promise<T>) =>
  ctx.db.transaction('rw', retentionTables(ctx.db), async () => await work());

describe('refreshDeleteOn', () => {
  it('stores the date of a general application and moves the referee with it (P7)', async () => {
    const { ctx, candidate, referee } = await seed();
    const changes = await inTx(ctx, () => refreshDeleteOn(ctx, 'candidate', candidate.id));
    expect(changes).toEqual([
      { personType: 'candidate', id: candidate.id, from: null, to: '2026-04-05' },
      { personType: 'referee', id: referee.id, from: null, to: '2026-04-05' },
    ]);
    expect((await ctx.db.candidates.get(candidate.id))?.deleteOn).toBe('2026-04-05');
    expect(await ctx.db.candidates.where('deleteOn').equals('2026-04-05').count()).toBe(1);
  });

  it('moves the date in the same transaction as a submission, and not at all if it fails', async () => {
    const { ctx, candidate, application } = await seed();
    await inTx(ctx, () => refreshDeleteOn(ctx, 'candidate', candidate.id));
    const submitted = buildApplication({
      id: application.id,
      candidateId: candidate.id,
      missionId: 'm1',
      statuses: [
        ['received', '2026-01-05'],
        ['submitted', '2026-03-12'],
      ],
    });
    await expect(
      inTx(ctx, async () => {
        await ctx.db.applications.put(submitted);
        await refreshDeleteOn(ctx, 'candidate', candidate.id);
        throw new Error('the event failed');
      }),
    ).rejects.toThrow('the event failed');
    expect((await ctx.db.candidates.get(candidate.id))?.deleteOn).toBe('2026-04-05');

    await inTx(ctx, async () => {
      await ctx.db.applications.put(submitted);
      await refreshDeleteOn(ctx, 'candidate', candidate.id);
    });
    expect((await ctx.db.candidates.get(candidate.id))?.deleteOn).toBe('2029-03-12');
  });

  it('a renewed consent with data review moves the date (P10); a second refresh changes nothing', async () => {
    const { ctx, candidate } = await seed();
    await inTx(ctx, async () => {
      await ctx.db.consents.add(
        buildConsent({
          candidateId: candidate.id,
          givenOn: '2027-06-01',
          dataReviewedOn: '2027-06-01',
        }),
      );
      await refreshDeleteOn(ctx, 'candidate', candidate.id);
    });
    expect((await ctx.db.candidates.get(candidate.id))?.deleteOn).toBe('2030-06-01');
    expect(await inTx(ctx, () => refreshDeleteOn(ctx, 'candidate', candidate.id))).toEqual([]);
  });

  it('follows the saved rules (German preset)', async () => {
    const { ctx, candidate, application } = await seed();
    await ctx.db.settings.put({
      ...defaultSettings,
      retention: applyPreset(defaultSettings.retention, 'germany'),
    });
    await inTx(ctx, async () => {
      await ctx.db.applications.put(
        buildApplication({
          id: application.id,
          candidateId: candidate.id,
          missionId: 'm1',
          statuses: [
            ['received', '2026-01-05'],
            ['rejected', '2026-02-10'],
          ],
        }),
      );
      await refreshDeleteOn(ctx, 'candidate', candidate.id);
    });
    expect((await ctx.db.candidates.get(candidate.id))?.deleteOn).toBe('2026-08-10');
    const why = await computeRetention(ctx.db, 'candidate', candidate.id);
    expect(why?.because[0]).toMatchObject({ event: 'rejected', rule: 'germany' });
  });

  it('stores a client contact\u2019s date from the last contact', async () => {
    const ctx = testContext();
    const contact = buildContact({ lastContactOn: '2026-03-12' });
    await ctx.db.contacts.add(contact);
    await inTx(ctx, () => refreshDeleteOn(ctx, 'contact', contact.id));
    expect((await ctx.db.contacts.get(contact.id))?.deleteOn).toBe('2029-03-12');
  });

  it('refuses to run outside a transaction', async () => {
    const { ctx, candidate } = await seed();
    await expect(refreshDeleteOn(ctx, 'candidate', candidate.id)).rejects.toThrow(/transaction/);
  });

  it('refuses a transaction that lacks the tables it reads', async () => {
    const { ctx, candidate } = await seed();
    await expect(
      ctx.db.transaction('rw', ctx.db.candidates, () =>
        refreshDeleteOn(ctx, 'candidate', candidate.id),
      ),
    ).rejects.toThrow();
  });

  it('a missing person moves nothing', async () => {
    const ctx = testContext();
    expect(await inTx(ctx, () => refreshDeleteOn(ctx, 'candidate', 'nobody'))).toEqual([]);
  });
});
