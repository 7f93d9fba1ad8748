import { readRows } from '../../db/rows';
/** @vitest-environment happy-dom */
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, fireEvent, screen } from '@testing-library/react';
import { createCandidate } from '../../services/records';
import { erasePerson } from '../../services/erasure';
import { registerUser } from '../../services/records';
import { heleneInput } from '../../testing/inputs';
import { testDb, testNow } from '../../testing/db';
import { renderWithApp } from '../../testing/render';
import { ImportScreen } from './import-screen';

afterEach(cleanup);

const csv = [
  '\uFEFFNom;Prénom;E-mail;Notes',
  'Dupont;Jean;jean@example.fr;"deux\r\nlignes"',
  ';Sans nom;pas-un-email;',
  'Durand;Marie;JEAN@example.fr;',
  'Weiß;Klaus;klaus@example.de;',
].join('\r\n');

describe('CSV import wizard', () => {
  it('maps columns, shows every bad row with its reason, writes nothing until confirmed', async () => {
    const db = testDb();
    const user = await registerUser(db, testNow, { name: 'Claire Fontaine', role: 'recruiter' });
    if (!user.ok) throw new Error();
    renderWithApp(<ImportScreen />, { db, user: user.value });

    fireEvent.change(screen.getByLabelText('CSV file (UTF-8 or Excel; separated by ; or ,)'), {
      target: { files: [new File([csv], 'candidats.csv', { type: 'text/csv' })] },
    });
    await screen.findByText('4 data rows, separated by “;”.');
    expect((screen.getByLabelText('Field for the column “Nom”') as HTMLSelectElement).value).toBe(
      'lastName',
    );
    expect((screen.getByLabelText('Field for the column “Notes”') as HTMLSelectElement).value).toBe(
      'notes',
    );

    // no source column and no default: the wizard asks for it
    fireEvent.click(screen.getByRole('button', { name: 'Check the rows' }));
    expect((await screen.findByRole('alert')).textContent).toBe('Say which columns hold: Source.');
    fireEvent.change(screen.getByLabelText('Source for rows without one'), {
      target: { value: 'email' },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Check the rows' }));

    await screen.findByText('2 rows ready, 1 with errors, 1 possible duplicate');
    screen.getByText(/^Row 3, Nom: This field is required\./);
    screen.getByText(/^Row 3, E-mail: Enter a valid email address/);
    screen.getByText(/^Row 4, E-mail: Same email as row 2 of this file\./);
    expect(await db.candidates.count()).toBe(0);

    fireEvent.click(screen.getByRole('button', { name: 'Import 2 candidates' }));
    await screen.findByText(/^2 candidates imported\./);
    expect(
      readRows('candidates', await db.candidates.toArray())
        .map((c) => c.identity.lastName)
        .sort(),
    ).toEqual(['Dupont', 'Weiß']);
  });

  it('holds back a person erased here before until the box is ticked', async () => {
    const db = testDb();
    const user = await registerUser(db, testNow, { name: 'Claire Fontaine', role: 'recruiter' });
    if (!user.ok) throw new Error();
    const ctx = { db, now: testNow, actor: user.value.id };
    const klaus = await createCandidate(ctx, {
      ...heleneInput,
      contact: { emails: ['klaus@example.de'] },
    });
    if (!klaus.ok) throw new Error();
    await erasePerson(ctx, { personType: 'candidate', id: klaus.value.id, reason: 'user' });
    renderWithApp(<ImportScreen />, { db, user: user.value });

    fireEvent.change(screen.getByLabelText('CSV file (UTF-8 or Excel; separated by ; or ,)'), {
      target: {
        files: [new File([csv.replace(/\r\n;Sans nom.*\r\nDurand.*\r\n/, '\r\n')], 'c.csv')],
      },
    });
    await screen.findByText('2 data rows, separated by “;”.');
    fireEvent.change(screen.getByLabelText('Source for rows without one'), {
      target: { value: 'email' },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Check the rows' }));
    await screen.findByText(
      'Rows of people erased here before: 1. They are not imported unless you tick the box below.',
    );
    screen.getByText(/^Row 3, E-mail: Someone with this email or phone was erased here on /);
    screen.getByRole('button', { name: 'Import 1 candidate' });
    fireEvent.click(screen.getByRole('checkbox', { name: /^Import the people erased before too/ }));
    fireEvent.click(screen.getByRole('button', { name: 'Import 2 candidates' }));
    await screen.findByText(/^2 candidates imported\./);
    expect(await db.candidates.count()).toBe(2);
  });
});
