import { render } from '@testing-library/react';
import type { ReactElement } from 'react';
import { I18nProvider } from '../components/i18n-context';
import { SessionProvider } from '../components/db-context';
import type { VivierDb } from '../db/database';
import type { User } from '../domain/user';
import type { LanguageCode } from '../domain/common';

/** Renders a screen with the app's providers around it, over a real (fake-indexeddb) database. */
export function renderWithApp(
  ui: ReactElement,
  {
    db,
    user,
    lang = 'en',
    refreshUser = () => undefined,
  }: { db: VivierDb; user?: User; lang?: LanguageCode; refreshUser?: () => void },
) {
  return render(
    <I18nProvider initial={lang}>
      <SessionProvider value={{ db, user, refreshUser }}>{ui}</SessionProvider>
    </I18nProvider>,
  );
}
