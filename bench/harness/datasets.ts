import { createHash } from 'node:crypto';
import {
  cpSync,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import type { SeedReport } from '../page/seed';
import { launch } from './browser';
import { withBenchPage, type BenchContext, type Dataset, type DatasetOptions } from './context';

export const cacheRoot = process.env.VIVIER_BENCH_CACHE ?? join(homedir(), '.cache/vivier-bench');
const keepDays = 2;

/**
 * What makes a seeded profile: the code that decides the rows (the generator, the schemas and
 * rules, the Dexie schema, the seeding page, the locked dependencies), the origin (IndexedDB is
 * per origin, port included), the seed, the data's "now" (a date) and the options. Same key,
 * same data; a change elsewhere (a screen, a service, the harness) keeps the day's profiles.
 */
function dataHash(root: string): string {
  const h = createHash('sha256');
  const add = (path: string) => h.update(path).update(readFileSync(join(root, path)));
  for (const dir of ['src/domain', 'src/db'])
    for (const f of readdirSync(join(root, dir)).sort())
      if (f.endsWith('.ts') && !f.endsWith('.test.ts')) add(`${dir}/${f}`);
  for (const f of readdirSync(join(root, 'src/testing')).sort())
    if (f.startsWith('synthetic') && !f.endsWith('.test.ts')) add(`src/testing/${f}`);
  add('bench/page/seed.ts');
  add('package-lock.json');
  return h.digest('hex');
}

const describe = (r: SeedReport) =>
  `${Object.entries(r.counts)
    .filter(([, n]) => n > 0)
    .map(([t, n]) => `${t} ${n}`)
    .join(
      ', ',
    )}; ${(r.attachmentBytes / 1e6).toFixed(0)} MB attachments; ${(r.ms / 1000).toFixed(0)} s`;

/** Drops snapshots older than a couple of days: a new day means new data anyway. */
function prune(log: (m: string) => void) {
  if (!existsSync(cacheRoot)) return;
  for (const entry of readdirSync(cacheRoot)) {
    const dir = join(cacheRoot, entry);
    if (Date.now() - statSync(dir).mtimeMs > keepDays * 86_400_000) {
      rmSync(dir, { recursive: true, force: true });
      log(`dropped cached dataset ${entry}`);
    }
  }
}

export function createDatasets(
  base: Omit<BenchContext, 'dataset'>,
  opts: { cache: boolean },
): BenchContext['dataset'] {
  const code = dataHash(base.root);
  const inRun = new Map<string, Promise<Dataset>>();
  if (opts.cache) prune(base.log);

  async function seedInto(dir: string, options: DatasetOptions): Promise<SeedReport> {
    mkdirSync(dir, { recursive: true });
    const browser = await launch(dir, { serviceWorkers: 'block' });
    try {
      return await withBenchPage(browser, base.origin, (p) =>
        p.evaluate((o) => window.vivierBench!.seed(o), {
          ...options,
          now: base.now,
          seed: base.seed,
        }),
      );
    } finally {
      await browser.close();
    }
  }

  async function snapshot(name: string, options: DatasetOptions) {
    const key = createHash('sha256')
      .update(
        JSON.stringify({ code, origin: base.origin, seed: base.seed, now: base.now, options }),
      )
      .digest('hex')
      .slice(0, 16);
    const dir = opts.cache ? join(cacheRoot, `${name}-${key}`) : join(base.tmp, 'seeded', name);
    const reportFile = join(dir, 'seed.json');
    if (opts.cache && existsSync(reportFile)) {
      const report = JSON.parse(readFileSync(reportFile, 'utf8')) as SeedReport;
      base.log(`dataset ${name} from cache (${describe(report)})`);
      return { profile: join(dir, 'profile'), report };
    }
    // Seeded beside, then renamed: an interrupted seeding never leaves a half snapshot.
    const building = `${dir}.building-${process.pid}`;
    rmSync(building, { recursive: true, force: true });
    const report = await seedInto(join(building, 'profile'), options);
    writeFileSync(join(building, 'seed.json'), JSON.stringify(report));
    rmSync(dir, { recursive: true, force: true });
    renameSync(building, dir);
    base.log(`seeded ${name}: ${describe(report)}`);
    return { profile: join(dir, 'profile'), report };
  }

  return (name, options) => {
    const key = `${name} ${JSON.stringify(options)}`;
    let known = inRun.get(key);
    if (!known) {
      known = snapshot(name, options).then(({ profile, report }) => {
        const dir = join(base.tmp, 'profiles', `${name}-${inRun.size}`);
        cpSync(profile, dir, { recursive: true });
        return { dir, snapshot: profile, report };
      });
      inRun.set(key, known);
    }
    return known;
  };
}
