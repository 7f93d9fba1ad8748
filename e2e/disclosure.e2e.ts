import { readFileSync } from 'node:fs';
import JSZip from 'jszip';
import type { Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import { seriousViolations } from './support/axe';
import { completeFirstRun, openBrowser, type Session } from './support/browser';

let session: Session | undefined;
afterEach(async () => {
  await session?.close();
  session = undefined;
});

const stamp = '2025-01-10T09:00:00.000Z';

/**
 * STAND-IN for the records screens (not on main yet): writes a candidate who applied to a
 * mission of a German client, with a CV, straight into IndexedDB as valid rows. The mission has
 * no signed date. Replace with the records screens' forms once they exist.
 */
async function seedRecords(page: Page) {
  await page.evaluate(
    async ({ stamp }) => {
      const cv = new Blob(['%PDF-1.4 CV Hélène Müller'], { type: 'application/pdf' });
      const digest = await crypto.subtle.digest('SHA-256', await cv.arrayBuffer());
      const sha256 = Array.from(new Uint8Array(digest), (b) =>
        b.toString(16).padStart(2, '0'),
      ).join('');
      await new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('vivier');
        open.onsuccess = () => {
          const stores = ['candidates', 'organisations', 'missions', 'applications', 'attachments'];
          const tx = open.result.transaction(stores, 'readwrite');
          tx.objectStore('candidates').put({
            id: 'cand-e2e',
            identity: { firstName: 'Hélène', lastName: 'Müller', language: 'fr' },
            contact: { emails: ['helene.muller@example.fr'], phones: [], addresses: [] },
            qualifications: [{ title: 'Master CCA', institution: 'ESSEC', year: 2008 }],
            languages: [],
            experience: [
              {
                title: 'Directrice administrative et financière',
                organisation: 'Acier Lorrain SA',
                from: '2015-01-01',
                to: null,
                description: '',
              },
            ],
            profileLinks: [],
            psychometrics: [],
            interviewNotes: [
              { id: 'n1', on: '2025-01-12', author: 'C. Fontaine', text: 'INTERVIEW-SECRET' },
            ],
            source: 'email',
            collectedOn: '2025-01-10',
            notice: null,
            createdAt: stamp,
            updatedAt: stamp,
            sortName: 'muller helene',
            searchTokens: ['muller', 'helene'],
            listKeys: [],
            noticeDueOn: null,
            deleteOn: null,
            restricted: null,
            objected: null,
          });
          tx.objectStore('organisations').put({
            id: 'org-stahl',
            kind: 'client',
            name: 'Stahlwerk Saar GmbH',
            addresses: [],
            notes: '',
            country: 'DE',
            language: 'de',
            role: null,
            transferSafeguard: null,
            createdAt: stamp,
            updatedAt: stamp,
            sortName: 'stahlwerk saar gmbh',
          });
          tx.objectStore('missions').put({
            id: 'mission-cfo',
            clientId: 'org-stahl',
            partnerId: null,
            position: 'Directeur financier',
            location: 'Sarrebruck',
            contractRef: 'C-2025-01',
            contractSignedOn: null,
            status: 'open',
            openedOn: '2025-01-02',
            closedOn: null,
            createdAt: stamp,
            updatedAt: stamp,
            sortTitle: 'directeur financier',
          });
          tx.objectStore('applications').put({
            id: 'app-e2e',
            candidateId: 'cand-e2e',
            missionId: 'mission-cfo',
            receivedOn: '2025-01-10',
            status: 'interviewed',
            events: [
              { status: 'received', on: '2025-01-10', at: stamp, by: 'seed', note: '' },
              { status: 'interviewed', on: '2025-01-12', at: stamp, by: 'seed', note: '' },
            ],
            createdAt: stamp,
            updatedAt: stamp,
          });
          tx.objectStore('attachments').put({
            id: 'att-cv',
            ownerType: 'candidate',
            ownerId: 'cand-e2e',
            kind: 'cv',
            name: 'CV Müller.pdf',
            type: 'application/pdf',
            size: cv.size,
            sha256,
            addedAt: stamp,
            blob: cv,
          });
          tx.oncomplete = () => resolve();
          tx.onerror = () => reject(tx.error);
        };
        open.onerror = () => reject(open.error);
      });
    },
    { stamp },
  );
}

/** STAND-IN for the records mission screen: records the date the contract was signed. */
async function recordContractSigned(page: Page, on: string) {
  await page.evaluate(
    (on) =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('vivier');
        open.onsuccess = () => {
          const tx = open.result.transaction('missions', 'readwrite');
          const store = tx.objectStore('missions');
          const get = store.get('mission-cfo');
          get.onsuccess = () => store.put({ ...get.result, contractSignedOn: on });
          tx.oncomplete = () => resolve();
          tx.onerror = () => reject(tx.error);
        };
      }),
    on,
  );
}

const candidatePage = '/disclosures/candidates/cand-e2e';

/** Fills the submit form: the CFO application, the client, name and career, and the CV. */
async function submit(page: Page) {
  const form = page.getByRole('form', { name: 'Send to a recipient' });
  await form.getByLabel('Application').selectOption({ label: 'Directeur financier' });
  await form
    .getByLabel('Recipient', { exact: true })
    .selectOption({ label: 'Stahlwerk Saar GmbH (client)' });
  await form.getByLabel('Name', { exact: true }).check();
  await form.getByLabel('Professional background').check();
  await form.getByLabel('CV Müller.pdf').check();
  await form.getByRole('button', { name: 'Check and create the dossier' }).click();
}

describe('consent and disclosure', () => {
  it('refuses without contract or consent, sends with both, registers it, and stops after withdrawal', async () => {
    session = await openBrowser();
    const { page, baseURL } = session;
    await page.goto(baseURL);
    await completeFirstRun(page);
    await seedRecords(page);
    await page.goto(`${baseURL}${candidatePage}`);
    await page.getByRole('heading', { name: 'Consents and disclosures: Hélène Müller' }).waitFor();
    expect(await seriousViolations(page)).toEqual([]);

    // 1. no signed contract and no consent: both reasons, each with what to do
    await submit(page);
    const refusal = page.getByRole('alert');
    await refusal.getByText('The mission has no signed service contract').waitFor();
    await refusal.getByText('Record the date the contract was signed on the mission').waitFor();
    await refusal.getByText('The candidate has not consented').waitFor();
    expect(await seriousViolations(page)).toEqual([]);

    // 2. the contract is signed: only the consent is missing
    await recordContractSigned(page, '2025-01-05');
    await page.reload();
    await submit(page);
    await page.getByRole('alert').getByText('The candidate has not consented').waitFor();
    expect(await page.getByText('The mission has no signed service contract').count()).toBe(0);

    // 3. a verbal consent covering what the page and the CV disclose
    const consent = page.getByRole('form', { name: 'Record a consent' });
    await consent.getByLabel('Mission').selectOption({ label: 'Directeur financier' });
    await consent
      .getByLabel('Recipient', { exact: true })
      .selectOption({ label: 'Stahlwerk Saar GmbH (client)' });
    await consent.getByLabel('Form', { exact: true }).selectOption({ label: 'Verbal' });
    await consent
      .getByLabel('Script or wording used')
      .fill('Acceptez-vous que nous présentions votre profil à Stahlwerk Saar pour ce poste ?');
    for (const label of ['Name', 'Contact details', 'Qualifications', 'Professional background'])
      await consent.getByLabel(label, { exact: true }).check();
    await consent.getByRole('button', { name: 'Record' }).click();
    await page.getByText('Consent recorded.').waitFor();

    // 4. allowed: the dossier zip is downloaded and holds only what was chosen
    const [download] = await Promise.all([page.waitForEvent('download'), submit(page)]);
    await page.getByText('Dossier created and disclosure recorded.').waitFor();
    expect(download.suggestedFilename()).toMatch(/^dossier-\d{4}-\d{2}-\d{2}-muller\.zip$/);
    const zip = await JSZip.loadAsync(readFileSync((await download.path())!));
    const files = Object.keys(zip.files).filter((n) => !zip.files[n]!.dir);
    expect(files.sort()).toEqual(['documents/CV Müller.pdf', 'profile.html']);
    expect(await zip.file('documents/CV Müller.pdf')!.async('string')).toBe(
      '%PDF-1.4 CV Hélène Müller',
    );
    const html = await zip.file('profile.html')!.async('string');
    expect(html).toContain('<html lang="de">'); // the client's language
    expect(html).toContain('Beruflicher Werdegang');
    expect(html).toContain('Directrice administrative et financière');
    expect(html).toContain('Hélène Müller');
    for (const absent of ['helene.muller@example.fr', 'Master CCA', 'INTERVIEW-SECRET'])
      expect(html).not.toContain(absent);

    // 5. the register shows it, and exports it as CSV for Excel
    await page
      .getByRole('navigation', { name: 'Main' })
      .getByRole('link', {
        name: 'Consents and disclosures',
      })
      .click();
    await page.getByRole('heading', { name: 'Disclosure register', level: 1 }).waitFor();
    const row = page.getByRole('row').filter({ hasText: 'Müller Hélène' });
    await row.getByRole('cell', { name: 'Stahlwerk Saar GmbH' }).waitFor();
    await row.getByRole('cell', { name: 'Directeur financier' }).waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    const [csv] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Export as CSV' }).click(),
    ]);
    const csvText = readFileSync((await csv.path())!, 'utf8');
    expect(csvText.startsWith('\uFEFFDate;Candidate;Recipient;Mission;')).toBe(true);
    expect(csvText).toContain(';Müller Hélène;Stahlwerk Saar GmbH;Directeur financier;');

    // 6. withdrawing the consent blocks the next submission
    await row.getByRole('link', { name: 'Müller Hélène' }).click();
    await page.getByRole('heading', { name: 'Consents and disclosures: Hélène Müller' }).waitFor();
    await page.getByRole('button', { name: 'Withdraw consent', exact: true }).click();
    await page.getByText('Consent withdrawn.').waitFor();
    await submit(page);
    await page
      .getByRole('alert')
      .getByText('The candidate withdrew their consent for this mission and recipient.')
      .waitFor();

    expect(session.foreignRequests).toEqual([]);
    expect(session.cspViolations).toEqual([]);
    expect(session.pageErrors).toEqual([]);
  });

  it('lists the recipients to notify on the home dashboard until each is marked notified (Art. 19)', async () => {
    session = await openBrowser();
    const { page, baseURL } = session;
    await page.goto(baseURL);
    await completeFirstRun(page);
    await page.getByRole('heading', { name: 'Recipients to notify (Art. 19)' }).waitFor();
    await page.getByText('No recipient to notify.').waitFor();
    await seedRecords(page);
    // STAND-IN for rectifying the candidate on the records screens (not on main yet): the
    // to-do that updateCandidate → personRectified writes (unit-tested in services/art19.test.ts).
    await page.evaluate(
      ({ stamp }) =>
        new Promise<void>((resolve, reject) => {
          const open = indexedDB.open('vivier');
          open.onsuccess = () => {
            const tx = open.result.transaction(['disclosures', 'notificationTasks'], 'readwrite');
            tx.objectStore('disclosures').put({
              id: 'disc-1',
              candidateId: 'cand-e2e',
              pseudonym: 'b'.repeat(64),
              missionId: 'mission-cfo',
              recipientId: 'org-stahl',
              consentId: null,
              categories: ['identity', 'contact'],
              files: [],
              by: 'seed',
              at: '2025-02-03T10:00:00.000Z',
            });
            tx.objectStore('notificationTasks').put({
              id: 'task-1',
              disclosureId: 'disc-1',
              recipientId: 'org-stahl',
              candidateId: 'cand-e2e',
              change: 'rectification',
              fields: ['contact'],
              createdAt: stamp,
              state: 'open',
              notifiedOn: null,
              notifiedHow: '',
            });
            tx.oncomplete = () => resolve();
            tx.onerror = () => reject(tx.error);
          };
        }),
      { stamp },
    );
    await page.reload();
    const panel = page.getByRole('region', { name: 'Recipients to notify (Art. 19)' });
    await panel
      .getByText(
        'Tell Stahlwerk Saar GmbH about the rectification of the data sent on 3 February 2025: Hélène Müller.',
      )
      .waitFor();
    await panel.getByText('What changed: Contact details').waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await panel.getByRole('button', { name: 'Mark as notified' }).click();
    await panel.getByText('How (email, letter, phone…)').waitFor();
    await panel.getByText('This field is required.').waitFor();
    await panel.getByLabel('How (email, letter, phone…)').fill('Email to HR, Frau Weiß');
    await panel.getByRole('button', { name: 'Mark as notified' }).click();
    await panel.getByText('No recipient to notify.').waitFor();
    expect(session.pageErrors).toEqual([]);
  });
});
