import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page, type Request } from 'playwright-core';
import { expect, inject } from 'vitest';
import { chromiumArgs, chromiumPath } from './chromium';
import type { MessageKey } from '../../src/i18n/messages';

export type Session = {
  context: BrowserContext;
  page: Page;
  baseURL: string;
  userDataDir: string;
  /** Requests to any origin other than the app's. */
  foreignRequests: string[];
  /** Content-Security-Policy violations reported by the page. */
  cspViolations: string[];
  /** Errors thrown in the page. */
  pageErrors: string[];
  close: () => Promise<void>;
  restart: () => Promise<Session>;
};

/**
 * A Chromium with a persistent profile (so a restart keeps IndexedDB), watching every request
 * and CSP violation.
 */
export async function openBrowser(
  opts: {
    userDataDir?: string;
    locale?: string;
    /** Another server than the preview (the nginx test); its origin is the app's. */
    baseURL?: string;
    /** Chromium flags beyond the usual ones (trusting a test certificate). */
    args?: string[];
  } = {},
): Promise<Session> {
  const baseURL = opts.baseURL ?? inject('baseURL');
  const userDataDir = opts.userDataDir ?? mkdtempSync(join(tmpdir(), 'vivier-e2e-'));
  const locale = opts.locale ?? 'en-GB';
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: chromiumPath,
    headless: true,
    args: [...chromiumArgs, ...(opts.args ?? [])],
    locale,
    acceptDownloads: true,
    viewport: { width: 1280, height: 900 },
  });
  const foreignRequests: string[] = [];
  const cspViolations: string[] = [];
  const pageErrors: string[] = [];
  const origin = new URL(baseURL).origin;
  const watch = (req: Request) => {
    const url = req.url();
    if (!url.startsWith(origin) && !url.startsWith('blob:') && !url.startsWith('data:'))
      foreignRequests.push(url);
  };
  context.on('request', watch);
  await context.exposeBinding('__reportCsp', (_src, text: string) => {
    cspViolations.push(text);
  });
  await context.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      (window as unknown as { __reportCsp: (t: string) => void }).__reportCsp(
        `${e.violatedDirective} ${e.blockedURI} at ${e.sourceFile}:${e.lineNumber}`,
      );
    });
  });
  const page = context.pages()[0] ?? (await context.newPage());
  page.on('pageerror', (e) => pageErrors.push(e.message));
  const session: Session = {
    context,
    page,
    baseURL,
    userDataDir,
    foreignRequests,
    cspViolations,
    pageErrors,
    close: async () => {
      await context.close();
      if (!opts.userDataDir) rmSync(userDataDir, { recursive: true, force: true });
    },
    restart: async () => {
      await context.close();
      return openBrowser({ ...opts, userDataDir, locale });
    },
  };
  return session;
}

/** Completes the first-run screen as a given user (English UI). */
export async function completeFirstRun(page: Page, name = 'Claire Fontaine', role = 'Recruiter') {
  await page.getByLabel('Your name').fill(name);
  await page.getByLabel('Your role').selectOption({ label: role });
  await page.getByRole('button', { name: 'Start using Vivier' }).click();
  await page.getByRole('heading', { name: 'Home', level: 1 }).waitFor();
}

/** Completes the first-run screen in the interface's language, with its own texts. */
export async function completeFirstRunIn(page: Page, m: (key: MessageKey) => string) {
  await page.getByLabel(m('first-run.name'), { exact: true }).fill('Claire Fontaine');
  await page.getByLabel(m('first-run.role'), { exact: true }).selectOption('recruiter');
  await page.getByRole('button', { name: m('first-run.start') }).click();
  await page.getByRole('heading', { name: m('home.title'), level: 1 }).waitFor();
}

/** Waits until a service worker controls the page (after one reload with registerType 'prompt'). */
export async function waitForServiceWorker(page: Page) {
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
  if (!(await page.evaluate(() => navigator.serviceWorker.controller !== null))) {
    await page.reload();
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
  }
}

/**
 * Has the service worker look for a new version now (as its hourly check would), waits for the
 * prompt and checks that it holds the update while a form is dirty. Returns "Update now".
 */
export async function expectUpdateHeldByDirtyForm(page: Page) {
  await page.evaluate(async () => {
    const reg = await navigator.serviceWorker.getRegistration();
    await reg?.update();
  });
  const prompt = page.getByRole('status', { name: 'Update' });
  await prompt.getByText('A new version of Vivier is ready.').waitFor();
  await prompt.getByText('Save or cancel the form you are editing first').waitFor();
  const apply = prompt.getByRole('button', { name: 'Update now' });
  expect(await apply.isDisabled()).toBe(true);
  return apply;
}
