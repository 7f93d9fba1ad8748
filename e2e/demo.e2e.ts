import { afterEach, describe, expect, it } from 'vitest';
import { seriousViolations } from './support/axe';
import { openBrowser, type Session } from './support/browser';

let session: Session | undefined;
afterEach(async () => {
  await session?.close();
  session = undefined;
});

const databaseNames = (s: Session) =>
  s.page.evaluate(async () => (await indexedDB.databases()).map((d) => d.name).sort());

describe('the demo firm', () => {
  it('opens from the first run, is labelled on every screen, is never backed up and leaves nothing behind', async () => {
    session = await openBrowser();
    const { page, baseURL } = session;
    await page.goto(baseURL);
    await page.getByRole('heading', { name: 'Welcome to Vivier' }).waitFor();
    // an empty first run explains where records entered at another address are
    const moved = page.getByRole('region', { name: 'Used Vivier at another address before?' });
    await moved.getByText(`${baseURL}/ starts empty`, { exact: false }).waitFor();

    await page.getByRole('button', { name: 'Explore with sample data' }).click();
    await page.getByRole('heading', { name: 'Home', level: 1 }).waitFor();
    const banner = page.getByRole('region', { name: 'Demo firm' });
    await banner.getByText('every person here is invented').waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    expect(await databaseNames(session)).toContain('vivier-demo');

    const nav = page.getByRole('navigation', { name: 'Main' });
    const labels = await nav.getByRole('link').allTextContents();
    expect(labels.length).toBeGreaterThanOrEqual(9);
    for (const label of labels) {
      await nav.getByRole('link', { name: label, exact: true }).click();
      await expect
        .poll(() =>
          nav.getByRole('link', { name: label, exact: true }).getAttribute('aria-current'),
        )
        .toBe('page');
      await page.getByRole('heading', { level: 1 }).first().waitFor();
      expect(await banner.isVisible(), label).toBe(true);
    }

    // a firm of a few hundred invented people, due requests and people expiring this week
    await nav.getByRole('link', { name: 'Candidates', exact: true }).click();
    await page
      .getByRole('link', { name: /^[A-ZÄÖÜ' -]+ / })
      .first()
      .waitFor();
    await nav.getByRole('link', { name: 'Retention', exact: true }).click();
    await page.getByRole('heading', { name: 'Retention', level: 1 }).waitFor();

    await nav.getByRole('link', { name: 'Backup', exact: true }).click();
    await page
      .getByRole('alert')
      .getByText('The demo firm is never backed up or restored')
      .waitFor();
    expect(await page.getByRole('button', { name: /back up now/i }).count()).toBe(0);
    await page.goto(`${baseURL}/backup/restore`);
    await page
      .getByRole('alert')
      .getByText('The demo firm is never backed up or restored')
      .waitFor();
    await banner.waitFor();

    await banner.getByRole('button', { name: 'Leave the demo' }).click();
    await page.getByRole('heading', { name: 'Welcome to Vivier' }).waitFor();
    expect(await page.getByRole('region', { name: 'Demo firm' }).count()).toBe(0);
    expect(await databaseNames(session)).not.toContain('vivier-demo');
    expect(await page.evaluate(() => localStorage.getItem('vivier.demo'))).toBeNull();
    // and a restart is still the real first run
    await page.reload();
    await page.getByRole('heading', { name: 'Welcome to Vivier' }).waitFor();
    expect(await databaseNames(session)).not.toContain('vivier-demo');

    expect(session.foreignRequests).toEqual([]);
    expect(session.cspViolations).toEqual([]);
    expect(session.pageErrors).toEqual([]);
  }, 180_000);
});
