// Screenshots of the candidate workspace and the mission board at 1280×800, taken from the built
// app (run `npm run build` first) in Debian's Chromium, so the pictures in docs/ stay true.
// Usage: npm run screenshots   (writes docs/screenshots/*.png, prints the candidate page height)
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { chromiumArgs, chromiumPath } from '../e2e/support/chromium';
import { startPreview } from '../e2e/support/preview';
import { candidateWithOneApplication, documentHeight } from '../e2e/support/workspace';
import { loadLanguage, type MessageKey } from '../src/i18n/messages';
import { translate, type Params } from '../src/i18n/translate';

const out = 'docs/screenshots';
await loadLanguage('en');
const m = (key: MessageKey, params?: Params) => translate('en', key, params);
const preview = await startPreview('dist');
const profile = mkdtempSync(join(tmpdir(), 'vivier-shots-'));
const context = await chromium.launchPersistentContext(profile, {
  executablePath: chromiumPath,
  headless: true,
  args: chromiumArgs,
  locale: 'en-GB',
  viewport: { width: 1280, height: 800 },
});
try {
  const page = context.pages()[0] ?? (await context.newPage());
  await page.goto(preview.url);
  await page.getByLabel(m('first-run.name'), { exact: true }).fill('Claire Fontaine');
  await page.getByLabel(m('first-run.role'), { exact: true }).selectOption('recruiter');
  await page.getByRole('button', { name: m('first-run.start') }).click();
  await page.getByRole('heading', { name: m('home.title'), level: 1 }).waitFor();
  const { missionUrl, candidateUrl } = await candidateWithOneApplication(page, m);
  mkdirSync(out, { recursive: true });
  await page.goto(candidateUrl);
  await page.getByRole('heading', { name: 'Hélène Müller', level: 1 }).waitFor();
  await page.getByText(m('records.section.qualifications')).first().waitFor();
  const height = await documentHeight(page);
  await page.screenshot({ path: `${out}/candidate-page.png`, fullPage: true });
  await page.goto(missionUrl);
  await page.getByRole('region', { name: m('records.pipeline.received'), exact: true }).waitFor();
  await page.screenshot({ path: `${out}/mission-board.png`, fullPage: true });
  console.log(
    `candidate page: ${height} px tall at 1280×800 (${(height / 800).toFixed(2)} screens)`,
  );
} finally {
  await context.close();
  rmSync(profile, { recursive: true, force: true });
  await preview.stop();
}
