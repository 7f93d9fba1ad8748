import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Page, Route } from 'playwright-core';
import { startFirmHub, type Hub } from '../src/testing/hub';
import { completeFirstRun, openBrowser, type Session } from './support/browser';
import { seriousViolations } from './support/axe';
import { countRows } from './support/seed';
import { startPreview, type Preview } from './support/preview';
import { openTab } from './support/workspace';
import { translate } from '../src/i18n/translate';
import type { MessageKey } from '../src/i18n/messages';

/**
 * Team sync in Chromium: two laptops (two browser profiles, so two IndexedDBs) against a
 * CouchDB-compatible hub (pouchdb-server with the Vivier design document), reached through the
 * app's own origin: `vite preview` proxies <base>sync/ to it, as the office's web server does,
 * so the CSP's connect-src 'self' holds and no request leaves the origin.
 */
const m = (key: MessageKey, params?: Record<string, string | number>) =>
  translate('en', key, params);
const alice = { name: 'alice', password: 'alice-pw' };
const bob = { name: 'bob', password: 'bob-pw' };
const cv = [...new TextEncoder().encode('%PDF-1.4\n% Hélène CV\n1 0 obj << >> endobj\n%%EOF\n')];

let hub: Hub;
let preview: Preview;
const sessions: Session[] = [];
beforeAll(async () => {
  hub = await startFirmHub([alice, bob]);
  preview = await startPreview('.e2e/dist', { env: { VIVIER_SYNC_HUB: hub.url } });
});
afterAll(async () => {
  await preview?.stop();
  await hub?.stop();
});
afterEach(async () => {
  for (const s of sessions.splice(0)) {
    expect(s.foreignRequests).toEqual([]);
    expect(s.cspViolations).toEqual([]);
    await s.close();
  }
});

async function laptop(): Promise<Session> {
  const s = await openBrowser({ baseURL: preview.url });
  sessions.push(s);
  return s;
}

async function connect(page: Page, user: { name: string; password: string }) {
  const form = page.getByRole('form', { name: m('sync.connect.form') });
  await form.getByLabel(m('sync.connect.name'), { exact: true }).fill(user.name);
  await form.getByLabel(m('sync.connect.password'), { exact: true }).fill(user.password);
  await form.getByRole('button', { name: m('sync.connect.submit') }).click();
}

/** First run as a laptop of the office: connect, then say who uses it. */
async function firstRunConnected(s: Session, user: typeof alice, person: string) {
  const { page } = s;
  await page.goto(preview.url);
  await page.getByRole('button', { name: m('sync.first-run.connect') }).click();
  expect(await seriousViolations(page)).toEqual([]);
  await connect(page, user);
  await page.getByText(m('sync.connect.done', { name: user.name })).waitFor();
  await completeFirstRun(page, person);
}

const statusOf = (page: Page) => page.getByRole('region', { name: m('sync.status.label') });

/** "Sync now", then wait until the round is over and nothing is waiting. */
async function syncNow(page: Page) {
  await statusOf(page)
    .getByRole('button', { name: m('sync.now') })
    .click();
  await expect.poll(() => countRows(page, 'outbox')).toBe(0);
  await statusOf(page)
    .getByText(/Last synced/)
    .waitFor();
}

async function createCandidate(page: Page, first: string, last: string) {
  await page.goto(`${preview.url}/candidates/new`);
  const form = page.getByRole('form', { name: m('records.candidate.new') });
  await form.getByLabel(m('records.field.lastName'), { exact: true }).fill(last);
  await form.getByLabel(m('records.field.firstName'), { exact: true }).fill(first);
  await form.getByLabel(m('records.field.emails'), { exact: true }).fill(
    `${first
      .normalize('NFD')
      .replace(/[^a-z]/gi, '')
      .toLowerCase()}@example.fr`,
  );
  await form.getByLabel(m('records.field.source'), { exact: true }).selectOption('social-media');
  await form.getByRole('button', { name: m('records.candidate.create') }).click();
  await page.getByRole('heading', { name: `${first} ${last}`, level: 1 }).waitFor();
}

/** The bytes of every attachment in the laptop's IndexedDB. */
const attachmentBytes = (page: Page) =>
  page.evaluate(
    () =>
      new Promise<number[][]>((resolve, reject) => {
        const open = indexedDB.open('vivier');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const req = open.result.transaction('attachments').objectStore('attachments').getAll();
          req.onsuccess = async () => {
            open.result.close();
            const rows = req.result as { blob: Blob }[];
            resolve(
              await Promise.all(
                rows.map(async (r) => [...new Uint8Array(await r.blob.arrayBuffer())]),
              ),
            );
          };
          req.onerror = () => reject(req.error);
        };
      }),
  );

describe('team sync between two laptops', () => {
  it('(1) A creates a candidate with a CV; after sync B sees the candidate and the CV byte for byte', async () => {
    const a = await laptop();
    const b = await laptop();
    await firstRunConnected(a, alice, 'Alice Martin');
    await firstRunConnected(b, bob, 'Bruno Keller');

    await createCandidate(a.page, 'Hélène', 'Müller-Lüdenscheidt');
    const dataTransfer = await a.page.evaluateHandle((bytes) => {
      const dt = new DataTransfer();
      dt.items.add(new File([new Uint8Array(bytes)], 'CV.pdf', { type: 'application/pdf' }));
      return dt;
    }, cv);
    await openTab(a.page, m, 'workspace.tab.documents');
    await a.page.getByTestId('drop-candidate').dispatchEvent('drop', { dataTransfer });
    await a.page.getByRole('cell', { name: /^CV\.pdf/ }).waitFor();
    expect(await countRows(a.page, 'outbox')).toBeGreaterThan(0);
    await statusOf(a.page)
      .getByText(/changes waiting/)
      .waitFor();
    expect(await seriousViolations(a.page)).toEqual([]);
    await syncNow(a.page);

    await syncNow(b.page);
    await b.page.goto(`${preview.url}/candidates`);
    await b.page
      .getByRole('link', { name: /Müller-Lüdenscheidt/i })
      .first()
      .click();
    await b.page.getByRole('heading', { name: 'Hélène Müller-Lüdenscheidt', level: 1 }).waitFor();
    expect(await attachmentBytes(b.page)).toEqual([cv]);
    expect(await seriousViolations(b.page)).toEqual([]);
  });

  it('(8) wrong password, hub down, 500, garbage: each a clear status; local work continues and is sent afterwards', async () => {
    const a = await laptop();
    const { page } = a;
    await page.goto(preview.url);
    await page.getByRole('button', { name: m('sync.first-run.connect') }).click();
    await connect(page, { name: 'alice', password: 'wrong' });
    await page.getByRole('alert').getByText(m('reason.hub-unauthorized')).waitFor();
    await connect(page, alice);
    await page.getByText(m('sync.connect.done', { name: 'alice' })).waitFor();
    await completeFirstRun(page, 'Alice Martin');
    await syncNow(page);

    const failures: [string, (route: Route) => Promise<void>, RegExp][] = [
      ['hub down', (r) => r.abort('connectionrefused'), /Offline: changes are kept/],
      [
        '500',
        (r) => r.fulfill({ status: 500, body: '{"error":"boom"}' }),
        /answered with an error \(500\)/,
      ],
      [
        'garbage',
        (r) => r.fulfill({ status: 200, contentType: 'application/json', body: '<html>' }),
        /does not understand/,
      ],
    ];
    const candidatesOnHub = async () => {
      const r = await hub.asAdmin(
        'GET',
        '/vivier/_all_docs?startkey="candidate:"&endkey="candidate;"',
      );
      return (r.json as { rows: unknown[] }).rows.length;
    };
    const before = await candidatesOnHub();
    const localBefore = await countRows(page, 'candidates'); // what the hub held already
    let made = 0;
    for (const [, handler, shown] of failures) {
      await page.route('**/sync/**', handler);
      made += 1;
      await createCandidate(page, `Local${made}`, 'Work');
      const waiting = await countRows(page, 'outbox');
      expect(waiting).toBeGreaterThan(0);
      await statusOf(page)
        .getByRole('button', { name: m('sync.now') })
        .click();
      await statusOf(page).getByText(shown).waitFor();
      expect(await countRows(page, 'outbox')).toBe(waiting);
      await page.unroute('**/sync/**');
    }
    expect(await countRows(page, 'candidates')).toBe(localBefore + made);
    await statusOf(page)
      .getByRole('button', { name: m('sync.now') })
      .click();
    await expect.poll(() => countRows(page, 'outbox')).toBe(0);
    await expect
      .poll(() =>
        statusOf(page)
          .getByText(/Sync failed|Offline/)
          .count(),
      )
      .toBe(0);
    expect(await candidatesOnHub()).toBe(before + made);
  });
});
