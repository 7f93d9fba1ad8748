import { readMaybe } from '../../db/rows';
/** @vitest-environment happy-dom */
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, fireEvent, screen, within } from '@testing-library/react';
import { createApplication } from '../../services/records';
import { createCandidate } from '../../services/records';
import { createMission } from '../../services/records';
import { createOrganisation } from '../../services/records';
import { registerUser } from '../../services/records';
import { testDb, testNow } from '../../testing/db';
import { clientInput, heleneInput, missionInputFor } from '../../testing/inputs';
import { renderWithApp } from '../../testing/render';
import { MissionScreen } from './mission-screen';
import { disclosureWorld } from '../../testing/disclosure-world';

const slow = { timeout: 10_000 };

afterEach(cleanup);

describe('mission page', () => {
  it('shows the unsigned contract and moves an application through the pipeline with dated events', async () => {
    const db = testDb();
    const user = await registerUser(db, testNow, { name: 'Claire Fontaine', role: 'recruiter' });
    if (!user.ok) throw new Error();
    const ctx = { db, now: testNow, actor: user.value.id };
    const org = await createOrganisation(ctx, clientInput);
    const c = await createCandidate(ctx, heleneInput);
    if (!org.ok || !c.ok) throw new Error();
    const m = await createMission(ctx, missionInputFor(org.value.id));
    if (!m.ok) throw new Error();
    const app = await createApplication(ctx, {
      candidateId: c.value.id,
      missionId: m.value.id,
      receivedOn: '2026-03-02',
    });
    if (!app.ok) throw new Error();

    renderWithApp(<MissionScreen id={m.value.id} />, { db, user: user.value });
    await screen.findByRole('heading', {
      level: 1,
      name: 'Directeur financier — Stahlwerk Saar GmbH',
    });
    screen.getByText('Contract not signed yet: no candidate can be presented');
    const received = await screen.findByRole('region', { name: 'Received' });
    within(received).getByRole('link', { name: 'Hélène Müller-Lüdenscheidt' });
    // the card says who may be submitted: no consent yet, the Art. 14 notice not given
    const standing = await within(received).findByRole('list', {
      name: 'Where Hélène Müller-Lüdenscheidt stands',
    });
    await within(standing).findByText('Consent: none');
    within(standing).getByText(/^Notice: (overdue|to give|due soon)$/);

    const form = screen.getByRole('form', {
      name: 'Move Hélène Müller-Lüdenscheidt in the pipeline',
    });
    // "Submitted" is recorded only by sending the dossier: not offered, and the hint says where
    const moveTo = within(form).getByLabelText('Move to');
    expect(within(moveTo).queryByRole('option', { name: 'Submitted to the client' })).toBeNull();
    within(moveTo).getByRole('option', { name: 'Hired' });
    expect(moveTo.getAttribute('aria-describedby')).toBeTruthy();
    expect(document.getElementById(moveTo.getAttribute('aria-describedby')!)?.textContent).toBe(
      'To mark it "Submitted to the client", send the dossier with "Send to a recipient" on the candidate\'s page: the contract and the consent are checked first.',
    );
    fireEvent.change(moveTo, { target: { value: 'screening' } });
    fireEvent.click(within(form).getByRole('button', { name: 'Record the move' }));
    const screening = screen.getByRole('region', { name: 'Screening' });
    await within(screening).findByRole('link', { name: 'Hélène Müller-Lüdenscheidt' });
    const stored = readMaybe('applications', await db.applications.get(app.value.id));
    expect(stored?.events.map((e) => e.status)).toEqual(['received', 'screening']);
  });

  it("shows each card's consent towards the client and the partner firm", async () => {
    const w = await disclosureWorld(new Date());
    renderWithApp(<MissionScreen id="mission-1" />, { db: w.ctx.db, user: w.user });
    const standing = await screen.findByRole('list', { name: /^Where .+ stands$/ }, slow);
    await within(standing).findByText('Consent: active', {}, slow);
    within(standing).getByText('Partenaire Conseil: none');
    await w.ctx.db.consents.update('consent-1', {
      withdrawnOn: '2026-02-01',
      withdrawnBy: w.user.id,
    });
    await within(standing).findByText('Consent: withdrawn', {}, slow);
  });
});
