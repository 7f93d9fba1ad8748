import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import JSZip from 'jszip';
import type { Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import { accessExportSchema } from '../src/domain/access-export';
import type { Disclosure } from '../src/domain/disclosure';
import { personKeys } from '../src/domain/person-keys';
import type { MessageKey } from '../src/i18n/messages';
import { formatDate, translate, type Params } from '../src/i18n/translate';
import {
  buildApplication,
  buildCandidate,
  buildConsent,
  buildMission,
  buildOrganisation,
} from '../src/testing/builders';
import { seriousViolations } from './support/axe';
import { completeFirstRun, openBrowser, type Session } from './support/browser';
import { activeDbName, dumpIndexedDb, putRows } from './support/idb';
import { candidateWith } from './support/seed';
import { openAction } from './support/workspace';

let session: Session | undefined;
afterEach(async () => {
  await session?.close();
  session = undefined;
});

const client = buildOrganisation({ id: 'org-stahl', name: 'Stahlwerk Saar GmbH', country: 'DE' });
const mission = buildMission({
  id: 'mission-cfo',
  clientId: client.id,
  position: 'Finanzdirektorin',
});
const helene = buildCandidate({
  id: 'cand-helene',
  deleteOn: '2029-03-12',
  source: 'social-media',
  interviewNotes: [
    { id: 'n1', on: '2026-01-20', author: 'C. Fontaine', text: 'Met Bruno Keller.' },
  ],
});
const bruno = buildCandidate({
  id: 'cand-bruno',
  identity: { firstName: 'Bruno', lastName: 'Keller', language: 'de' },
  contact: { emails: ['bruno.keller@example.de'], phones: [], addresses: [] },
  ...personKeys({ firstName: 'Bruno', lastName: 'Keller', emails: ['bruno.keller@example.de'] }),
});
const disclosure = (candidateId: string, at: string): Disclosure => ({
  id: `disc-${candidateId}`,
  candidateId,
  pseudonym: 'd'.repeat(64),
  missionId: mission.id,
  recipientId: client.id,
  consentId: null,
  categories: ['identity', 'experience'],
  files: [],
  by: 'user-seed',
  at,
});
const seed = {
  organisations: [client],
  missions: [mission],
  candidates: [helene, bruno],
  applications: [
    buildApplication({
      candidateId: helene.id,
      missionId: mission.id,
      statuses: [
        ['received', '2026-01-10'],
        ['submitted', '2026-03-02'],
      ],
    }),
  ],
  disclosures: [
    disclosure(helene.id, '2026-03-02T14:00:00.000Z'),
    disclosure(bruno.id, '2026-02-10T09:00:00.000Z'),
  ],
};

/** Puts records straight into the app's IndexedDB, as the records screens would have. */
async function seedRecords(page: Page) {
  await page.evaluate(
    (rows) =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('vivier');
        open.onsuccess = () => {
          const tables = Object.keys(rows);
          const tx = open.result.transaction(tables, 'readwrite');
          for (const table of tables)
            for (const row of (rows as Record<string, unknown[]>)[table]!)
              tx.objectStore(table).put(row);
          tx.oncomplete = () => {
            open.result.close();
            resolve();
          };
          tx.onerror = () => reject(tx.error);
        };
        open.onerror = () => reject(open.error);
      }),
    seed,
  );
}

async function countOf(page: Page, table: string) {
  return page.evaluate(
    (name) =>
      new Promise<number>((resolve) => {
        const open = indexedDB.open('vivier');
        open.onsuccess = () => {
          const req = open.result.transaction(name).objectStore(name).count();
          req.onsuccess = () => {
            open.result.close();
            resolve(req.result);
          };
        };
      }),
    table,
  );
}

async function start() {
  session = await openBrowser();
  const { page, baseURL } = session;
  await page.goto(baseURL);
  await completeFirstRun(page);
  await seedRecords(page);
  await page
    .getByRole('navigation', { name: 'Main' })
    .getByRole('link', { name: 'Rights requests' })
    .click();
  await page.getByRole('heading', { name: 'Rights requests', level: 1 }).waitFor();
  return page;
}

async function recordRequest(
  page: Page,
  type: string,
  search: string,
  person: RegExp,
  channel: string,
) {
  await page.getByLabel('Request', { exact: true }).selectOption({ label: type });
  await page.getByLabel('Find the person').fill(search);
  await page.getByRole('radio', { name: person }).check();
  await page.getByLabel('Received by').selectOption({ label: channel });
  await page.getByRole('button', { name: 'Record the request' }).click();
}

const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

describe('rights desk', () => {
  it('answers an access request with a zip whose manifest, data.json and index.html hold', async () => {
    const page = await start();
    expect(await seriousViolations(page)).toEqual([]);
    await recordRequest(page, 'Access', 'mull', /Hélène Müller/, 'Email');
    await page.getByRole('heading', { name: 'Access request — Hélène Müller' }).waitFor();
    await page.getByText('Received', { exact: true }).waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    // the next step first (the answer); progress, identity check, extension and refusal wait
    // behind "More actions"
    await page.getByRole('heading', { name: 'Next step', level: 2 }).waitFor();
    const more = page.getByRole('button', { name: 'More actions' });
    expect(await more.getAttribute('aria-expanded')).toBe('false');
    expect(await page.getByRole('heading', { name: 'Progress' }).isVisible()).toBe(false);
    await more.click();
    await page.getByRole('heading', { name: 'Progress' }).waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await more.click();
    expect(await page.getByRole('heading', { name: 'Progress' }).isVisible()).toBe(false);

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Produce the copy (zip)' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^personal-data-\d{4}-\d{2}-\d{2}\.zip$/);
    const zip = await JSZip.loadAsync(readFileSync((await download.path())!));
    const files = new Map<string, Uint8Array>();
    for (const f of Object.values(zip.files))
      if (!f.dir) files.set(f.name, await f.async('uint8array'));
    const text = (p: string) => new TextDecoder().decode(files.get(p));

    const manifest = JSON.parse(text('manifest.json')) as {
      files: { path: string; sha256: string }[];
    };
    expect(manifest.files.map((f) => f.path).sort()).toEqual(
      [...files.keys()].filter((p) => p !== 'manifest.json').sort(),
    );
    for (const f of manifest.files) expect(sha256(files.get(f.path)!), f.path).toBe(f.sha256);

    const data = JSON.parse(text('data.json'));
    expect(accessExportSchema.safeParse(data).success).toBe(true);
    expect(data.subject).toEqual({ type: 'candidate', id: helene.id });
    expect(data.candidate.interviewNotes[0].text).toBe('Met [•••].'); // another candidate, masked

    const html = text('index.html');
    expect(html).toContain('Stahlwerk Saar GmbH'); // the client the candidate was disclosed to
    expect(html).toContain('2 March 2026'); // and when
    expect(html).toContain('12 March 2029'); // the computed deletion date
    expect(html).not.toContain('Keller');

    await page
      .getByRole('status')
      .filter({ hasText: /Saved as personal-data-/ })
      .waitFor();
    await page.getByRole('button', { name: 'Mark as answered' }).click();
    await page.getByText('Completed', { exact: true }).waitFor();
    await page.getByRole('link', { name: 'Answer' }).click();
    await page
      .getByRole('article')
      .getByText(/Please find enclosed a copy of all the personal data/)
      .waitFor();
    expect(await seriousViolations(page)).toEqual([]);

    expect(session!.foreignRequests).toEqual([]);
    expect(session!.cspViolations).toEqual([]);
    expect(session!.pageErrors).toEqual([]);
  });

  it('erases within the 7-day deadline and shows the recipients to notify', async () => {
    const page = await start();
    await recordRequest(page, 'Erasure', 'kell', /Bruno Keller/, 'Letter');
    await page.getByRole('heading', { name: 'Erasure request — Bruno Keller' }).waitFor();
    await page.getByText(/days left: 7/).waitFor();
    const erase = page.getByRole('button', { name: 'Erase the person now' });
    expect(await erase.isDisabled()).toBe(true); // not before confirming
    await page.getByLabel('I understand that this cannot be undone.').check();
    await erase.click();

    await page.getByText('Completed', { exact: true }).waitFor();
    const recipients = page.getByRole('region', { name: 'Recipients to notify (Art. 19)' });
    await recipients.getByRole('listitem').filter({ hasText: 'Stahlwerk Saar GmbH' }).waitFor();
    expect(await countOf(page, 'candidates')).toBe(1); // Bruno gone, Hélène kept
    expect(await countOf(page, 'tombstones')).toBe(1); // a restore cannot bring him back
    expect(await countOf(page, 'notificationTasks')).toBe(1); // the client's Art. 19 to-do
    // closed on time: the request left the dashboard and is not overdue
    await page.getByRole('link', { name: 'Back to the rights requests' }).click();
    await page.getByRole('row', { name: /Erasure.*Erased person.*Completed.*Closed/ }).waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    expect(session!.pageErrors).toEqual([]);
  });

  it('restricts a candidate: locked, with the recipients to tell (Art. 18, Art. 19)', async () => {
    const page = await start();
    await recordRequest(page, 'Restriction', 'mull', /Hélène Müller/, 'Email');
    await page.getByRole('heading', { name: 'Restriction request — Hélène Müller' }).waitFor();
    await page.getByRole('button', { name: 'Restrict processing' }).click();
    await page.getByText('Completed', { exact: true }).waitFor();
    await page
      .getByRole('region', { name: 'Recipients to notify (Art. 19)' })
      .getByText('Stahlwerk Saar GmbH')
      .waitFor();
    const restricted = await page.evaluate(
      (id) =>
        new Promise<unknown>((resolve) => {
          const open = indexedDB.open('vivier');
          open.onsuccess = () => {
            const req = open.result.transaction('candidates').objectStore('candidates').get(id);
            req.onsuccess = () => {
              open.result.close();
              resolve(req.result.restricted);
            };
          };
        }),
      helene.id,
    );
    expect(restricted).toMatchObject({ requestId: expect.any(String) });
    expect(session!.pageErrors).toEqual([]);
  });

  it('the dashboard shows an overdue request once the clock has moved past its date', async () => {
    const page = await start();
    await recordRequest(page, 'Access', 'mull', /Hélène Müller/, 'Phone');
    await page.getByRole('heading', { name: 'Access request — Hélène Müller' }).waitFor();
    await page
      .getByRole('navigation', { name: 'Main' })
      .getByRole('link', { name: 'Home' })
      .click();
    const panel = page.getByRole('region', { name: 'Rights requests' });
    await panel.getByText('No request is overdue or due this week.').waitFor();

    await page.clock.setFixedTime(new Date(Date.now() + 40 * 86_400_000));
    await page.reload();
    const overdue = page.getByRole('region', { name: 'Rights requests' }).getByRole('alert');
    await overdue.getByRole('heading', { name: 'Overdue (1)' }).waitFor();
    await overdue.getByRole('link', { name: 'Access — Hélène Müller' }).waitFor();
    await overdue.getByText(/days late: \d+/).waitFor();
    expect(await seriousViolations(page)).toEqual([]);
  });

  it('prints the Art. 30 register generated from the settings', async () => {
    const page = await start();
    await page.getByRole('link', { name: 'Record of processing activities (Art. 30)' }).click();
    await page
      .getByRole('heading', { name: /Record of processing activities/, level: 1 })
      .waitFor();
    await page.getByText('IMS International Management Services SAS').waitFor();
    await page.getByText('Candidates (2 on record)').waitFor();
    await page.getByText('36 months after an application for a specific position').waitFor();
    await page.getByText(/Backups are encrypted/).waitFor();
    expect(await seriousViolations(page)).toEqual([]);
  });
});

const m = (key: MessageKey, params?: Params) => translate('en', key, params);

/**
 * A restricted candidate cannot be submitted to a client (P11, Art. 18). Margot has
 * everything P3 asks for (an application for a mission whose contract is signed, and an active
 * consent naming her, that mission and that client, covering what is sent); the same submission
 * goes through before her restriction and is refused after it, with the restriction as its only
 * reason.
 */
describe('restriction and disclosure', () => {
  const legal = buildMission({
    id: 'mission-legal',
    clientId: client.id,
    position: 'Directrice juridique',
    contractSignedOn: '2026-01-02',
    openedOn: '2026-01-02',
  });
  const margot = candidateWith({ firstName: 'Margot', lastName: 'Lefèvre' }, [
    {
      missionId: legal.id,
      statuses: [
        ['received', '2026-01-05'],
        ['interviewed', '2026-01-20'],
      ],
    },
  ]);
  const consent = buildConsent({
    candidateId: margot.candidate.id,
    missionId: legal.id,
    recipientId: client.id,
    givenOn: '2026-01-21',
    categories: ['identity', 'experience'],
  });
  const candidateName = 'Margot Lefèvre';

  /** The submit panel on the candidate page: the mission's application, its client, two categories. */
  async function submitToClient(page: Page) {
    const form = (await openAction(page, m, 'disclosure.submit.title')).getByRole('form', {
      name: m('disclosure.submit.title'),
    });
    await form.getByLabel(m('disclosure.application')).selectOption({ label: legal.position });
    await form
      .getByLabel(m('disclosure.recipient'), { exact: true })
      .selectOption({ label: m('disclosure.recipient.client', { name: client.name }) });
    await form.getByLabel(m('disclosure.category.identity'), { exact: true }).check();
    await form.getByLabel(m('disclosure.category.experience'), { exact: true }).check();
    await form.getByRole('button', { name: m('disclosure.submit') }).click();
  }

  const disclosuresOf = async (page: Page, candidateId: string) =>
    ((await dumpIndexedDb(page, await activeDbName(page))).disclosures ?? []).filter(
      (d) => d.candidateId === candidateId,
    );

  /** The candidate list, searched by name the way a recruiter would. */
  async function searchCandidates(page: Page, text: string) {
    await page
      .getByRole('navigation', { name: m('nav.label') })
      .getByRole('link', { name: m('nav.candidates') })
      .click();
    await page.getByRole('heading', { name: m('records.list.candidates'), level: 1 }).waitFor();
    await page.getByLabel(m('records.search.label'), { exact: true }).fill(text);
  }

  it('refuses to submit a restricted candidate to the client, says why, and writes no disclosure', async () => {
    session = await openBrowser();
    const { page, baseURL } = session;
    await page.goto(baseURL);
    await completeFirstRun(page);
    await putRows(page, await activeDbName(page), {
      organisations: [client],
      missions: [legal],
      candidates: [margot.candidate],
      applications: margot.applications,
      consents: [consent],
    });
    const results = page.getByRole('main').getByRole('link', { name: /LEFÈVRE Margot/ });

    // 1. unrestricted: found by a name search, and the submission to the client goes through
    await page.reload();
    await searchCandidates(page, 'lefe');
    await page.getByText(m('records.list.count', { count: '1' })).waitFor();
    await results.click();
    await page.getByRole('heading', { name: candidateName, level: 1 }).waitFor();
    const banner = m('records.restricted.banner', { date: '\u0001' }).split('\u0001')[0]!;
    expect(await page.getByRole('alert').filter({ hasText: banner }).count()).toBe(0);
    const [dossier] = await Promise.all([page.waitForEvent('download'), submitToClient(page)]);
    await page.getByRole('status').getByText(m('disclosure.done')).waitFor();
    expect(dossier.suggestedFilename()).toMatch(/^dossier-\d{4}-\d{2}-\d{2}-lefevre\.zip$/);
    const allowed = await disclosuresOf(page, margot.candidate.id);
    expect(allowed).toHaveLength(1);
    expect(allowed[0]).toMatchObject({
      missionId: legal.id,
      recipientId: client.id,
      consentId: consent.id,
    });

    // 2. the restriction request, recorded and applied on the rights desk
    await page
      .getByRole('navigation', { name: m('nav.label') })
      .getByRole('link', { name: m('nav.rights') })
      .click();
    await page.getByRole('heading', { name: 'Rights requests', level: 1 }).waitFor();
    await recordRequest(page, 'Restriction', 'lefe', /Margot Lefèvre/, 'Letter');
    await page.getByRole('heading', { name: `Restriction request — ${candidateName}` }).waitFor();
    await page.getByRole('button', { name: 'Restrict processing' }).click();
    await page.getByText('Completed', { exact: true }).waitFor();
    await page
      .getByRole('region', { name: 'Recipients to notify (Art. 19)' })
      .getByText(client.name)
      .waitFor();

    // 3. a default name search leaves her out; asking for restricted people brings her back
    await searchCandidates(page, 'lefe');
    await page.getByText(m('records.list.count', { count: '0' })).waitFor();
    expect(await results.count()).toBe(0);
    await page.getByLabel(m('records.search.includeRestricted')).check();
    await page.getByText(m('records.list.count', { count: '1' })).waitFor();
    await page
      .getByRole('main')
      .getByText(m('records.restricted.badge'), { exact: true })
      .waitFor();
    await results.click();

    // 4. her page says she is restricted, and the same submission is refused for that reason only
    await page.getByRole('heading', { name: candidateName, level: 1 }).waitFor();
    const since = await page.evaluate(() => new Date().toISOString().slice(0, 10));
    await page
      .getByRole('alert')
      .getByText(m('records.restricted.banner', { date: formatDate('en', since) }))
      .waitFor();
    let downloads = 0;
    page.on('download', () => (downloads += 1));
    await submitToClient(page);
    const refusal = page
      .getByRole('region', { name: m('disclosure.submit.title') })
      .getByRole('alert');
    await refusal.getByText(m('disclosure.refused')).waitFor();
    const reasons = refusal.getByRole('listitem');
    expect(await reasons.count()).toBe(1);
    const reason = await reasons.first().innerText();
    expect(reason).toContain(m('reason.restricted'));
    expect(reason).toContain(m('reason.restricted.todo'));
    expect(reason).toMatch(/restricted \(Art\. 18\)/);
    expect(await seriousViolations(page)).toEqual([]);

    // 5. nothing left the laptop: no download, no new disclosure, the first one untouched
    expect(downloads).toBe(0);
    expect(await disclosuresOf(page, margot.candidate.id)).toEqual(allowed);

    expect(session.foreignRequests).toEqual([]);
    expect(session.cspViolations).toEqual([]);
    expect(session.pageErrors).toEqual([]);
  });
});
