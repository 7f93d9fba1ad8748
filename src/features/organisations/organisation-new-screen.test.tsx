/** @vitest-environment happy-dom */
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, fireEvent, screen, waitFor } from '@testing-library/react';
import { registerUser } from '../../services/records';
import { testDb, testNow } from '../../testing/db';
import { renderWithApp } from '../../testing/render';
import { OrganisationNewScreen } from './organisation-new-screen';

afterEach(cleanup);

describe('new organisation', () => {
  it('asks a recipient for its role and records its country; writes nothing while invalid', async () => {
    history.replaceState(null, '', '/organisations/new?kind=recipient');
    const db = testDb();
    const user = await registerUser(db, testNow, { name: 'Claire Fontaine', role: 'admin' });
    if (!user.ok) throw new Error();
    renderWithApp(<OrganisationNewScreen />, { db, user: user.value });
    fireEvent.change(screen.getByLabelText('Name'), { target: { value: 'Recruit Cloud Inc.' } });
    fireEvent.change(screen.getByLabelText('Country (two letters)'), { target: { value: 'us' } });
    fireEvent.click(screen.getByRole('button', { name: 'Create' }));
    await screen.findByText('This field is required.');
    expect(screen.getByLabelText('Role').getAttribute('aria-invalid')).toBe('true');
    expect(await db.organisations.count()).toBe(0);

    fireEvent.change(screen.getByLabelText('Role'), { target: { value: 'application-provider' } });
    fireEvent.click(screen.getByRole('button', { name: 'Create' }));
    await waitFor(async () => expect(await db.organisations.count()).toBe(1));
    const [org] = await db.organisations.toArray();
    expect(org).toMatchObject({
      kind: 'recipient',
      country: 'US',
      role: 'application-provider',
      transferSafeguard: null,
    });
  });
});
