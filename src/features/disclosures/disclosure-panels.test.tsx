/** @vitest-environment happy-dom */
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { renderWithApp } from '../../testing/render';
import { disclosureWorld } from '../../testing/disclosure-world';
import { buildMission } from '../../testing/builders';
import { ConsentsPanel } from './consents-panel';
import { SentPanel } from './sent-panel';
import { SubmitAction } from './submit-action';
import { ConsentAction } from './consent-action';
import { ActionBar } from '../../components/action-bar';

afterEach(cleanup);

// fake-indexeddb, jszip and WebCrypto on a shared 2-core machine: give the screen time.
const slow = { timeout: 10_000 };

async function open() {
  const w = await disclosureWorld(new Date());
  // happy-dom's Blob is not the one fake-indexeddb gives back: files are covered by the
  // service tests and the end-to-end test in Chromium.
  await w.ctx.db.attachments.clear();
  // the candidate workspace renders these panels and actions (app/routes.tsx)
  renderWithApp(
    <>
      <ActionBar
        label="Actions"
        actions={[
          {
            id: 'send',
            label: 'Send to a recipient',
            form: (done) => <SubmitAction personId="cand-1" done={done} />,
          },
          {
            id: 'consent',
            label: 'Record a consent',
            form: (done) => <ConsentAction personId="cand-1" done={done} />,
          },
        ]}
      />
      <ConsentsPanel personType="candidate" personId="cand-1" />
      <SentPanel personType="candidate" personId="cand-1" />
    </>,
    { db: w.ctx.db, user: w.user },
  );
  await screen.findByRole('heading', { name: 'Consents' }, slow);
  return w;
}

const send = async () => {
  fireEvent.click(screen.getByRole('button', { name: 'Send to a recipient' }));
  const form = await screen.findByRole('form', { name: 'Send to a recipient' }, slow);
  fireEvent.change(within(form).getByLabelText('Application'), { target: { value: 'app-1' } });
  fireEvent.change(within(form).getByLabelText('Recipient'), { target: { value: 'org-client' } });
  fireEvent.click(within(form).getByLabelText('Name'));
  fireEvent.click(within(form).getByLabelText('Professional background'));
  fireEvent.click(within(form).getByRole('button', { name: 'Check and create the dossier' }));
};

describe('consent and disclosure panels of the candidate page', () => {
  it('shows every reason a submission is refused, with what to do', async () => {
    const w = await open();
    await w.ctx.db.missions.put(buildMission({ ...w.mission, contractSignedOn: null }));
    await w.ctx.db.consents.clear();
    await send();
    const alert = await screen.findByRole('alert', {}, slow);
    expect(alert.textContent).toContain('The mission has no signed service contract');
    expect(alert.textContent).toContain('Record the date the contract was signed');
    expect(alert.textContent).toContain('The candidate has not consented');
    expect(await w.ctx.db.disclosures.count()).toBe(0);
  });

  it('sends when allowed and lists the disclosure', async () => {
    const w = await open();
    await send();
    const status = await screen.findByText('Dossier created and disclosure recorded.', {}, slow);
    expect(status.getAttribute('role')).toBe('status');
    // the form closed on success
    expect(screen.queryByRole('form', { name: 'Send to a recipient' })).toBeNull();
    expect(await w.ctx.db.disclosures.count()).toBe(1);
    const sent = screen.getByRole('region', { name: 'Sent so far' });
    await waitFor(() => expect(within(sent).getByText('Stahlwerk Saar GmbH')).toBeTruthy(), slow);
  });

  it('withdraws a consent recording when and how, a wrong date refused in the field', async () => {
    const w = await open();
    const consents = screen.getByRole('region', { name: 'Consents' });
    fireEvent.click(
      await within(consents).findByRole('button', { name: 'Withdraw consent' }, slow),
    );
    const form = within(consents).getByRole('form', { name: 'Withdraw consent' });
    expect(
      (within(form).getByLabelText('How the candidate told us') as HTMLSelectElement).value,
    ).toBe('email');
    fireEvent.change(within(form).getByLabelText('Withdrawn on'), {
      target: { value: '2999-01-01' },
    });
    fireEvent.click(within(form).getByRole('button', { name: 'Record the withdrawal' }));
    await within(form).findByRole('alert', {}, slow);
    expect(within(form).getByLabelText('Withdrawn on').getAttribute('aria-invalid')).toBe('true');
    expect((await w.ctx.db.consents.get('consent-1'))!.withdrawnOn).toBeNull();

    fireEvent.change(within(form).getByLabelText('Withdrawn on'), {
      target: { value: '2026-03-12' },
    });
    fireEvent.change(within(form).getByLabelText('How the candidate told us'), {
      target: { value: 'letter' },
    });
    fireEvent.click(within(form).getByRole('button', { name: 'Record the withdrawal' }));
    await within(consents).findByText('Consent withdrawn.', {}, slow);
    expect(await w.ctx.db.consents.get('consent-1')).toMatchObject({
      withdrawnOn: '2026-03-12',
      withdrawalChannel: 'letter',
    });
    within(consents).getByText(/\(Letter\)/);
  });

  it('records a verbal consent, with field messages first', async () => {
    const w = await open();
    expect(screen.queryByRole('form', { name: 'Record a consent' })).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Record a consent' }));
    const form = await screen.findByRole('form', { name: 'Record a consent' }, slow);
    fireEvent.click(within(form).getByRole('button', { name: 'Record' }));
    await within(form).findByText('Choose at least one category of data.', {}, slow);
    fireEvent.change(within(form).getByLabelText('Mission'), { target: { value: 'mission-1' } });
    fireEvent.change(within(form).getByLabelText('Recipient'), {
      target: { value: 'org-partner' },
    });
    fireEvent.change(within(form).getByLabelText('Form'), { target: { value: 'verbal' } });
    fireEvent.change(within(form).getByLabelText('Script or wording used'), {
      target: { value: 'May we present you to our partner firm?' },
    });
    fireEvent.click(within(form).getByLabelText('Name'));
    fireEvent.click(within(form).getByRole('button', { name: 'Record' }));
    await screen.findByText('Consent recorded.', {}, slow);
    expect(screen.queryByRole('form', { name: 'Record a consent' })).toBeNull();
    expect(await w.ctx.db.consents.where('recipientId').equals('org-partner').count()).toBe(1);
  });
});
