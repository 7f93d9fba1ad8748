import type { SearchPrefix } from '../../page/prefixes';
import { launch, type Browser } from '../browser';
import { withBenchPage, type BenchContext } from '../context';
import { installReadyMarker, waitReady } from '../ready';
import { median, percentile, summarise, type Metric } from '../stats';

declare global {
  interface Window {
    __benchSearch?: Promise<number>;
  }
}

const searchBox = 'form[role="search"] input[type="search"]';
const firstRowLink = '.virtual-list li[aria-posinset="1"] a';
const rowSelector = '.virtual-list li a';

/**
 * Arms the page: the time from the search box's next input event (its timeStamp, from the
 * browser's event) to the first animation frame in which the list's first row is `href`.
 */
async function arm(page: Browser['page'], href: string) {
  await page.evaluate(
    ({ box, first, want }) => {
      window.__benchSearch = new Promise<number>((resolve) => {
        const input = document.querySelector<HTMLInputElement>(box)!;
        let start: number | null = null;
        const observer = new MutationObserver(() => check());
        const check = () => {
          if (start === null) return;
          if (document.querySelector(first)?.getAttribute('href') !== want) return;
          observer.disconnect();
          requestAnimationFrame(() => resolve(performance.now() - start!));
        };
        input.addEventListener(
          'input',
          (e) => {
            start = e.timeStamp;
            check();
          },
          { once: true },
        );
        observer.observe(document.body, {
          subtree: true,
          childList: true,
          attributes: true,
          characterData: true,
        });
      });
    },
    { box: searchBox, first: firstRowLink, want: href },
  );
}

const hrefOf = (id: string) => `/candidates/${encodeURIComponent(id)}`;

/**
 * search-prefix-100k-p95-ms: for each of 200 prefixes (50 in a quick run), the text is put in the search box of the
 * candidate list in one input event (as the keystroke that completes it) and timed until the
 * list's first row is the first result; then the box is emptied (not timed). The floor runs the
 * raw index query of the same prefixes on the same profile, after the app in each run.
 */
export async function measureSearch(ctx: BenchContext): Promise<Metric[]> {
  const { dir: profile } = await ctx.dataset('search', { candidates: ctx.scale.search, due: 0 });
  let prefixes: SearchPrefix[] = [];
  let expected: (string | null)[] = [];
  let unfiltered: string | null = null;
  {
    const b = await launch(profile, { serviceWorkers: 'block' });
    try {
      await withBenchPage(b, ctx.origin, async (page) => {
        prefixes = await page.evaluate(
          (o) => window.vivierBench!.samplePrefixes('vivier', o.count, o.seed),
          { count: ctx.scale.prefixes, seed: ctx.seed },
        );
        expected = await page.evaluate(
          (texts) => window.vivierBench!.firstResults('vivier', texts),
          prefixes.map((p) => p.typed),
        );
        const all = await page.evaluate(() => window.vivierBench!.firstResults('vivier', ['']));
        unfiltered = all[0] ?? null;
      });
    } finally {
      await b.close();
    }
  }
  // A prefix whose first result is also the whole list's first row cannot be seen arriving.
  const timed = prefixes
    .map((p, i) => ({ ...p, first: expected[i] ?? null }))
    .filter((p) => p.first !== null && p.first !== unfiltered);
  ctx.note(
    'search-prefix-100k-p95-ms',
    `${timed.length} of ${prefixes.length} prefixes timed (the others' first result is the unfiltered list's first row, or none), e.g. ${timed
      .slice(0, 8)
      .map((p) => `"${p.typed}"`)
      .join(', ')}`,
  );
  const appP95: number[] = [];
  const floorP95: number[] = [];
  const serviceP95: number[] = [];
  const perPrefix = timed.map(() => [] as number[]);
  for (let run = 0; run < ctx.runs; run++) {
    const app = await launch(profile);
    try {
      await installReadyMarker(app.context, rowSelector);
      await app.page.goto(`${ctx.origin}/candidates`);
      await waitReady(app.page);
      const box = app.page.locator(searchBox);
      const times: number[] = [];
      for (const [i, p] of timed.entries()) {
        await arm(app.page, hrefOf(p.first!));
        await box.fill(p.typed);
        const ms = await app.page.evaluate(() => window.__benchSearch!);
        times.push(ms);
        perPrefix[i]!.push(ms);
        await box.fill('');
        await app.page.waitForFunction(
          ({ first, want }) => document.querySelector(first)?.getAttribute('href') === want,
          { first: firstRowLink, want: hrefOf(unfiltered!) },
        );
      }
      appP95.push(percentile(times, 95));
    } finally {
      await app.close();
    }
    const floor = await launch(profile, { serviceWorkers: 'block' });
    try {
      const times = await withBenchPage(floor, ctx.origin, (page) =>
        page.evaluate(
          (ps) => window.vivierBench!.rawPrefixQueries('vivier', ps),
          timed.map((p) => p.folded),
        ),
      );
      floorP95.push(percentile(times, 95));
      const service = await withBenchPage(floor, ctx.origin, (page) =>
        page.evaluate(
          (ps) => window.vivierBench!.serviceSearchTimes('vivier', ps),
          timed.map((p) => p.typed),
        ),
      );
      serviceP95.push(percentile(service, 95));
    } finally {
      await floor.close();
    }
  }
  ctx.note(
    'search-prefix-100k-p95-ms',
    `the search service alone (first page of 100, no React, no liveQuery): p95 ${median(serviceP95).toFixed(1)} ms`,
  );
  const slowest = timed
    .map((p, i) => ({ typed: p.typed, ms: median(perPrefix[i]!) }))
    .sort((a, b) => b.ms - a.ms)
    .slice(0, 6);
  ctx.note(
    'search-prefix-100k-p95-ms',
    `slowest prefixes (median over the runs): ${slowest.map((s) => `"${s.typed}" ${s.ms.toFixed(0)} ms`).join(', ')}; median of all ${median(perPrefix.map((t) => median(t))).toFixed(0)} ms`,
  );
  return [summarise('search-prefix-100k-p95-ms', 'ms', appP95, floorP95)];
}
