/** @vitest-environment happy-dom */
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { createCandidate, getCandidate } from '../../services/records';
import { registerUser } from '../../services/records';
import { testDb, testNow } from '../../testing/db';
import { heleneInput } from '../../testing/inputs';
import { renderWithApp } from '../../testing/render';
import { CandidateScreen } from './candidate-screen';

afterEach(cleanup);

async function setup() {
  const db = testDb();
  const user = await registerUser(db, testNow, { name: 'Claire Fontaine', role: 'recruiter' });
  if (!user.ok) throw new Error();
  const c = await createCandidate({ db, now: testNow, actor: user.value.id }, heleneInput);
  if (!c.ok) throw new Error();
  renderWithApp(<CandidateScreen id={c.value.id} />, { db, user: user.value });
  await screen.findByRole('heading', { level: 1, name: 'Hélène Müller-Lüdenscheidt' });
  return { db, id: c.value.id };
}

describe('candidate page', () => {
  it('shows each category as its own section, the Art. 9 reminder and the Art. 14 notice', async () => {
    await setup();
    for (const name of [
      'Identity',
      'Contact details',
      'Source of the data',
      'Privacy notice (Art. 14)',
      'Qualifications',
      'Languages',
      'Professional background',
      'Public profile links',
      'Psychometric test results',
      'Interview notes',
      'Referees',
    ])
      expect(screen.getByRole('region', { name })).toBeTruthy();
    // the other details are one tab away
    for (const [tab, name] of [
      ['Documents', 'Attachments'],
      ['Applications and consents', 'Applications'],
      ['History', 'History of changes'],
    ] as const) {
      expect(screen.queryByRole('region', { name })).toBeNull();
      fireEvent.click(screen.getByRole('tab', { name: tab }));
      expect(screen.getByRole('region', { name })).toBeTruthy();
    }
    fireEvent.click(screen.getByRole('tab', { name: 'Profile' }));
    expect(
      within(screen.getByRole('region', { name: 'Interview notes' })).getByRole('note').textContent,
    ).toContain('special-category');
  });

  it('shows field-level errors and changes nothing when an edit is invalid; a valid edit is in the history', async () => {
    const { db, id } = await setup();
    fireEvent.click(screen.getByRole('button', { name: 'Edit: Contact details' }));
    const form = screen.getByRole('form', { name: 'Editing: Contact details' });
    fireEvent.change(within(form).getByLabelText('Emails'), { target: { value: 'not-an-email' } });
    fireEvent.click(within(form).getByRole('button', { name: 'Save' }));
    await within(form).findByText('Enter a valid email address, like name@example.com.');
    expect(within(form).getByLabelText('Emails').getAttribute('aria-invalid')).toBe('true');
    expect((await getCandidate(db, id))?.contact.emails).toEqual(['helene.muller@example.fr']);

    fireEvent.change(within(form).getByLabelText('Emails'), {
      target: { value: 'h.muller@example.de\nhelene.muller@example.fr' },
    });
    fireEvent.click(within(form).getByRole('button', { name: 'Save' }));
    await waitFor(() =>
      expect(screen.queryByRole('form', { name: 'Editing: Contact details' })).toBeNull(),
    );
    expect((await getCandidate(db, id))?.contact.emails).toEqual([
      'h.muller@example.de',
      'helene.muller@example.fr',
    ]);
    fireEvent.click(screen.getByRole('tab', { name: 'History' }));
    const history = screen.getByRole('region', { name: 'History of changes' });
    await within(history).findByRole('cell', { name: 'Contact details' });
    expect(within(history).getAllByRole('cell', { name: 'Claire Fontaine' }).length).toBe(2);
  });

  it('says where the person stands in the header, and adds an application from its action', async () => {
    const { db, id } = await setup();
    const summary = screen.getByRole('region', { name: 'Where this person stands' });
    expect(summary.textContent).toContain('helene.muller@example.fr');
    await within(summary).findByText('No application yet.');
    expect(screen.queryByRole('form', { name: 'Add the application' })).toBeNull();
    const button = within(summary).getByRole('button', { name: 'Add an application' });
    fireEvent.click(button);
    const form = screen.getByRole('form', { name: 'Add the application' });
    expect(document.activeElement).toBe(within(form).getByLabelText('Mission'));
    fireEvent.click(within(form).getByRole('button', { name: 'Add the application' }));
    await within(summary).findByText('Application added.');
    expect(screen.queryByRole('form', { name: 'Add the application' })).toBeNull();
    expect(document.activeElement).toBe(button);
    const row = await within(summary).findByRole('rowheader', {
      name: 'General application (no specific position)',
    });
    expect(row.closest('tr')!.textContent).toContain('Received');
    expect(await db.applications.where('candidateId').equals(id).count()).toBe(1);
  });

  it('says why a file is refused', async () => {
    await setup();
    fireEvent.click(screen.getByRole('tab', { name: 'Documents' }));
    const html = new File(['<html><script>x</script>'], 'cv.html', { type: 'text/html' });
    fireEvent.drop(screen.getByTestId('drop-candidate'), { dataTransfer: { files: [html] } });
    // (storing a dropped file is proven in Chromium, e2e/records.e2e.ts: happy-dom's Blob cannot
    // be stored by fake-indexeddb)
    await screen.findByText(/^cv\.html: This type of file is not accepted here/);
  });
});
