import { readRow } from '../../db/rows';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { buildReferee } from '../../testing/builders';
import { testContext } from '../../testing/db';
import { disclosureWorld } from '../../testing/disclosure-world';
import { clientInput, heleneInput } from '../../testing/inputs';
import { submitToRecipient } from '../disclosure';
import { exportCandidatesCsv } from '../search';
import { createCandidate, updateCandidate } from './candidates';
import { createContact, mayReceiveMarketing, recordContactTouch, updateContact } from './contacts';
import { createOrganisation } from './organisations';
import { createReferee, updateReferee } from './referees';

/**
 * GDPR Art. 18(2): while a person's processing is restricted their data is only stored. The
 * services refuse, for a candidate, a client contact and a referee alike, every processing the
 * restriction forbids: editing, disclosing, exporting (other than to the person) and marketing.
 */
const restricted = { since: '2026-03-01', requestId: null };

async function people() {
  const ctx = testContext();
  const org = await createOrganisation(ctx, clientInput);
  const candidate = await createCandidate(ctx, heleneInput);
  if (!org.ok || !candidate.ok) throw new Error('setup');
  const contact = await createContact(ctx, {
    organisationId: org.value.id,
    firstName: 'Klaus',
    lastName: 'Weiß',
    emails: ['k.weiss@stahlwerk.example.de'],
    lastContactOn: '2026-03-01',
  });
  const referee = await createReferee(ctx, {
    candidateId: candidate.value.id,
    firstName: 'Jean',
    lastName: 'Dupont',
    relationship: 'ancien directeur',
    email: 'j.dupont@example.fr',
  });
  if (!contact.ok || !referee.ok) throw new Error('setup');
  return { ctx, candidate: candidate.value, contact: contact.value, referee: referee.value };
}

describe('Art. 18 restriction, for every kind of person', () => {
  it('refuses to edit a restricted candidate, contact or referee, and changes nothing', async () => {
    const { ctx, candidate, contact, referee } = await people();
    await ctx.db.candidates.update(candidate.id, { restricted });
    await ctx.db.contacts.update(contact.id, { restricted });
    await ctx.db.referees.update(referee.id, { restricted });
    const audit = await ctx.db.auditLog.count();

    expect(
      await updateCandidate(ctx, candidate.id, {
        ...heleneInput,
        identity: { ...heleneInput.identity, lastName: 'Autre' },
      }),
    ).toEqual({ ok: false, error: { reason: 'restricted' } });
    const { id: _k, createdAt: _kc, updatedAt: _ku, ...contactInput } = contact;
    expect(await updateContact(ctx, contact.id, { ...contactInput, lastName: 'Autre' })).toEqual({
      ok: false,
      error: { reason: 'restricted' },
    });
    expect(await recordContactTouch(ctx, contact.id, '2026-03-10')).toEqual({
      ok: false,
      error: { reason: 'restricted' },
    });
    const { id: _r, createdAt: _rc, updatedAt: _ru, ...refereeInput } = referee;
    expect(await updateReferee(ctx, referee.id, { ...refereeInput, lastName: 'Autre' })).toEqual({
      ok: false,
      error: { reason: 'restricted' },
    });

    expect(readRow('candidates', await ctx.db.candidates.get(candidate.id)).identity.lastName).toBe(
      heleneInput.identity.lastName,
    );
    expect((await ctx.db.contacts.get(contact.id))!).toMatchObject({
      lastName: 'Weiß',
      lastContactOn: '2026-03-01',
    });
    expect((await ctx.db.referees.get(referee.id))!.lastName).toBe('Dupont');
    expect(await ctx.db.auditLog.count()).toBe(audit);
  });

  it('leaves a restricted candidate out of every list export, even when asked to include them', async () => {
    const { ctx, candidate } = await people();
    const other = await createCandidate(ctx, {
      ...heleneInput,
      identity: { ...heleneInput.identity, firstName: 'Marc', lastName: 'Moreau' },
      contact: { ...heleneInput.contact, emails: ['marc@example.fr'], phones: [] },
    });
    if (!other.ok) throw new Error('setup');
    await ctx.db.candidates.update(candidate.id, { restricted });
    for (const query of [{}, { text: 'm', includeRestricted: true }]) {
      const out = await exportCandidatesCsv(ctx, 'en', query);
      expect(out.count).toBe(1);
      expect(out.csv).toContain('Moreau');
      expect(out.csv).not.toContain('Müller');
    }
  });

  it('sends no restricted referee to a recipient, and no restricted candidate at all', async () => {
    const w = await disclosureWorld();
    await w.ctx.db.consents.update('consent-1', {
      categories: ['identity', 'contact', 'qualifications', 'experience', 'references'],
    });
    await w.ctx.db.referees.bulkAdd([
      buildReferee({ id: 'ref-open', candidateId: 'cand-1', lastName: 'Ouvert' }),
      buildReferee({ id: 'ref-held', candidateId: 'cand-1', lastName: 'Restreint', restricted }),
    ]);
    const sent = await submitToRecipient(w.ctx, {
      applicationId: 'app-1',
      recipientId: 'org-client',
      categories: ['identity', 'references'],
      attachmentIds: [],
    });
    if (!sent.ok) throw new Error(JSON.stringify(sent.error));
    const zip = await JSZip.loadAsync(await sent.value.zip.arrayBuffer());
    const html = await zip.file('profile.html')!.async('string');
    expect(html).toContain('Ouvert');
    expect(html).not.toContain('Restreint');

    await w.ctx.db.candidates.update('cand-1', { restricted });
    expect(
      await submitToRecipient(w.ctx, {
        applicationId: 'app-1',
        recipientId: 'org-partner',
        categories: ['identity'],
        attachmentIds: [],
      }),
    ).toMatchObject({
      ok: false,
      error: { reason: 'refused', reasons: expect.arrayContaining(['restricted']) },
    });
  });

  it('sends no marketing to a restricted contact', async () => {
    const { contact } = await people();
    expect(mayReceiveMarketing(contact)).toBe(true);
    expect(mayReceiveMarketing({ ...contact, restricted })).toBe(false);
  });
});
