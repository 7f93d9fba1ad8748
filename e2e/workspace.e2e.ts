import type { Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import type { LanguageCode } from '../src/domain/common';
import type { MessageKey } from '../src/i18n/messages';
import { formatDate, translate, type Params } from '../src/i18n/translate';
import { seriousViolations } from './support/axe';
import { openBrowser, type Session } from './support/browser';
import {
  candidateWithOneApplication,
  documentHeight,
  openAction,
  openTab,
  recordVerbalConsent,
  summaryOf,
} from './support/workspace';

let session: Session | undefined;
afterEach(async () => {
  await session?.close();
  session = undefined;
});

async function clean(page: Page) {
  expect(await seriousViolations(page)).toEqual([]);
}

/** The element that has focus is inside the given region (the form that just opened). */
const focusInside = (page: Page, label: string) =>
  page.evaluate(
    (label) => document.activeElement?.closest(`[role="region"][aria-label="${label}"]`) !== null,
    label,
  );
const focusedText = (page: Page) => page.evaluate(() => document.activeElement?.textContent);

async function workspaceJourney(lang: LanguageCode, locale: string) {
  const m = (key: MessageKey, params?: Params) => translate(lang, key, params);
  session = await openBrowser({ locale });
  const { page, baseURL } = session;
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto(baseURL);
  await page.getByLabel(m('first-run.name'), { exact: true }).fill('Claire Fontaine');
  await page.getByLabel(m('first-run.role'), { exact: true }).selectOption('recruiter');
  await page.getByRole('button', { name: m('first-run.start') }).click();
  await page.getByRole('heading', { name: m('home.title'), level: 1 }).waitFor();

  // "/" focuses the candidate search on the list screen
  await page
    .getByRole('navigation', { name: m('nav.label') })
    .getByRole('link', { name: m('nav.candidates') })
    .click();
  const search = page.getByRole('searchbox', { name: m('records.search.label') });
  await search.waitFor();
  await page.locator('body').press('/');
  expect(await search.evaluate((el) => el === document.activeElement)).toBe(true);

  // a candidate with one application, added from the header's own action (opens, saves, closes)
  await candidateWithOneApplication(page, m);
  const summary = summaryOf(page, m);
  const today = await page.evaluate(() => new Date().toISOString().slice(0, 10));
  await summary.getByText('helene.muller@example.fr · +49 30 1234567').waitFor();
  await summary.getByText(m('records.pipeline.received'), { exact: true }).waitFor();
  await summary
    .getByText(
      m('workspace.consentFor', {
        recipient: 'Stahlwerk Saar GmbH',
        state: m('workspace.consent.none'),
      }),
    )
    .waitFor();
  // kept until three years after the application (P7), and why
  const keptUntil = `${Number(today.slice(0, 4)) + 3}${today.slice(4)}`;
  await summary
    .getByText(m('retention.keptUntil', { date: formatDate(lang, keptUntil) }))
    .waitFor();
  // nothing is open until asked; the default view fits in two screen heights at 1280×800
  expect(await page.locator('.action-form').count()).toBe(0);
  const height = await documentHeight(page);
  console.log(`${lang}: candidate page ${height} px tall at 1280×800`);
  expect(height).toBeLessThanOrEqual(2 * 800);
  await clean(page);

  // Escape closes a form and gives focus back to its button
  const consentButton = page
    .getByRole('group', { name: m('workspace.actions') })
    .getByRole('button', { name: m('consent.new'), exact: true });
  await consentButton.click();
  expect(await focusInside(page, m('consent.new'))).toBe(true);
  await clean(page); // with a form open too
  await page.keyboard.press('Escape');
  await page.getByRole('region', { name: m('consent.new'), exact: true }).waitFor({
    state: 'detached',
  });
  expect(await focusedText(page)).toBe(m('consent.new'));

  // the Art. 14 notice, from its own button in the profile tab
  await page.getByRole('button', { name: m('workspace.action.notice') }).click();
  const notice = page.getByRole('form', { name: m('records.notice.record') });
  await notice.getByLabel(m('records.field.notice.channel'), { exact: true }).selectOption('email');
  await notice.getByRole('button', { name: m('records.notice.record') }).click();
  await page.getByRole('status').getByText(m('workspace.done.notice')).waitFor();
  await summary
    .getByText(m('records.noticeState.given', { date: formatDate(lang, today) }))
    .waitFor();

  // a consent: the header says "active" at once
  await recordVerbalConsent(page, m, 'Pouvons-nous présenter votre profil ?', ['identity']);
  expect(await focusedText(page)).toBe(m('consent.new'));
  const consentIs = (state: 'active' | 'withdrawn') =>
    summary.getByText(
      m('workspace.consentFor', {
        recipient: 'Stahlwerk Saar GmbH',
        state: m(`workspace.consent.${state}`),
      }),
    );
  await consentIs('active').waitFor();

  // withdrawn in the applications tab: the header says "withdrawn" at once
  await openTab(page, m, 'workspace.tab.applications');
  const consents = page.getByRole('region', { name: m('consent.title') });
  await consents.getByRole('button', { name: m('consent.withdraw'), exact: true }).click();
  // when and how the candidate said so (Art. 7(1)): today and by email proposed, phone chosen
  const withdrawal = consents.getByRole('form', { name: m('consent.withdraw') });
  const how = withdrawal.getByLabel(m('consent.withdrawalNote'), { exact: true });
  expect(await how.inputValue()).toBe('email');
  expect(
    await withdrawal.getByLabel(m('consent.withdrawnOn'), { exact: true }).inputValue(),
  ).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  await how.selectOption('phone');
  await withdrawal.getByRole('button', { name: m('consent.withdraw.save') }).click();
  await consents.getByText(m('consent.withdrawn')).waitFor();
  await consents.getByText(`(${m('rights.channel.phone')})`, { exact: false }).waitFor();
  expect(await withdrawal.count()).toBe(0);
  await consentIs('withdrawn').waitFor();
  await clean(page);

  // sending: the contract is not signed and the consent withdrawn; the guard says so in the form
  const send = await openAction(page, m, 'disclosure.submit.title');
  const sendForm = send.getByRole('form', { name: m('disclosure.submit.title') });
  await sendForm
    .getByLabel(m('disclosure.application'))
    .selectOption({ label: 'Directeur financier' });
  await sendForm
    .getByLabel(m('disclosure.recipient'), { exact: true })
    .selectOption({ label: m('disclosure.recipient.client', { name: 'Stahlwerk Saar GmbH' }) });
  await sendForm.getByLabel(m('disclosure.category.identity'), { exact: true }).check();
  await sendForm.getByRole('button', { name: m('disclosure.submit') }).click();
  await send.getByRole('alert').getByText(m('disclosure.refused')).waitFor();
  await page.keyboard.press('Escape');
  await send.waitFor({ state: 'detached' });

  // a rights request recorded from the header, listed under rights and retention
  const request = await openAction(page, m, 'workspace.action.request');
  await request.getByLabel(m('rights.ui.type'), { exact: true }).selectOption('access');
  await request.getByLabel(m('rights.ui.channel'), { exact: true }).selectOption('email');
  await request.getByRole('button', { name: m('rights.ui.register') }).click();
  await page.getByRole('status').getByText(m('workspace.done.request')).waitFor();
  await request.waitFor({ state: 'detached' });
  await openTab(page, m, 'workspace.tab.rights');
  await page
    .getByRole('region', { name: m('rights.ui.person-panel') })
    .getByRole('link', { name: new RegExp(`^${m('rights.type.access')} — `) })
    .waitFor();

  // a hold, from its own button: the header shows the badge
  await page.getByRole('button', { name: m('workspace.action.hold') }).click();
  await page.getByLabel(m('retention.holds.note'), { exact: true }).fill('Litige prud’hommes');
  await page.getByRole('button', { name: m('retention.holds.place') }).click();
  await page.getByRole('status').getByText(m('retention.holds.placed')).waitFor();
  await summary.getByText(m('workspace.badge.held'), { exact: true }).waitFor();
  await clean(page);

  expect(session.foreignRequests).toEqual([]);
  expect(session.cspViolations).toEqual([]);
  expect(session.pageErrors).toEqual([]);
}

describe('candidate workspace', () => {
  it('English: the header says where the person stands and each action opens, saves, closes', async () => {
    await workspaceJourney('en', 'en-GB');
  });

  it('French: the same in French', async () => {
    await workspaceJourney('fr', 'fr-FR');
  });
});
