/** @vitest-environment happy-dom */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, renderHook, screen, waitFor } from '@testing-library/react';
import type { ReactNode } from 'react';
import { SessionProvider } from '../../components/db-context';
import { buildCandidate } from '../../testing/builders';
import { useEmptyDatabase } from './use-empty-database';
import { FirstRunScreen } from './first-run-screen';
import { renderWithApp } from '../../testing/render';
import { testDb } from '../../testing/db';
import { currentUser } from '../../services/records';

afterEach(cleanup);

describe('first run', () => {
  it('shows field-level messages and writes nothing when the form is incomplete', async () => {
    const db = testDb();
    renderWithApp(<FirstRunScreen />, { db });
    fireEvent.click(screen.getByRole('button', { name: 'Start using Vivier' }));
    expect(await screen.findByText('This field is required.')).toBeTruthy();
    expect(screen.getByLabelText('Your name').getAttribute('aria-invalid')).toBe('true');
    expect(await db.users.count()).toBe(0);
    expect(await db.auditLog.count()).toBe(0);
  });

  it('registers the user of this laptop, audited', async () => {
    const db = testDb();
    const refreshUser = vi.fn();
    renderWithApp(<FirstRunScreen />, { db, refreshUser });
    fireEvent.change(screen.getByLabelText('Your name'), { target: { value: 'Claire Fontaine' } });
    fireEvent.change(screen.getByLabelText('Your role'), { target: { value: 'partner' } });
    fireEvent.click(screen.getByRole('button', { name: 'Start using Vivier' }));
    await waitFor(() => expect(refreshUser).toHaveBeenCalled());
    const user = await currentUser(db);
    expect(user).toMatchObject({ name: 'Claire Fontaine', role: 'partner' });
    const audit = await db.auditLog.toArray();
    expect(audit.map((a) => a.action)).toEqual(['user.create', 'settings.create']);
    // no personal data in the audit log
    expect(JSON.stringify(audit)).not.toContain('Claire');
  });

  it('on an empty database, says records entered at another address stay there and how to bring them', async () => {
    const db = testDb();
    renderWithApp(<FirstRunScreen />, { db });
    const notice = await screen.findByRole('region', {
      name: 'Used Vivier at another address before?',
    });
    expect(notice.textContent).toContain(`${location.origin}/ starts empty`);
    expect(notice.textContent).toContain('make a backup (Backup, then “Back up now”)');
    expect(notice.textContent).toContain('choose “Restore from a backup” below');
  });

  it('tells an empty database from one that holds records', async () => {
    const db = testDb();
    const wrapper = ({ children }: { children: ReactNode }) => (
      <SessionProvider value={{ db, user: undefined, refreshUser: () => undefined }}>
        {children}
      </SessionProvider>
    );
    const empty = renderHook(() => useEmptyDatabase(), { wrapper });
    await waitFor(() => expect(empty.result.current).toBe(true));
    await db.candidates.add(buildCandidate());
    await waitFor(() => expect(empty.result.current).toBe(false));
  });
});
