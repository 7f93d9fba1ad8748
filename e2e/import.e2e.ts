import type { Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import type { LanguageCode } from '../src/domain/common';
import type { MessageKey } from '../src/i18n/messages';
import { formatDate, translate, translatePlural, type Params } from '../src/i18n/translate';
import { seriousViolations } from './support/axe';
import { completeFirstRunIn, openBrowser, type Session } from './support/browser';

let session: Session | undefined;
afterEach(async () => {
  await session?.close();
  session = undefined;
});

/** What a French headhunting firm's Excel writes: its own words for sources, blank rows. */
const sheet = [
  '\uFEFFNom;Prénom;E-mail;Origine;Date de réception;Remarques',
  'Lefèvre;Agnès;agnes@example.fr;Chasse directe;10/03/2026;Vue au salon',
  ';;;;;',
  'Roux;Éric;eric@example.fr;Candidature spontanée;12/03/2025;',
  ';;;;;',
  'Blanc;Lise;lise@example.fr;Bouche à oreille;05/03/2026;',
  'Faure;Paul;paul@example.fr;Annonce;31/02/2026;',
].join('\r\n');

const storedNames = (page: Page) =>
  page.evaluate(
    () =>
      new Promise<string[]>((resolve, reject) => {
        const open = indexedDB.open('vivier');
        open.onsuccess = () => {
          const req = open.result.transaction('candidates').objectStore('candidates').getAll();
          req.onsuccess = () => {
            open.result.close();
            resolve(
              (req.result as { identity: { lastName: string } }[])
                .map((c) => c.identity.lastName)
                .sort(),
            );
          };
          req.onerror = () => reject(req.error);
        };
      }),
  );

async function importJourney(lang: LanguageCode, locale: string) {
  const m = (key: MessageKey, params?: Params) => translate(lang, key, params);
  const plural = (key: Parameters<typeof translatePlural>[1], count: number) =>
    translatePlural(lang, key, count);
  session = await openBrowser({ locale });
  const { page, baseURL } = session;
  // the spreadsheet's applications are from March 2026, one from a year before
  await session.context.clock.install({ time: new Date('2026-03-12T09:00:00Z') });
  await page.goto(baseURL);
  await completeFirstRunIn(page, m);

  const chooseFile = async () => {
    await page
      .getByRole('navigation', { name: m('nav.label') })
      .getByRole('link', { name: m('nav.candidates') })
      .click();
    await page.getByRole('link', { name: m('records.import.title') }).click();
    await page.getByLabel(m('records.import.file')).setInputFiles({
      name: 'candidats.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(sheet, 'utf-8'),
    });
  };
  await chooseFile();

  // column mapping: the date of receipt is the collection date, the remarks the notes
  const fieldFor = (column: string) =>
    page.getByLabel(m('records.import.fieldFor', { column }), { exact: true });
  expect(await fieldFor('Date de réception').inputValue()).toBe('collectedOn');
  expect(await fieldFor('Remarques').inputValue()).toBe('notes');
  expect(await fieldFor('Origine').inputValue()).toBe('source');
  await page.getByRole('button', { name: m('records.import.preview') }).click();

  // value mapping: each source as the file writes it, with a suggestion
  await page.getByRole('heading', { name: m('records.import.values') }).waitFor();
  const valueFor = (value: string) =>
    page.getByLabel(
      m('records.import.valueFor', { field: m('records.import.field.source'), value }),
      { exact: true },
    );
  expect(await valueFor('Chasse directe').inputValue()).toBe('direct-approach');
  expect(await valueFor('Candidature spontanée').inputValue()).toBe('unsolicited');
  expect(await valueFor('Annonce').inputValue()).toBe('job-ad-reply');
  expect(await valueFor('Bouche à oreille').inputValue()).toBe('');
  expect(await seriousViolations(page)).toEqual([]);
  await valueFor('Bouche à oreille').selectOption('referral');
  await page.getByRole('button', { name: m('records.import.preview') }).click();

  // preview: blank rows counted, the bad date quoted, the year-old application held back
  await page.getByText(plural('records.import.blank', 2)).waitFor();
  await page
    .getByText(
      `${m('records.import.rowIssue', {
        row: 7,
        column: 'Date de réception',
        message: m('validation.invalid-date'),
      })} ${m('records.import.valueWas', { value: '31/02/2026' })}`,
    )
    .waitFor();
  const expired = page.getByRole('region', { name: m('records.import.expiredList') });
  await expired.getByText(plural('records.import.expired', 1)).waitFor();
  const line = await expired.getByRole('listitem').textContent();
  expect(line).toContain(
    m('records.import.expiredRow', {
      row: 4,
      name: 'Roux Éric',
      date: formatDate(lang, '2025-06-12'),
      reason: '',
    }),
  );
  expect(line).toContain(formatDate(lang, '2025-03-12'));
  expect(await seriousViolations(page)).toEqual([]);
  expect(await storedNames(page)).toEqual([]);

  // without the box, the person whose retention is over is not imported
  const confirm = (n: number) =>
    page.getByRole('button', { name: plural('records.import.confirm', n) });
  await confirm(2).waitFor();
  await expired.getByLabel(m('records.import.includeExpired')).check();
  await confirm(3).waitFor();
  await expired.getByLabel(m('records.import.includeExpired')).uncheck();
  await confirm(2).click();
  await page.getByText(plural('records.import.done', 2)).waitFor();
  expect(await storedNames(page)).toEqual(['Blanc', 'Lefèvre']);

  // the next file: the choice for "Bouche à oreille" is remembered
  await chooseFile();
  await page.getByRole('button', { name: m('records.import.preview') }).click();
  await page.getByRole('heading', { name: m('records.import.values') }).waitFor();
  expect(await valueFor('Bouche à oreille').inputValue()).toBe('referral');

  expect(session.foreignRequests).toEqual([]);
  expect(session.cspViolations).toEqual([]);
  expect(session.pageErrors).toEqual([]);
}

describe('CSV import of a French spreadsheet', () => {
  it('English: value mapping, blank rows, the bad value quoted, the retention warning', async () => {
    await importJourney('en', 'en-GB');
  });

  it('French: the same import in French', async () => {
    await importJourney('fr', 'fr-FR');
  });
});
