import { afterEach, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import type { LanguageCode } from '../src/domain/common';
import type { MessageKey } from '../src/i18n/messages';
import { translate, translatePlural, type Params } from '../src/i18n/translate';
import {
  completeFirstRunIn,
  openBrowser,
  waitForServiceWorker,
  type Session,
} from './support/browser';
import { seriousViolations } from './support/axe';
import { openTab } from './support/workspace';

let session: Session | undefined;
afterEach(async () => {
  await session?.close();
  session = undefined;
});

const pdf = [...new TextEncoder().encode('%PDF-1.4\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n')];

/** Rows of a spreadsheet as French Excel saves it: BOM, `;`, CRLF, one row with a line break. */
const csv = [
  '\uFEFFNom;Prénom;E-mail;Téléphone;Source;Date de collecte',
  'Dupont;Jean;jean.dupont@example.fr;06 11 22 33 44;Candidature spontanée;01/03/2026',
  ';Sans nom;pas-un-email;;Site internet;2026-03-02',
  'Weiß;Klaus;klaus@example.de;;Pigeon voyageur;31/02/2026',
  '"Lefèvre";"Anne-Marie";anne@example.fr;;"Réseaux sociaux";2026-03-05',
].join('\r\n');

const countCandidates = (page: Page) =>
  page.evaluate(
    () =>
      new Promise<number>((resolve, reject) => {
        const open = indexedDB.open('vivier');
        open.onsuccess = () => {
          const req = open.result.transaction('candidates').objectStore('candidates').count();
          req.onsuccess = () => {
            open.result.close();
            resolve(req.result);
          };
          req.onerror = () => reject(req.error);
        };
      }),
  );

async function clean(page: Page) {
  expect(await seriousViolations(page)).toEqual([]);
}

async function recordsJourney(lang: LanguageCode, locale: string) {
  const m = (key: MessageKey, params?: Params) => translate(lang, key, params);
  const plural = (key: Parameters<typeof translatePlural>[1], count: number) =>
    translatePlural(lang, key, count);
  session = await openBrowser({ locale });
  const { page, baseURL } = session;
  // The journey's records were collected in March 2026; the retention sweep that runs at each
  // start would (rightly) erase them months later, so the browser lives in that March.
  await session.context.clock.install({ time: new Date('2026-03-12T09:00:00Z') });
  await page.goto(baseURL);
  await completeFirstRunIn(page, m);
  const nav = page.getByRole('navigation', { name: m('nav.label') });

  // a candidate found on LinkedIn: the Art. 14 notice becomes due
  await nav.getByRole('link', { name: m('nav.candidates') }).click();
  await page.getByRole('heading', { name: m('records.list.candidates'), level: 1 }).waitFor();
  await clean(page);
  await page.getByRole('link', { name: m('records.candidate.new') }).click();
  const form = page.getByRole('form', { name: m('records.candidate.new') });
  await form.getByRole('button', { name: m('records.candidate.create') }).click();
  await form.getByRole('alert').waitFor();
  expect(await form.locator('[aria-invalid="true"]').count()).toBeGreaterThanOrEqual(3);
  expect(await countCandidates(page)).toBe(0);
  await clean(page);
  await form.getByLabel(m('records.field.lastName'), { exact: true }).fill('Müller-Lüdenscheidt');
  await form.getByLabel(m('records.field.firstName'), { exact: true }).fill('Hélène');
  await form
    .getByLabel(m('records.field.emails'), { exact: true })
    .fill('helene.muller@example.fr');
  await form.getByLabel(m('records.field.source'), { exact: true }).selectOption('social-media');
  await form.getByRole('button', { name: m('records.candidate.create') }).click();
  await page.getByRole('heading', { name: 'Hélène Müller-Lüdenscheidt', level: 1 }).waitFor();
  await page.getByRole('heading', { name: m('records.section.notice') }).waitFor();
  await page
    .getByRole('note')
    .filter({ hasText: m('records.art9.reminder') })
    .waitFor();
  await clean(page);

  // a CV by drag and drop
  const dataTransfer = await page.evaluateHandle((bytes) => {
    const dt = new DataTransfer();
    dt.items.add(new File([new Uint8Array(bytes)], 'CV Hélène.pdf', { type: 'application/pdf' }));
    return dt;
  }, pdf);
  await openTab(page, m, 'workspace.tab.documents');
  await page.getByTestId('drop-candidate').dispatchEvent('drop', { dataTransfer });
  await page.getByRole('cell', { name: /^CV Hélène\.pdf/ }).waitFor();
  await page
    .getByRole('button', { name: m('records.attachment.open-named', { name: 'CV Hélène.pdf' }) })
    .waitFor();
  await openTab(page, m, 'workspace.tab.profile');

  // rectification: the history names the part changed
  await page
    .getByRole('button', {
      name: m('records.form.edit-section', { section: m('records.section.contact') }),
    })
    .click();
  await page.getByLabel(m('records.field.phones'), { exact: true }).fill('+33 6 12 34 56 78');
  await page
    .getByRole('form', {
      name: m('records.form.editing', { section: m('records.section.contact') }),
    })
    .getByRole('button', { name: m('records.form.save'), exact: true })
    .click();
  await page.getByText('+33 6 12 34 56 78').first().waitFor();
  await openTab(page, m, 'workspace.tab.history');
  const history = page.getByRole('region', { name: m('records.section.history') });
  await history.getByRole('cell', { name: m('records.section.contact'), exact: true }).waitFor();
  await history.getByRole('cell', { name: 'Claire Fontaine' }).first().waitFor();
  await openTab(page, m, 'workspace.tab.profile');

  // a referee: a person of their own, with the candidate's permission to contact them
  await page.getByRole('button', { name: m('records.referee.add') }).click();
  const referee = page.getByRole('form', { name: m('records.referee.form') });
  await referee.getByLabel(m('records.field.lastName'), { exact: true }).fill('Dupont');
  await referee.getByLabel(m('records.field.firstName'), { exact: true }).fill('Jean');
  await referee.getByLabel(m('records.referee.email'), { exact: true }).fill('pas-un-email');
  await referee.getByRole('button', { name: m('records.form.save'), exact: true }).click();
  await referee.getByText(m('validation.invalid-email')).waitFor();
  await referee.getByLabel(m('records.referee.email'), { exact: true }).fill('j.dupont@example.fr');
  await referee
    .getByLabel(m('records.referee.permissionToContactOn'), { exact: true })
    .fill('2026-01-15');
  await referee.getByRole('button', { name: m('records.form.save'), exact: true }).click();
  await page.getByRole('link', { name: 'Jean Dupont' }).click();
  await page.getByRole('heading', { name: 'Jean Dupont', level: 1 }).waitFor();
  await clean(page);
  await page.getByRole('link', { name: m('records.referee.candidate') }).click();
  await page.getByRole('heading', { name: 'Hélène Müller-Lüdenscheidt', level: 1 }).waitFor();

  // found by an accented prefix, and without the accent
  await nav.getByRole('link', { name: m('nav.candidates') }).click();
  const search = page.getByRole('searchbox', { name: m('records.search.label') });
  for (const text of ['Mül', 'muller-lu', 'HEL']) {
    await search.fill(text);
    await page.getByRole('link', { name: 'MÜLLER-LÜDENSCHEIDT Hélène' }).waitFor();
  }
  await search.fill('Mül');
  await page.getByRole('link', { name: 'MÜLLER-LÜDENSCHEIDT Hélène' }).click();
  await page.getByRole('heading', { name: 'Hélène Müller-Lüdenscheidt', level: 1 }).waitFor();

  // a client, a mission, an application moved through the pipeline
  await nav.getByRole('link', { name: m('nav.clients') }).click();
  await page.getByRole('link', { name: m('records.organisation.new.client') }).click();
  await page
    .getByLabel(m('records.organisation.name'), { exact: true })
    .fill('Stahlwerk Saar GmbH');
  await page.getByLabel(m('records.organisation.country'), { exact: true }).fill('DE');
  await page.getByRole('button', { name: m('records.form.create') }).click();
  await page.getByRole('heading', { name: 'Stahlwerk Saar GmbH', level: 1 }).waitFor();
  await clean(page);
  await page.getByRole('link', { name: m('records.mission.new') }).click();
  await page.getByLabel(m('records.mission.position'), { exact: true }).fill('Directeur financier');
  await page.getByRole('button', { name: m('records.form.create') }).click();
  await page.getByRole('heading', { name: 'Directeur financier — Stahlwerk Saar GmbH' }).waitFor();
  await page.getByText(m('records.mission.unsigned')).waitFor();
  const add = page.getByRole('region', { name: m('records.mission.addApplicant') });
  await add.getByRole('searchbox').fill('mül');
  await add
    .getByRole('button', {
      name: m('records.mission.add-named', { name: 'Hélène Müller-Lüdenscheidt' }),
    })
    .click();
  const column = (status: 'received' | 'screening' | 'interviewed') =>
    page.getByRole('region', { name: m(`records.pipeline.${status}`), exact: true });
  await column('received').getByRole('link', { name: 'Hélène Müller-Lüdenscheidt' }).waitFor();
  await clean(page);
  for (const status of ['screening', 'interviewed'] as const) {
    await page
      .getByText(m('records.application.move-named', { name: 'Hélène Müller-Lüdenscheidt' }))
      .click();
    const move = page.getByRole('form', {
      name: m('records.application.move-form', { name: 'Hélène Müller-Lüdenscheidt' }),
    });
    const to = move.getByLabel(m('records.application.move'), { exact: true });
    // "submitted" is not a hand move: the hint sends the recruiter to the disclosure panel
    expect(await to.locator('option').allTextContents()).not.toContain(
      m('records.pipeline.submitted'),
    );
    await move.getByText(m('records.application.submit-hint')).waitFor();
    await to.selectOption(status);
    await move.getByRole('button', { name: m('records.application.move-submit') }).click();
    await column(status).getByRole('link', { name: 'Hélène Müller-Lüdenscheidt' }).waitFor();
  }

  // CSV import: bad rows shown, nothing written until confirmed
  await nav.getByRole('link', { name: m('nav.candidates') }).click();
  await page.getByRole('link', { name: m('records.import.title') }).click();
  await page.getByLabel(m('records.import.file')).setInputFiles({
    name: 'candidats.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from(csv, 'utf-8'),
  });
  await page.getByRole('button', { name: m('records.import.preview') }).click();
  // the sources as the file spells them: the known ones suggested, "Pigeon voyageur" left out
  await page.getByRole('heading', { name: m('records.import.values') }).waitFor();
  await page.getByRole('button', { name: m('records.import.preview') }).click();
  await page
    .getByText(
      m('records.import.summary', {
        valid: plural('records.import.valid', 2),
        invalid: plural('records.import.invalid', 2),
        duplicates: plural('records.import.duplicates', 0),
      }),
    )
    .waitFor();
  await page
    .getByText(
      m('records.import.rowIssue', { row: 3, column: 'Nom', message: m('validation.required') }),
    )
    .waitFor();
  await page
    .getByText(
      m('records.import.rowIssue', {
        row: 4,
        column: 'Source',
        message: m('validation.invalid-choice'),
      }),
    )
    .waitFor();
  await page
    .getByText(
      m('records.import.rowIssue', {
        row: 4,
        column: 'Date de collecte',
        message: m('validation.invalid-date'),
      }),
    )
    .waitFor();
  await clean(page);
  expect(await countCandidates(page)).toBe(1);
  await page.getByRole('button', { name: plural('records.import.confirm', 2) }).click();
  await page.getByText(plural('records.import.done', 2)).waitFor();
  expect(await countCandidates(page)).toBe(3);

  // offline, after a reload: everything is still there
  await waitForServiceWorker(page);
  await session.context.setOffline(true);
  const reload = await page.goto(`${baseURL}/candidates`);
  expect(reload?.fromServiceWorker()).toBe(true);
  await page.getByText(m('records.list.count', { count: '3' })).waitFor();
  for (const name of ['DUPONT Jean', 'LEFÈVRE Anne-Marie', 'MÜLLER-LÜDENSCHEIDT Hélène'])
    await page.getByRole('link', { name }).waitFor();
  await page.getByRole('link', { name: 'MÜLLER-LÜDENSCHEIDT Hélène' }).click();
  await openTab(page, m, 'workspace.tab.documents');
  await page.getByRole('cell', { name: /^CV Hélène\.pdf/ }).waitFor();
  await openTab(page, m, 'workspace.tab.applications');
  await page
    .getByRole('article', { name: 'Directeur financier (Stahlwerk Saar GmbH)' })
    .getByText(m('records.pipeline.interviewed'))
    .first()
    .waitFor();

  expect(session.foreignRequests).toEqual([]);
  expect(session.cspViolations).toEqual([]);
  expect(session.pageErrors).toEqual([]);
}

describe('records', () => {
  it('English: create with a CV by drag and drop, edit, find, client, mission, pipeline, CSV import, offline', async () => {
    await recordsJourney('en', 'en-GB');
  });

  it('French: the same journey in French', async () => {
    await recordsJourney('fr', 'fr-FR');
  });
});
