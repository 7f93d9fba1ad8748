import { readRow } from '../../db/rows';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { getMeta } from '../../db/meta';
import { sha256Hex } from '../../lib/sha256';
import { buildCandidate, buildMission } from '../../testing/builders';
import { disclosureWorld } from '../../testing/disclosure-world';
import { withdrawConsent } from './consents';
import { submitToRecipient } from './disclosures';

const submit = {
  applicationId: 'app-1',
  recipientId: 'org-client',
  categories: ['identity', 'experience'],
  attachmentIds: ['att-cv'],
};

async function nothingWritten(w: Awaited<ReturnType<typeof disclosureWorld>>, auditBefore: number) {
  expect(await w.ctx.db.disclosures.count()).toBe(0);
  expect((await w.ctx.db.applications.get('app-1'))!.status).toBe('interviewed');
  expect(await w.ctx.db.auditLog.count()).toBe(auditBefore);
}

describe('submitToRecipient: refused', () => {
  it('refuses a mission without a signed contract, and writes nothing (P3)', async () => {
    const w = await disclosureWorld();
    await w.ctx.db.missions.put(buildMission({ ...w.mission, contractSignedOn: null }));
    const audit = await w.ctx.db.auditLog.count();
    expect(await submitToRecipient(w.ctx, submit)).toEqual({
      ok: false,
      error: { reason: 'refused', reasons: ['no-signed-contract'], uncovered: [] },
    });
    await nothingWritten(w, audit);
  });

  it('returns every reason at once', async () => {
    const w = await disclosureWorld();
    await w.ctx.db.missions.put(buildMission({ ...w.mission, contractSignedOn: null }));
    await w.ctx.db.consents.clear();
    await w.ctx.db.candidates.put(
      buildCandidate({ ...w.candidate, restricted: { since: '2026-03-01', requestId: null } }),
    );
    const result = await submitToRecipient(w.ctx, submit);
    expect(result.ok ? [] : 'reasons' in result.error && result.error.reasons).toEqual([
      'no-signed-contract',
      'no-consent',
      'restricted',
    ]);
  });

  it('refuses after the consent was withdrawn (Art. 7(3))', async () => {
    const w = await disclosureWorld();
    await withdrawConsent(w.ctx, 'consent-1', { on: '2026-03-12', channel: 'email' });
    const audit = await w.ctx.db.auditLog.count();
    const result = await submitToRecipient(w.ctx, submit);
    expect(result).toMatchObject({ ok: false, error: { reasons: ['consent-withdrawn'] } });
    await nothingWritten(w, audit);
  });

  it('on a laptop connected to the office, refuses after more than a week without sync, and allows once synced', async () => {
    const w = await disclosureWorld(); // today 2026-03-12
    await w.ctx.db.meta.put({
      key: 'syncConnection',
      value: { address: 'https://intranet/sync/', db: 'vivier', name: 'alice' },
    });
    await w.ctx.db.meta.put({ key: 'syncLastAt', value: '2026-03-04T18:00:00.000Z' });
    const audit = await w.ctx.db.auditLog.count();
    expect(await submitToRecipient(w.ctx, submit)).toMatchObject({
      ok: false,
      error: { reasons: ['sync-stale'] },
    });
    await nothingWritten(w, audit);
    await w.ctx.db.meta.put({ key: 'syncLastAt', value: '2026-03-11T18:00:00.000Z' });
    expect((await submitToRecipient(w.ctx, submit)).ok).toBe(true);
  });

  it('counts what a file reveals: a CV carries contact details the consent may not cover', async () => {
    const w = await disclosureWorld();
    await w.ctx.db.consents.update('consent-1', { categories: ['identity', 'experience'] });
    const result = await submitToRecipient(w.ctx, submit);
    expect(result).toEqual({
      ok: false,
      error: {
        reason: 'refused',
        reasons: ['category-not-covered'],
        uncovered: ['contact', 'qualifications'],
      },
    });
    // the same categories without the CV are covered
    expect((await submitToRecipient(w.ctx, { ...submit, attachmentIds: [] })).ok).toBe(true);
  });

  it.each([
    ['no category', { categories: [] }, 'categories'],
    ['an unknown category', { categories: ['salary'] }, 'categories.0'],
    ['an unknown recipient', { recipientId: 'org-x' }, 'recipientId'],
    ['another person’s file', { attachmentIds: ['att-other'] }, 'attachmentIds.0'],
    ['an unknown file', { attachmentIds: ['att-cv', 'nope'] }, 'attachmentIds.1'],
  ])('refuses %s as invalid input', async (_, change, path) => {
    const w = await disclosureWorld();
    await w.ctx.db.attachments.add({ ...w.cv, id: 'att-other', ownerId: 'cand-2' });
    const result = await submitToRecipient(w.ctx, { ...submit, ...change });
    expect(result).toMatchObject({ ok: false, error: { reason: 'invalid', issues: [{ path }] } });
    expect(await w.ctx.db.disclosures.count()).toBe(0);
  });

  it('refuses a consent’s evidence file even when it is about this candidate', async () => {
    const w = await disclosureWorld();
    await w.ctx.db.attachments.add({
      ...w.cv,
      id: 'att-ev',
      ownerType: 'consent',
      ownerId: 'consent-1',
    });
    const result = await submitToRecipient(w.ctx, { ...submit, attachmentIds: ['att-ev'] });
    expect(result).toMatchObject({ ok: false, error: { reason: 'invalid' } });
  });

  it('says not-found for an unknown application and application-closed for a closed one', async () => {
    const w = await disclosureWorld();
    expect(await submitToRecipient(w.ctx, { ...submit, applicationId: 'nope' })).toEqual({
      ok: false,
      error: { reason: 'not-found', kind: 'record' },
    });
    await w.ctx.db.applications.update('app-1', { status: 'rejected' });
    expect(await submitToRecipient(w.ctx, submit)).toEqual({
      ok: false,
      error: { reason: 'application-closed' },
    });
  });

  it('refuses when the candidate changed while the dossier was being built', async () => {
    const w = await disclosureWorld();
    let reads = 0;
    w.ctx.db.candidates.hook('reading', (row) =>
      row.id === 'cand-1' && ++reads > 1 ? { ...row, updatedAt: '2026-03-12T09:31:00.000Z' } : row,
    );
    expect(await submitToRecipient(w.ctx, submit)).toEqual({
      ok: false,
      error: { reason: 'changed-meanwhile', since: 'read' },
    });
    expect(await w.ctx.db.disclosures.count()).toBe(0);
  });
});

describe('submitToRecipient: allowed', () => {
  it('returns the dossier, records the disclosure and moves the application to submitted', async () => {
    const w = await disclosureWorld();
    const result = await submitToRecipient(w.ctx, submit);
    if (!result.ok) throw new Error(JSON.stringify(result.error));
    const { disclosure, zip, fileName } = result.value;

    const unzipped = await JSZip.loadAsync(await zip.arrayBuffer());
    const names = Object.keys(unzipped.files).sort();
    expect(names).toEqual(['documents/', 'documents/CV Müller.pdf', 'profile.html']);
    const html = await unzipped.file('profile.html')!.async('string');
    expect(html).toContain('Beruflicher Werdegang'); // the client's language: German
    expect(html).not.toContain('helene.muller@example.fr'); // contact was not chosen for the page
    expect(fileName).toBe('dossier-2026-03-12-muller.zip');

    const salt = await getMeta(w.ctx.db, 'installSalt');
    expect(disclosure).toEqual({
      id: expect.any(String),
      candidateId: 'cand-1',
      pseudonym: await sha256Hex(salt + 'cand-1'),
      missionId: 'mission-1',
      recipientId: 'org-client',
      consentId: 'consent-1',
      // what the page shows plus what the CV reveals
      categories: ['identity', 'contact', 'qualifications', 'experience'],
      files: [
        { name: 'profile.html', sha256: await sha256Hex(html), size: expect.any(Number) },
        { name: 'documents/CV Müller.pdf', sha256: w.cv.sha256, size: w.cv.size },
      ],
      by: w.user.id,
      at: w.ctx.now.toISOString(),
    });
    expect(await w.ctx.db.disclosures.get(disclosure.id)).toEqual(disclosure);

    const app = readRow('applications', await w.ctx.db.applications.get('app-1'));
    expect(app.status).toBe('submitted');
    expect(app.events.at(-1)).toEqual({
      status: 'submitted',
      on: '2026-03-12',
      at: w.ctx.now.toISOString(),
      by: w.user.id,
      note: '',
    });
    const actions = (await w.ctx.db.auditLog.orderBy('seq').toArray()).map((e) => e.action);
    expect(actions.slice(-2)).toEqual(['disclosure.create', 'application.move']);
  });

  it('follows the same flow for the partner firm of a joint mission (P4)', async () => {
    const w = await disclosureWorld();
    await w.ctx.db.consents.add({ ...w.consent, id: 'consent-p', recipientId: 'org-partner' });
    const result = await submitToRecipient(w.ctx, { ...submit, recipientId: 'org-partner' });
    expect(result).toMatchObject({
      ok: true,
      value: { disclosure: { recipientId: 'org-partner', consentId: 'consent-p' } },
    });
    const html = await (
      await JSZip.loadAsync(await (result.ok ? result.value.zip : new Blob()).arrayBuffer())
    )
      .file('profile.html')!
      .async('string');
    expect(html).toContain('Parcours professionnel'); // the partner works in French
    expect((await w.ctx.db.applications.get('app-1'))!.status).toBe('submitted');
  });

  it('shares with a telesecretary without consent, and does not call it a submission (P5)', async () => {
    const w = await disclosureWorld();
    await w.ctx.db.consents.clear();
    const result = await submitToRecipient(w.ctx, { ...submit, recipientId: 'org-tele' });
    expect(result).toMatchObject({ ok: true, value: { disclosure: { consentId: null } } });
    expect((await w.ctx.db.applications.get('app-1'))!.status).toBe('interviewed');
  });

  it('a second recipient adds a disclosure but no second "submitted" event', async () => {
    const w = await disclosureWorld();
    await w.ctx.db.consents.add({ ...w.consent, id: 'consent-p', recipientId: 'org-partner' });
    expect((await submitToRecipient(w.ctx, submit)).ok).toBe(true);
    expect((await submitToRecipient(w.ctx, { ...submit, recipientId: 'org-partner' })).ok).toBe(
      true,
    );
    const app = readRow('applications', await w.ctx.db.applications.get('app-1'));
    expect(app.events.map((e) => e.status)).toEqual(['received', 'interviewed', 'submitted']);
    expect(await w.ctx.db.disclosures.count()).toBe(2);
  });

  it('refreshes the candidate’s list facets with the new status', async () => {
    const w = await disclosureWorld();
    expect((await submitToRecipient(w.ctx, submit)).ok).toBe(true);
    const keys = readRow('candidates', await w.ctx.db.candidates.get('cand-1')).listKeys;
    expect(keys.some((k) => k.includes('submitted'))).toBe(true);
  });
});
