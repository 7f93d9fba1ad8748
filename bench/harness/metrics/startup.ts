import type { RawOpenResult } from '../../page/raw-open';
import { launch, type Browser } from '../browser';
import type { BenchContext } from '../context';
import { installReadyMarker, waitReady } from '../ready';
import { median, summarise, type Metric } from '../stats';

declare global {
  interface Window {
    __benchLongTasks?: number[];
  }
}

export type StartupTarget = {
  /** The app's path of the screen, e.g. '/candidates'. */
  path: string;
  /** Matches once the screen shows its first rows. */
  selector: string;
};

/** Long tasks from the very start of the page (buffered), kept for the harness to read. */
async function installLongTaskWatch(browser: Browser) {
  await browser.context.addInitScript(() => {
    window.__benchLongTasks = [];
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) window.__benchLongTasks!.push(e.duration);
    }).observe({ type: 'longtask', buffered: true });
  });
}

async function openApp(browser: Browser, url: string, settleMs: number) {
  await browser.page.goto(url);
  const readyAt = await waitReady(browser.page);
  // Start-up work after the first rows (the sweep, timers) counts for the longest task.
  await browser.page.waitForTimeout(settleMs);
  const tasks = await browser.page.evaluate(() => window.__benchLongTasks ?? []);
  // How much of the start-up is loading JavaScript: files fetched before the first row, and
  // when the last of them arrived.
  const scripts = await browser.page.evaluate(
    (until) =>
      performance
        .getEntriesByType('resource')
        .filter((e) => e.startTime <= until && /\.m?js(\?|$)/.test(e.name))
        .map((e) => (e as PerformanceResourceTiming).responseEnd),
    readyAt,
  );
  return {
    readyAt,
    longest: Math.max(0, ...tasks),
    scripts: scripts.length,
    lastScriptAt: Math.max(0, ...scripts),
  };
}

async function rawOpen(browser: Browser, origin: string): Promise<RawOpenResult> {
  await browser.page.goto(`${origin}/__bench/raw-open.html?db=vivier`);
  await browser.page.waitForFunction(() => window.rawOpen !== undefined);
  const r = await browser.page.evaluate(() => window.rawOpen!);
  if ('error' in r) throw new Error(r.error);
  return r;
}

/**
 * Start-up of the app's screen on the seeded profile, each run beside its floor: warm is a
 * second navigation in a browser whose service worker already controls the app; cold is the
 * first navigation after launching Chromium on the profile. The floor pages run with service
 * workers blocked (the app's worker would answer them with the app).
 */
export async function measureStartup(ctx: BenchContext, target: StartupTarget): Promise<Metric[]> {
  const { dir: profile } = await ctx.dataset('startup', { candidates: ctx.scale.startup, due: 0 });
  const url = `${ctx.origin}${target.path}`;
  const warm: number[] = [];
  const cold: number[] = [];
  const longest: number[] = [];
  const loads: { scripts: number; lastScriptAt: number; readyAt: number }[] = [];
  const floorWarm: number[] = [];
  const floorCold: number[] = [];
  // First visit: the service worker installs; the next load is controlled by it.
  {
    const b = await launch(profile);
    try {
      await installReadyMarker(b.context, target.selector);
      await b.page.goto(url);
      await waitReady(b.page);
      await b.page.evaluate(() => navigator.serviceWorker.ready);
    } finally {
      await b.close();
    }
  }
  for (let run = 0; run < ctx.runs; run++) {
    const app = await launch(profile);
    try {
      await installReadyMarker(app.context, target.selector);
      await installLongTaskWatch(app);
      const first = await openApp(app, url, 2_000);
      cold.push(first.readyAt);
      longest.push(first.longest);
      const second = await openApp(app, url, 500);
      warm.push(second.readyAt);
      loads.push(second);
    } finally {
      await app.close();
    }
    const floor = await launch(profile, { serviceWorkers: 'block' });
    try {
      floorCold.push((await rawOpen(floor, ctx.origin)).doneAt);
      floorWarm.push((await rawOpen(floor, ctx.origin)).doneAt);
    } finally {
      await floor.close();
    }
  }
  ctx.note(
    'startup-50k-warm-ms',
    `warm: ${Math.max(...loads.map((l) => l.scripts))} JavaScript files fetched before the first row; the last arrived at ${median(loads.map((l) => l.lastScriptAt)).toFixed(0)} ms of ${median(loads.map((l) => l.readyAt)).toFixed(0)} ms (medians)`,
  );
  return [
    summarise('startup-50k-warm-ms', 'ms', warm, floorWarm),
    summarise('startup-50k-cold-ms', 'ms', cold, floorCold),
    summarise('longest-task-startup-ms', 'ms', longest),
  ];
}
