import { afterEach, describe, expect, it } from 'vitest';
import { buildMission, buildOrganisation } from '../src/testing/builders';
import { seriousViolations } from './support/axe';
import { completeFirstRun, openBrowser, type Session } from './support/browser';
import { candidateWith, countRows, putRows } from './support/seed';

let session: Session | undefined;
afterEach(async () => {
  await session?.close();
  session = undefined;
});

const at = (date: string) => new Date(`${date}T10:00:00`);

async function start(date: string) {
  session = await openBrowser();
  await session.context.clock.install({ time: at(date) });
  await session.page.goto(session.baseURL);
  await completeFirstRun(session.page);
  return session;
}

describe('retention', () => {
  it('warns ahead on the dashboard, keeps a general application 3 months, erases it the day after', async () => {
    const { page, context, baseURL } = await start('2026-01-05');
    const { candidate, applications } = candidateWith({ firstName: 'Hélène', lastName: 'Müller' }, [
      { missionId: null, statuses: [['received', '2026-01-05']] },
    ]);
    expect(candidate.deleteOn).toBe('2026-04-05');
    await putRows(page, { candidates: [candidate], applications });

    // 11 days before: the dashboard lists her, with the reason
    await context.clock.setSystemTime(at('2026-03-25'));
    await page.reload();
    const panel = page.getByRole('region', { name: 'Expiring soon' });
    await panel.getByText('Hélène Müller').waitFor();
    await panel.getByText('in 11 days').waitFor();
    await panel
      .getByText('general application received on 5 January 2026 (3 months, policy rule P7)')
      .waitFor();
    expect(await seriousViolations(page)).toEqual([]);

    // her last day: still there after the start-up sweep
    await context.clock.setSystemTime(at('2026-04-05'));
    await page.goto(`${baseURL}/retention`);
    await page.getByRole('heading', { name: 'Retention', level: 1 }).waitFor();
    await page.getByText(/^Last sweep .*: 0 erased/).waitFor();
    await page
      .getByRole('region', { name: 'Expiring soon' })
      .getByText('today (last day)')
      .waitFor();
    expect(await countRows(page, 'candidates')).toBe(1);
    expect(await seriousViolations(page)).toEqual([]);

    // 3 months and one day: the hourly timer fires and she is erased, a tombstone stays
    await context.clock.setSystemTime(at('2026-04-06'));
    await context.clock.fastForward('01:00:00');
    await page.getByText(/^Last sweep .*: 1 erased, 0 archived/).waitFor();
    expect(await countRows(page, 'candidates')).toBe(0);
    expect(await countRows(page, 'applications')).toBe(0);
    expect(await countRows(page, 'tombstones')).toBe(1);
    await page
      .getByRole('region', { name: 'Expiring soon' })
      .getByText('Nobody is due within 14 days.')
      .waitFor();

    expect(session!.foreignRequests).toEqual([]);
    expect(session!.cspViolations).toEqual([]);
    expect(session!.pageErrors).toEqual([]);
  });

  it('moves a hired candidate to the client archive after 3 years', async () => {
    const { page, context, baseURL } = await start('2026-01-10');
    const client = buildOrganisation({ name: 'Stahlwerk Saar GmbH' });
    const mission = buildMission({ clientId: client.id, position: 'Directeur financier' });
    const { candidate, applications } = candidateWith(
      { firstName: 'Jürgen', lastName: 'Schmidt' },
      [
        {
          missionId: mission.id,
          statuses: [
            ['received', '2026-01-10'],
            ['submitted', '2026-02-02'],
            ['hired', '2026-03-16'],
          ],
        },
      ],
    );
    expect(candidate.deleteOn).toBe('2029-03-16');
    await putRows(page, {
      organisations: [client],
      missions: [mission],
      candidates: [candidate],
      applications,
    });

    await context.clock.setSystemTime(at('2029-03-17'));
    await page.goto(`${baseURL}/retention`);
    await page.getByText(/^Last sweep .*: 0 erased, 1 archived/).waitFor();
    const archive = page.getByRole('region', { name: 'Client archive' });
    await archive.getByRole('cell', { name: 'Jürgen Schmidt' }).waitFor();
    await archive.getByText('Directeur financier at Stahlwerk Saar GmbH').waitFor();
    await archive.getByRole('cell', { name: '16 March 2034' }).waitFor();
    expect(await countRows(page, 'candidates')).toBe(0);
    expect(await countRows(page, 'archive')).toBe(1);
    expect(await seriousViolations(page)).toEqual([]);
  });

  it('sweeps in one tab at a time: a tab skips while another holds the lock, then one sweep erases', async () => {
    const { page, context, baseURL } = await start('2026-01-05');
    const { candidate, applications } = candidateWith({ firstName: 'Anna', lastName: 'Weber' }, [
      { missionId: null, statuses: [['received', '2025-09-01']] },
    ]);
    await putRows(page, { candidates: [candidate], applications });

    // tab A holds the sweep lock, as if it were sweeping
    await page.evaluate(() => {
      void navigator.locks.request(
        'vivier-retention-sweep',
        () =>
          new Promise<void>((release) => {
            (window as unknown as { releaseSweep: () => void }).releaseSweep = release;
          }),
      );
    });
    await page.waitForFunction(async () => {
      const state = await navigator.locks.query();
      return (state.held ?? []).some((l) => l.name === 'vivier-retention-sweep');
    });

    // tab B starts: its start-up sweep finds the lock taken and leaves the work to tab A
    const tabB = await context.newPage();
    await tabB.goto(`${baseURL}/retention`);
    await tabB.getByText(/^Next sweep: /).waitFor();
    expect(await countRows(tabB, 'candidates')).toBe(1);
    await tabB.getByRole('button', { name: 'Run the sweep now' }).click();
    await tabB.getByText('Another tab is sweeping right now.').waitFor();
    expect(await countRows(tabB, 'candidates')).toBe(1);

    // the lock is released; both tabs' hourly timers fire: one sweep erases her, once
    await page.evaluate(() => (window as unknown as { releaseSweep: () => void }).releaseSweep());
    await context.clock.fastForward('01:00:00');
    await expect.poll(() => countRows(tabB, 'candidates')).toBe(0);
    // Whichever timer fired second swept too and found nothing: the last sweep shown may say
    // 0 or 1 erased; the tombstone and the one audited sweep say it happened once.
    await tabB.getByText(/^Last sweep .*: [01] erased/).waitFor();
    expect(await countRows(tabB, 'tombstones')).toBe(1);
    // The sweep's own audit entry is written after its erasures, in a transaction of its own:
    // wait for it rather than read it at once.
    const sweeps = () =>
      tabB.evaluate(
        () =>
          new Promise<number>((resolve) => {
            const open = indexedDB.open('vivier');
            open.onsuccess = () => {
              const req = open.result
                .transaction('auditLog')
                .objectStore('auditLog')
                .index('action')
                .count('retention.sweep');
              req.onsuccess = () => resolve(req.result);
            };
          }),
      );
    await expect.poll(sweeps).toBe(1);
  });
});
