/** @vitest-environment happy-dom */
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, fireEvent, screen, waitFor } from '@testing-library/react';
import { readRows } from '../../db/rows';
import { loadLanguage } from '../../i18n/messages';
import { registerUser } from '../../services/records';
import { testDb, testNow } from '../../testing/db';
import { renderWithApp } from '../../testing/render';
import { CandidateNewScreen } from './candidate-new-screen';

afterEach(cleanup);

describe('new candidate', () => {
  it.each([
    ['de', 'Korrespondenzsprache'],
    ['fr', 'Langue de correspondance'],
    ['en', 'Preferred language'],
  ] as const)(
    'in the %s interface, the preferred language starts as the interface language',
    async (lang, label) => {
      await loadLanguage(lang);
      renderWithApp(<CandidateNewScreen />, { db: testDb(), lang });
      expect((screen.getByLabelText(label) as HTMLSelectElement).value).toBe(lang);
    },
  );
  it('saves the notes typed with the new candidate, the Art. 9 reminder beside the field', async () => {
    const db = testDb();
    const user = await registerUser(db, testNow, { name: 'Claire Fontaine', role: 'recruiter' });
    if (!user.ok) throw new Error();
    renderWithApp(<CandidateNewScreen />, { db, user: user.value });
    fireEvent.change(screen.getByLabelText('Last name'), { target: { value: 'Durand' } });
    fireEvent.change(screen.getByLabelText('First name'), { target: { value: 'Marie' } });
    fireEvent.change(screen.getByLabelText('Source'), { target: { value: 'unsolicited' } });
    const notes = screen.getByRole('textbox', { name: 'Notes' });
    expect(notes.getAttribute('aria-describedby')).toBeTruthy();
    screen.getByText(/Do not record special-category data here/);
    fireEvent.change(notes, { target: { value: 'Disponible en septembre' } });
    fireEvent.click(screen.getByRole('button', { name: 'Create the candidate' }));
    await waitFor(async () =>
      expect(readRows('candidates', await db.candidates.toArray())[0]?.notes).toBe(
        'Disponible en septembre',
      ),
    );
  });
});
