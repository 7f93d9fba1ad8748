/** @vitest-environment happy-dom */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { renderWithApp } from '../../testing/render';
import { testDb } from '../../testing/db';
import { at, seedCandidate } from '../../testing/retention-seed';
import { registerUser } from '../../services/records';
import { readSettings } from '../../db/settings-repo';
import type { VivierDb } from '../../db/database';
import type { User } from '../../domain/user';
import { RetentionScreen } from './retention-screen';
import { PersonRetentionPanel } from './person-retention-panel';

const now = new Date('2026-03-25T10:00:00.000Z');

beforeEach(() => {
  // only the Date is fixed: IndexedDB's own timers keep running
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(now);
});
afterEach(() => {
  cleanup();
  vi.useRealTimers();
});

async function world(): Promise<{ db: VivierDb; user: User }> {
  const db = testDb();
  const r = await registerUser(db, now, { name: 'Claire Fontaine', role: 'recruiter' });
  if (!r.ok) throw new Error('no user');
  return { db, user: r.value };
}

describe('retention screen', () => {
  it('lists who is due soon with the reason, and previews a preset before saving it', async () => {
    const { db, user } = await world();
    const ctx = at({ db, now, actor: user.id }, '2026-03-25');
    // due 5 April 2026 (general application, P7), and a rejected position application
    await seedCandidate(ctx, [{ missionId: null, statuses: [['received', '2026-01-05']] }]);
    await seedCandidate(
      ctx,
      [
        {
          missionId: 'm1',
          statuses: [
            ['received', '2026-01-10'],
            ['rejected', '2026-02-10'],
          ],
        },
      ],
      { identity: { firstName: 'Jürgen', lastName: 'Schmidt', language: 'de' } },
    );
    renderWithApp(<RetentionScreen />, { db, user });

    const expiring = await screen.findByRole('region', { name: 'Expiring soon' });
    await within(expiring).findByText('Hélène Müller');
    within(expiring).getByText(
      'general application received on 5 January 2026 (3 months, policy rule P7)',
    );
    expect(within(expiring).queryByText('Jürgen Schmidt')).toBeNull();

    const rules = screen.getByRole('region', { name: 'Rules' });
    fireEvent.click(within(rules).getByRole('button', { name: 'German practice' }));
    const save = within(rules).getByRole('button', { name: 'Save the rules' });
    expect(save.hasAttribute('disabled')).toBe(true);
    fireEvent.click(within(rules).getByRole('button', { name: 'Preview the change' }));
    await within(rules).findByText('1 of 2 people move: 1 sooner, 0 later.');
    within(rules).getByRole('cell', { name: /Jürgen Schmidt/ });
    within(rules).getByText('10 August 2026');
    expect((await readSettings(db)).retention.preset).toBe('policy');

    await waitFor(() => expect(save.hasAttribute('disabled')).toBe(false));
    fireEvent.click(save);
    await within(rules).findByText('Rules saved. 1 person has a new date.');
    expect((await readSettings(db)).retention).toMatchObject({
      preset: 'germany',
      rejectedMonths: 6,
    });
    const audit = (await db.auditLog.toArray()).map((e) => e.action);
    expect(audit).toContain('settings.update');
  });

  it('shows field-level messages for invalid periods and saves nothing', async () => {
    const { db, user } = await world();
    renderWithApp(<RetentionScreen />, { db, user });
    const rules = await screen.findByRole('region', { name: 'Rules' });
    fireEvent.change(within(rules).getByLabelText('After a hire (months)'), {
      target: { value: '0' },
    });
    fireEvent.click(within(rules).getByRole('button', { name: 'Preview the change' }));
    await within(rules).findByText('This value is not valid.');
    expect(within(rules).getByLabelText('After a hire (months)').getAttribute('aria-invalid')).toBe(
      'true',
    );
    expect((await readSettings(db)).retention.hiredMonths).toBe(36);
  });
});

describe('person retention panel', () => {
  it('says kept until when and why, and places an audited hold', async () => {
    const { db, user } = await world();
    const c = await seedCandidate(at({ db, now, actor: user.id }, '2026-03-25'), [
      { missionId: null, statuses: [['received', '2026-01-05']] },
    ]);
    renderWithApp(<PersonRetentionPanel personType="candidate" personId={c.id} />, { db, user });
    await screen.findByText('Kept until 5 April 2026 because:');
    screen.getByText('general application received on 5 January 2026 (3 months, policy rule P7)');
    // the form opens only when asked, and closes once the hold is placed
    expect(screen.queryByLabelText('Note')).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Pause the deletion' }));
    fireEvent.change(screen.getByLabelText('Note'), { target: { value: 'Dossier prud’hommes' } });
    fireEvent.change(screen.getByLabelText('End date'), { target: { value: '2026-12-31' } });
    fireEvent.click(screen.getByRole('button', { name: 'Place a hold' }));
    await screen.findByText('Hold placed: deletion is paused.');
    expect(screen.getByText('Hold placed: deletion is paused.').getAttribute('role')).toBe(
      'status',
    );
    expect(screen.queryByLabelText('Note')).toBeNull();
    await screen.findByText('Kept until 5 April 2026; deletion is paused by a hold.');
    screen.getByText(/Deletion paused: Legal claim\. Held until 31 December 2026/);
    expect((await db.auditLog.toArray()).map((e) => e.action)).toContain('hold.create');
  });
});
