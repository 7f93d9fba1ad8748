/** @vitest-environment happy-dom */
import { act } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, screen } from '@testing-library/react';
import { announceSchemaUpgrade } from '../db/database';
import { renderWithApp } from '../testing/render';
import { testDb } from '../testing/db';
import { StartNotice } from './start-notice';

afterEach(cleanup);

describe('start notice', () => {
  it('says the database is being updated, and to keep the tab open, while its upgrade runs', async () => {
    const db = testDb();
    renderWithApp(<StartNotice dbName="vivier-x" />, { db });
    expect(await screen.findByText('Loading…')).toBeTruthy();
    act(() => announceSchemaUpgrade('another-database'));
    expect(screen.queryByRole('status')).toBeNull();
    act(() => announceSchemaUpgrade('vivier-x'));
    expect(screen.getByRole('status').textContent).toMatch(
      /^Updating the database on this laptop .* keep this tab open\.$/,
    );
  });
});
