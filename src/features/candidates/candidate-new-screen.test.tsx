/** @vitest-environment happy-dom */
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, screen } from '@testing-library/react';
import { loadLanguage } from '../../i18n/messages';
import { testDb } from '../../testing/db';
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
});
