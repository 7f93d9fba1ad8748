import type { Page } from 'playwright-core';
import type { MessageKey } from '../../src/i18n/messages';
import type { Params } from '../../src/i18n/translate';

type T = (key: MessageKey, params?: Params) => string;

/** Opens a tab of the candidate workspace. */
export async function openTab(page: Page, m: T, tab: `workspace.tab.${string}` & MessageKey) {
  await page.getByRole('tab', { name: m(tab), exact: true }).click();
}

/** Opens one of the summary header's main actions (unless already open) and returns its form region. */
export async function openAction(page: Page, m: T, label: MessageKey) {
  const button = page
    .getByRole('group', { name: m('workspace.actions') })
    .getByRole('button', { name: m(label), exact: true });
  if ((await button.getAttribute('aria-expanded')) !== 'true') await button.click();
  return page.getByRole('region', { name: m(label), exact: true });
}

/** The summary header of the candidate workspace. */
export const summaryOf = (page: Page, m: T) =>
  page.getByRole('region', { name: m('workspace.summary') });

/** How tall the page is, in CSS pixels. */
export const documentHeight = (page: Page) =>
  page.evaluate(() => document.documentElement.scrollHeight);

/**
 * Through the screens: a German client, a mission for it, and a candidate found on LinkedIn with
 * one application to that mission (added from the workspace's own action). Ends on the
 * candidate's page.
 */
export async function candidateWithOneApplication(page: Page, m: T) {
  const nav = page.getByRole('navigation', { name: m('nav.label') });
  await nav.getByRole('link', { name: m('nav.clients') }).click();
  await page.getByRole('link', { name: m('records.organisation.new.client') }).click();
  await page
    .getByLabel(m('records.organisation.name'), { exact: true })
    .fill('Stahlwerk Saar GmbH');
  await page.getByLabel(m('records.organisation.country'), { exact: true }).fill('DE');
  await page.getByRole('button', { name: m('records.form.create') }).click();
  await page.getByRole('heading', { name: 'Stahlwerk Saar GmbH', level: 1 }).waitFor();
  await page.getByRole('link', { name: m('records.mission.new') }).click();
  await page.getByLabel(m('records.mission.position'), { exact: true }).fill('Directeur financier');
  await page.getByRole('button', { name: m('records.form.create') }).click();
  await page.getByRole('heading', { name: 'Directeur financier — Stahlwerk Saar GmbH' }).waitFor();
  const missionUrl = page.url();

  await nav.getByRole('link', { name: m('nav.candidates') }).click();
  await page.getByRole('link', { name: m('records.candidate.new') }).click();
  const form = page.getByRole('form', { name: m('records.candidate.new') });
  await form.getByLabel(m('records.field.lastName'), { exact: true }).fill('Müller');
  await form.getByLabel(m('records.field.firstName'), { exact: true }).fill('Hélène');
  await form
    .getByLabel(m('records.field.emails'), { exact: true })
    .fill('helene.muller@example.fr');
  await form.getByLabel(m('records.field.phones'), { exact: true }).fill('+49 30 1234567');
  await form.getByLabel(m('records.field.source'), { exact: true }).selectOption('social-media');
  await form.getByRole('button', { name: m('records.candidate.create') }).click();
  await page.getByRole('heading', { name: 'Hélène Müller', level: 1 }).waitFor();
  const candidateUrl = page.url();

  const add = await openAction(page, m, 'workspace.action.application');
  await add
    .getByLabel(m('records.application.mission'), { exact: true })
    .selectOption({ label: 'Directeur financier (Stahlwerk Saar GmbH)' });
  await add.getByRole('button', { name: m('records.application.add') }).click();
  await page.getByRole('status').getByText(m('workspace.done.application')).waitFor();
  await summaryOf(page, m)
    .getByRole('rowheader', { name: 'Directeur financier (Stahlwerk Saar GmbH)' })
    .waitFor();
  return { missionUrl, candidateUrl };
}

/**
 * "Record a consent" from the header: a verbal consent of the candidate for the CFO mission
 * towards its client, covering the given categories; waits until the form closed on success.
 */
export async function recordVerbalConsent(
  page: Page,
  m: T,
  script: string,
  categories: readonly ('identity' | 'contact' | 'qualifications' | 'experience')[],
) {
  const consent = (await openAction(page, m, 'consent.new')).getByRole('form', {
    name: m('consent.new'),
  });
  await consent.getByLabel(m('consent.mission')).selectOption({ label: 'Directeur financier' });
  await consent
    .getByLabel(m('consent.recipient'), { exact: true })
    .selectOption({ label: m('disclosure.recipient.client', { name: 'Stahlwerk Saar GmbH' }) });
  await consent.getByLabel(m('consent.form'), { exact: true }).selectOption('verbal');
  await consent.getByLabel(m('consent.script')).fill(script);
  for (const c of categories)
    await consent.getByLabel(m(`disclosure.category.${c}`), { exact: true }).check();
  await consent.getByRole('button', { name: m('consent.save') }).click();
  await page.getByRole('status').getByText(m('consent.saved')).waitFor();
  await consent.waitFor({ state: 'detached' });
}
