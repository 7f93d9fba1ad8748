import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { launch } from '../browser';
import { initialJsComposition } from '../composition';
import type { BenchContext } from '../context';
import { installReadyMarker, waitReady } from '../ready';
import { summarise, type Metric } from '../stats';

/** The first screen a returning user sees is drawn when its h1 is there. */
export const firstScreenSelector = 'main h1';

/**
 * initial-js-gzip-kb: every JavaScript file the page fetched (scripts, module preloads, lazy
 * chunks) before the first screen was drawn, read from the served files and gzipped at level 9.
 * Resource Timing lists what was fetched, from the network, the HTTP cache or the service worker.
 */
export async function measureInitialJs(ctx: BenchContext): Promise<Metric[]> {
  const { dir: profile } = await ctx.dataset('initial-js', { candidates: 10 });
  const browser = await launch(profile);
  const sizes: number[] = [];
  // Union over the runs: a lazy chunk may start before the first frame in one run, not another.
  const files = new Set<string>();
  try {
    await installReadyMarker(browser.context, firstScreenSelector);
    for (let run = 0; run < ctx.runs; run++) {
      await browser.page.goto(`${ctx.origin}/`);
      const readyAt = await waitReady(browser.page);
      const urls = await browser.page.evaluate(
        (until) =>
          performance
            .getEntriesByType('resource')
            .filter((e) => e.startTime <= until && /\.m?js(\?|$)/.test(e.name))
            .map((e) => e.name),
        readyAt,
      );
      let bytes = 0;
      for (const url of new Set(urls)) {
        const path = new URL(url).pathname;
        bytes += gzipSync(readFileSync(join(ctx.servedDir, path)), { level: 9 }).length;
      }
      for (const url of urls) files.add(new URL(url).pathname);
      sizes.push(bytes / 1024);
    }
  } finally {
    await browser.close();
  }
  ctx.note('initial-js-gzip-kb', `files: ${[...files].map((f) => `\`${f}\``).join(', ')}`);
  const shares = await initialJsComposition(ctx.root, ctx.tmp, [...files]);
  ctx.note(
    'initial-js-gzip-kb',
    `made of (each part gzipped alone): ${shares
      .filter((s) => s.gzipKiB >= 0.5)
      .map((s) => `${s.origin} ${s.gzipKiB} KiB`)
      .join(', ')}`,
  );
  return [summarise('initial-js-gzip-kb', 'KiB', sizes)];
}
