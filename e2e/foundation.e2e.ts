import { appendFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, inject, it } from 'vitest';
import {
  completeFirstRun,
  expectUpdateHeldByDirtyForm,
  openBrowser,
  waitForServiceWorker,
  type Session,
} from './support/browser';
import { seriousViolations } from './support/axe';

let session: Session | undefined;
afterEach(async () => {
  await session?.close();
  session = undefined;
});

describe('foundation', () => {
  it('first run records the user, then every screen is reachable, accessible and clean', async () => {
    session = await openBrowser();
    const { page, baseURL } = session;
    await page.goto(baseURL);
    await page.getByRole('heading', { name: 'Welcome to Vivier' }).waitFor();
    expect(await seriousViolations(page)).toEqual([]);

    // empty form: field-level messages, nothing written
    await page.getByRole('button', { name: 'Start using Vivier' }).click();
    await expect.poll(() => page.getByText('This field is required.').count()).toBe(1);
    await expect.poll(() => page.getByText('Choose one of the options.').count()).toBe(1);
    expect(
      await page.evaluate(() => document.querySelector('input[aria-invalid="true"]') !== null),
    ).toBe(true);

    await completeFirstRun(page);
    await page.getByText('Hello Claire Fontaine').waitFor();
    // the browser's answer to persistent storage is shown (headless Chromium refuses)
    await page.getByRole('heading', { name: 'Storage on this laptop' }).waitFor();
    await page.getByText(/used of/).waitFor();
    expect(await seriousViolations(page)).toEqual([]);

    const nav = page.getByRole('navigation', { name: 'Main' });
    const labels = await nav.getByRole('link').allTextContents();
    expect(labels).toEqual(expect.arrayContaining(['Home', 'Settings', 'Audit log']));

    await nav.getByRole('link', { name: 'Audit log' }).click();
    await page.getByText('Audit log intact: 2 entries, every link verified.').waitFor();
    await page.getByRole('cell', { name: 'user.create' }).waitFor();
    expect(await seriousViolations(page)).toEqual([]);

    await nav.getByRole('link', { name: 'Settings' }).click();
    await page.getByRole('heading', { name: 'Settings', level: 1 }).waitFor();
    await page.getByText('Claire Fontaine').waitFor();
    expect(await seriousViolations(page)).toEqual([]);

    expect(session.foreignRequests).toEqual([]);
    expect(session.cspViolations).toEqual([]);
    expect(session.pageErrors).toEqual([]);
  });

  it('the audit screen shows where a tampered chain breaks', async () => {
    session = await openBrowser();
    const { page, baseURL } = session;
    await page.goto(baseURL);
    await completeFirstRun(page);
    await page.evaluate(
      () =>
        new Promise<void>((resolve, reject) => {
          const open = indexedDB.open('vivier');
          open.onsuccess = () => {
            const tx = open.result.transaction('auditLog', 'readwrite');
            const store = tx.objectStore('auditLog');
            const get = store.get(1);
            get.onsuccess = () => store.put({ ...get.result, action: 'user.delete' });
            tx.oncomplete = () => resolve();
            tx.onerror = () => reject(tx.error);
          };
        }),
    );
    await page.getByRole('link', { name: 'Audit log' }).click();
    await page
      .getByRole('alert')
      .filter({
        hasText:
          'The audit log is broken at entry 1: its content was changed after it was written.',
      })
      .waitFor();
  });

  it('follows the browser language, switches language and keeps the choice', async () => {
    session = await openBrowser({ locale: 'de-DE' });
    const { page, baseURL } = session;
    await page.goto(baseURL);
    await page.getByRole('heading', { name: 'Willkommen bei Vivier' }).waitFor();
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('de');
    await page.getByLabel('Sprache').selectOption('fr');
    await page.getByRole('heading', { name: 'Bienvenue dans Vivier' }).waitFor();
    await page.reload();
    await page.getByRole('heading', { name: 'Bienvenue dans Vivier' }).waitFor();
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('fr');
  });

  it('falls back to French for another browser language', async () => {
    session = await openBrowser({ locale: 'es-ES' });
    await session.page.goto(session.baseURL);
    await session.page.getByRole('heading', { name: 'Bienvenue dans Vivier' }).waitFor();
  });

  it('works offline after the first visit, deep links included, and survives a browser restart', async () => {
    session = await openBrowser();
    await session.page.goto(session.baseURL);
    await completeFirstRun(session.page);
    await waitForServiceWorker(session.page);

    await session.context.setOffline(true);
    const reload = await session.page.reload();
    expect(reload?.fromServiceWorker()).toBe(true);
    await session.page.getByText('Hello Claire Fontaine').waitFor();
    const deep = await session.page.goto(`${session.baseURL}/audit`);
    expect(deep?.fromServiceWorker()).toBe(true);
    await session.page.getByText('Audit log intact: 2 entries, every link verified.').waitFor();
    await session.page.getByRole('link', { name: 'Settings' }).click();
    await session.page.getByRole('heading', { name: 'Settings', level: 1 }).waitFor();

    session = await session.restart();
    await session.context.setOffline(true);
    await session.page.goto(`${session.baseURL}/settings`);
    await session.page.getByText('Claire Fontaine').waitFor();
    expect(session.foreignRequests).toEqual([]);
  });

  it('offers an update and never applies it while a form holds unsaved input', async () => {
    session = await openBrowser();
    const { page, baseURL } = session;
    await page.goto(baseURL);
    await waitForServiceWorker(page);
    await page.getByLabel('Your name').fill('Half-typed name');

    // a new release: any byte change to sw.js makes the browser install a new worker
    appendFileSync(join(inject('servedDir'), 'sw.js'), `\n// release ${Date.now()}\n`);
    const apply = await expectUpdateHeldByDirtyForm(page);
    // still the same page, input intact
    expect(await page.getByLabel('Your name').inputValue()).toBe('Half-typed name');

    await page.getByLabel('Your name').fill('');
    await expect.poll(() => apply.isDisabled()).toBe(false);
    const controllerBefore = await page.evaluate(
      () => navigator.serviceWorker.controller?.scriptURL,
    );
    await Promise.all([page.waitForEvent('load'), apply.click()]);
    await page.getByRole('heading', { name: 'Welcome to Vivier' }).waitFor();
    expect(controllerBefore).toContain('sw.js');
    expect(await page.getByRole('status', { name: 'Update' }).count()).toBe(0);
  });
});
