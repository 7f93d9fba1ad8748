import { readFileSync } from 'node:fs';
import JSZip from 'jszip';
import type { Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import type { MessageKey } from '../src/i18n/messages';
import { translate, type Params } from '../src/i18n/translate';
import { seriousViolations } from './support/axe';
import { completeFirstRun, openBrowser, type Session } from './support/browser';
import { openAction, openTab, recordVerbalConsent, summaryOf } from './support/workspace';

let session: Session | undefined;
afterEach(async () => {
  await session?.close();
  session = undefined;
});

const m = (key: MessageKey, params?: Params) => translate('en', key, params);
const candidateName = 'Hélène Müller';
const cvText = '%PDF-1.4\n% CV of Hélène Müller\n%%EOF\n';

async function clean(page: Page) {
  expect(await seriousViolations(page)).toEqual([]);
}

/** Records screens: a candidate with a CV, a German client, a mission without a signed date. */
async function setUpRecords(page: Page) {
  const nav = page.getByRole('navigation', { name: m('nav.label') });
  await nav.getByRole('link', { name: m('nav.candidates') }).click();
  await page.getByRole('link', { name: m('records.candidate.new') }).click();
  const form = page.getByRole('form', { name: m('records.candidate.new') });
  await form.getByLabel(m('records.field.lastName'), { exact: true }).fill('Müller');
  await form.getByLabel(m('records.field.firstName'), { exact: true }).fill('Hélène');
  await form
    .getByLabel(m('records.field.emails'), { exact: true })
    .fill('helene.muller@example.fr');
  await form.getByLabel(m('records.field.source'), { exact: true }).selectOption('email');
  await form.getByRole('button', { name: m('records.candidate.create') }).click();
  await page.getByRole('heading', { name: candidateName, level: 1 }).waitFor();
  const dataTransfer = await page.evaluateHandle((text) => {
    const dt = new DataTransfer();
    dt.items.add(new File([text], 'CV Müller.pdf', { type: 'application/pdf' }));
    return dt;
  }, cvText);
  await openTab(page, m, 'workspace.tab.documents');
  await page.getByTestId('drop-candidate').dispatchEvent('drop', { dataTransfer });
  await page.getByRole('cell', { name: /^CV Müller\.pdf/ }).waitFor();
  const candidateUrl = page.url();

  await nav.getByRole('link', { name: m('nav.clients') }).click();
  await page.getByRole('link', { name: m('records.organisation.new.client') }).click();
  await page
    .getByLabel(m('records.organisation.name'), { exact: true })
    .fill('Stahlwerk Saar GmbH');
  await page.getByLabel(m('records.organisation.country'), { exact: true }).fill('DE');
  await page
    .getByLabel(m('records.organisation.language'), { exact: true })
    .selectOption({ label: m('records.lang.de') });
  await page.getByRole('button', { name: m('records.form.create') }).click();
  await page.getByRole('heading', { name: 'Stahlwerk Saar GmbH', level: 1 }).waitFor();
  await page.getByRole('link', { name: m('records.mission.new') }).click();
  await page.getByLabel(m('records.mission.position'), { exact: true }).fill('Directeur financier');
  await page.getByRole('button', { name: m('records.form.create') }).click();
  await page.getByRole('heading', { name: 'Directeur financier — Stahlwerk Saar GmbH' }).waitFor();
  await page.getByText(m('records.mission.unsigned')).waitFor();
  const add = page.getByRole('region', { name: m('records.mission.addApplicant') });
  await add.getByRole('searchbox').fill('mül');
  await add
    .getByRole('button', { name: m('records.mission.add-named', { name: candidateName }) })
    .click();
  await page.getByRole('link', { name: candidateName }).first().waitFor();
  return { missionUrl: page.url(), candidateUrl };
}

/** "Send to a recipient" on the candidate page: the CFO application, the client, name and career, the CV. */
async function submit(page: Page) {
  const region = await openAction(page, m, 'disclosure.submit.title');
  const form = region.getByRole('form', { name: m('disclosure.submit.title') });
  await form.getByLabel(m('disclosure.application')).selectOption({ label: 'Directeur financier' });
  await form
    .getByLabel(m('disclosure.recipient'), { exact: true })
    .selectOption({ label: m('disclosure.recipient.client', { name: 'Stahlwerk Saar GmbH' }) });
  await form.getByLabel(m('disclosure.category.identity'), { exact: true }).check();
  await form.getByLabel(m('disclosure.category.experience'), { exact: true }).check();
  await form.getByLabel('CV Müller.pdf').check();
  await form.getByRole('button', { name: m('disclosure.submit') }).click();
}

const reason = (page: Page, key: MessageKey) =>
  page
    .getByRole('region', { name: m('disclosure.submit.title') })
    .getByRole('alert')
    .getByText(m(key, { categories: '' }).split(':')[0]!);

describe('consent and disclosure', () => {
  it('no candidate reaches a client without a signed contract and consent; the register, withdrawal and Art. 19 follow', async () => {
    session = await openBrowser();
    const { page } = session;
    await page.goto(session.baseURL);
    await completeFirstRun(page);
    const { missionUrl, candidateUrl } = await setUpRecords(page);
    const today = new Date().toISOString().slice(0, 10);

    // 1. no signed contract, no consent: every reason, each with what to do
    await page.goto(candidateUrl);
    await page.getByRole('heading', { name: candidateName, level: 1 }).waitFor();
    await submit(page);
    await reason(page, 'reason.no-signed-contract').waitFor();
    await page.getByText(m('reason.no-signed-contract.todo')).waitFor();
    await reason(page, 'reason.no-consent').waitFor();
    await page.getByText(m('reason.no-consent.todo')).waitFor();
    await clean(page);

    // 2. the contract is signed (mission screen): only the consent is missing
    await page.goto(missionUrl);
    const details = m('records.mission.details');
    await page
      .getByRole('button', { name: m('records.form.edit-section', { section: details }) })
      .click();
    await page.getByLabel(m('records.mission.contractSignedOn'), { exact: true }).fill(today);
    await page
      .getByRole('form', { name: m('records.form.editing', { section: details }) })
      .getByRole('button', { name: m('records.form.save'), exact: true })
      .click();
    await page.getByText(m('records.mission.unsigned')).waitFor({ state: 'detached' });
    await page.goto(candidateUrl);
    await submit(page);
    await reason(page, 'reason.no-consent').waitFor();
    expect(await page.getByText(m('reason.no-signed-contract')).count()).toBe(0);

    // 3. a verbal consent that covers what the page and the CV disclose
    await recordVerbalConsent(
      page,
      m,
      'Acceptez-vous que nous présentions votre profil à Stahlwerk Saar pour ce poste ?',
      ['identity', 'contact', 'qualifications', 'experience'],
    );
    // the summary header says so at once
    await summaryOf(page, m)
      .getByText(
        m('workspace.consentFor', {
          recipient: 'Stahlwerk Saar GmbH',
          state: m('workspace.consent.active'),
        }),
      )
      .waitFor();
    await clean(page);

    // 4. allowed: the zip is downloaded and holds only the chosen categories and files
    const [download] = await Promise.all([page.waitForEvent('download'), submit(page)]);
    await page.getByRole('status').getByText(m('disclosure.done')).waitFor();
    await summaryOf(page, m).getByText(m('records.pipeline.submitted')).waitFor();
    expect(download.suggestedFilename()).toBe(`dossier-${today}-muller.zip`);
    const zip = await JSZip.loadAsync(readFileSync((await download.path())!));
    const files = Object.keys(zip.files).filter((n) => !zip.files[n]!.dir);
    expect(files.sort()).toEqual(['documents/CV Müller.pdf', 'profile.html']);
    expect(await zip.file('documents/CV Müller.pdf')!.async('string')).toBe(cvText);
    const html = await zip.file('profile.html')!.async('string');
    expect(html).toContain('<html lang="de">'); // the client's language
    expect(html).toContain(translate('de', 'disclosure.category.experience'));
    expect(html).toContain(candidateName);
    expect(html).not.toContain('helene.muller@example.fr'); // contact details were not chosen
    expect(html).not.toContain(translate('de', 'disclosure.category.contact'));
    await openTab(page, m, 'workspace.tab.applications');
    const sent = page.getByRole('region', { name: m('disclosure.sent') });
    await sent.getByRole('cell', { name: 'Stahlwerk Saar GmbH' }).waitFor();

    // 5. the register shows it and exports it for Excel
    const nav = page.getByRole('navigation', { name: m('nav.label') });
    await nav.getByRole('link', { name: m('nav.disclosures') }).click();
    await page.getByRole('heading', { name: m('register.title'), level: 1 }).waitFor();
    const row = page.getByRole('row').filter({ hasText: 'Müller Hélène' });
    await row.getByRole('cell', { name: 'Stahlwerk Saar GmbH' }).waitFor();
    await row.getByRole('cell', { name: 'Directeur financier' }).waitFor();
    await page.getByLabel(m('register.from'), { exact: true }).fill('2020-01-01');
    await page.getByLabel(m('register.to'), { exact: true }).fill('2020-12-31');
    await page.getByText(m('register.none')).waitFor();
    await page.getByLabel(m('register.to'), { exact: true }).fill(today);
    await row.waitFor();
    await clean(page);
    const [csv] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: m('register.export') }).click(),
    ]);
    const csvText = readFileSync((await csv.path())!, 'utf8');
    expect(csvText.startsWith('\uFEFFDate;Candidate;Recipient;Mission;')).toBe(true);
    expect(csvText).toContain(';Müller Hélène;Stahlwerk Saar GmbH;Directeur financier;');

    // 6. rectifying the candidate puts the client on the Art. 19 to-do list of the home page
    await row.getByRole('link', { name: 'Müller Hélène' }).click();
    await page.getByRole('heading', { name: candidateName, level: 1 }).waitFor();
    const contact = m('records.section.contact');
    await page
      .getByRole('button', { name: m('records.form.edit-section', { section: contact }) })
      .click();
    await page.getByLabel(m('records.field.phones'), { exact: true }).fill('+33 6 12 34 56 78');
    await page
      .getByRole('form', { name: m('records.form.editing', { section: contact }) })
      .getByRole('button', { name: m('records.form.save'), exact: true })
      .click();
    await page.getByText('+33 6 12 34 56 78').first().waitFor();
    await nav.getByRole('link', { name: m('nav.home') }).click();
    const todo = page.getByRole('region', { name: m('art19.title') });
    await todo.getByText(/Tell Stahlwerk Saar GmbH about the rectification/).waitFor();
    await todo.getByText(m('art19.fields', { fields: m('disclosure.category.contact') })).waitFor();
    await clean(page);
    await todo.getByLabel(m('art19.notifiedHow')).fill('Email to HR, Frau Weiß');
    await todo.getByRole('button', { name: m('art19.markNotified') }).click();
    await todo.getByText(m('art19.none')).waitFor();

    // 7. withdrawing the consent (today, by email: the form's defaults) blocks the next submission
    await page.goto(candidateUrl);
    await openTab(page, m, 'workspace.tab.applications');
    const consents = page.getByRole('region', { name: m('consent.title') });
    await consents.getByRole('button', { name: m('consent.withdraw'), exact: true }).click();
    await consents
      .getByRole('form', { name: m('consent.withdraw') })
      .getByRole('button', { name: m('consent.withdraw.save') })
      .click();
    await consents.getByText(m('consent.withdrawn')).waitFor();
    await consents.getByText(`(${m('rights.channel.email')})`, { exact: false }).waitFor();
    // the summary header says "withdrawn" at once
    await summaryOf(page, m)
      .getByText(
        m('workspace.consentFor', {
          recipient: 'Stahlwerk Saar GmbH',
          state: m('workspace.consent.withdrawn'),
        }),
      )
      .waitFor();
    await submit(page);
    await reason(page, 'reason.consent-withdrawn').waitFor();

    expect(session.foreignRequests).toEqual([]);
    expect(session.cspViolations).toEqual([]);
    expect(session.pageErrors).toEqual([]);
  });
});
