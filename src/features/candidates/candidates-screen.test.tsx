/** @vitest-environment happy-dom */
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, fireEvent, screen, waitFor } from '@testing-library/react';
import { candidateListKeys } from '../../domain/list-keys';
import { personKeys } from '../../domain/person-keys';
import { buildCandidate } from '../../testing/builders';
import { countRowReads } from '../../testing/count-reads';
import { testDb } from '../../testing/db';
import { renderWithApp } from '../../testing/render';
import { CandidatesScreen } from './candidates-screen';

afterEach(cleanup);

const names = ['Martin', 'Bernard', 'Dubois', 'Müller', 'Schmidt', 'Lefèvre', 'Weiß', 'Petit'];

describe('candidates list', () => {
  it('renders the first page of 5,000 candidates and a search without reading the table', async () => {
    const db = testDb();
    const reads = countRowReads(db, 'candidates');
    await db.candidates.bulkAdd(
      Array.from({ length: 5000 }, (_, i) => {
        const id = `c${String(i).padStart(5, '0')}`;
        const identity = {
          firstName: `Prénom${i}`,
          lastName: names[i % names.length]!,
          language: 'fr' as const,
        };
        const keys = personKeys(identity);
        return buildCandidate({
          id,
          identity,
          contact: { emails: [], phones: [], addresses: [] },
          ...keys,
          listKeys: candidateListKeys({ id, ...keys, source: 'email', applications: [] }),
        });
      }),
    );
    reads.reset();
    renderWithApp(<CandidatesScreen />, { db });
    await screen.findByText(/5,000 in all/);
    // windowed: a screenful of rows in the DOM, one page read
    expect(screen.getAllByRole('listitem').length).toBeLessThan(40);
    expect(screen.getAllByRole('link', { name: /^BERNARD/ }).length).toBeGreaterThan(5);
    expect(reads.reads).toBeLessThanOrEqual(101 + 1);

    reads.reset();
    fireEvent.change(screen.getByRole('searchbox', { name: 'Search by name, email or phone' }), {
      target: { value: 'Mül' },
    });
    await waitFor(
      () => expect(screen.getAllByRole('link', { name: /^MÜLLER/ }).length).toBeGreaterThan(5),
      { timeout: 10_000 },
    );
    expect(screen.queryByRole('link', { name: /^BERNARD/ })).toBeNull();
    // 625 Müllers: walked through the name index by keys, one page of rows read
    expect(reads.reads).toBeLessThanOrEqual(101 * 2);
  });

  it('focuses the search on "/", except while typing in a field', async () => {
    const db = testDb();
    renderWithApp(<CandidatesScreen />, { db });
    const search = await screen.findByRole('searchbox', { name: 'Search by name, email or phone' });
    expect(search.getAttribute('aria-describedby')).toBeTruthy();
    expect(document.activeElement).not.toBe(search);
    const slash = new KeyboardEvent('keydown', { key: '/', bubbles: true, cancelable: true });
    document.body.dispatchEvent(slash);
    expect(document.activeElement).toBe(search);
    expect(slash.defaultPrevented).toBe(true);
    const status = screen.getByRole('combobox', { name: 'Application status' });
    status.focus();
    const typed = new KeyboardEvent('keydown', { key: '/', bubbles: true, cancelable: true });
    status.dispatchEvent(typed);
    expect(document.activeElement).toBe(status);
    expect(typed.defaultPrevented).toBe(false);
  });
});
