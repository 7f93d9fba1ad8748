import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { cpus, loadavg, release, tmpdir, totalmem } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { prepareServedDir } from './build';
import { startPreview } from './preview';
import { chromiumVersion } from './browser';
import { scales, type BenchContext } from './context';
import { createDatasets } from './datasets';
import { measureAccessExport } from './metrics/access-export';
import { measureBackup } from './metrics/backup';
import { measureInitialJs } from './metrics/initial-js';
import { measureImportCsv } from './metrics/import-csv';
import { measureRawFloors } from './metrics/raw-floors';
import { measureSearch } from './metrics/search';
import { measureStartup } from './metrics/startup';
import { measureSweep } from './metrics/sweep';
import { pending as pendingFeatures } from './pending';
import { writeResults, type Pending, type RunResult } from './report';
import type { Metric } from './stats';

type Suite = {
  name: string;
  /** Why it cannot run in this checkout, or null. */
  unavailable: (ctx: BenchContext) => string | null;
  metrics: string[];
  run: (ctx: BenchContext) => Promise<Metric[]>;
};

const always = () => null;

const suites: Suite[] = [
  {
    name: 'initial JS',
    metrics: ['initial-js-gzip-kb'],
    unavailable: (ctx) =>
      ctx.appBuilt ? null : 'not yet measured: the app has no build (index.html)',
    run: measureInitialJs,
  },
  {
    name: 'start-up',
    metrics: ['startup-50k-warm-ms', 'startup-50k-cold-ms', 'longest-task-startup-ms'],
    unavailable: (ctx) => (ctx.appBuilt ? null : 'not yet measured: the app has no build'),
    run: (ctx) => measureStartup(ctx, { path: '/candidates', selector: '.virtual-list li a' }),
  },
  {
    name: 'search',
    metrics: ['search-prefix-100k-p95-ms'],
    unavailable: (ctx) => (ctx.appBuilt ? null : 'not yet measured: the app has no build'),
    run: measureSearch,
  },
  {
    name: 'retention sweep',
    metrics: [
      'sweep-100k-ordinary-day-ms',
      'sweep-mass-expiry-records-per-s',
      'longest-task-sweep-ms',
    ],
    unavailable: always,
    run: measureSweep,
  },
  {
    name: 'CSV import',
    metrics: ['import-csv-records-per-s'],
    unavailable: always,
    run: measureImportCsv,
  },
  {
    name: 'access export',
    metrics: ['access-export-ms'],
    unavailable: always,
    run: measureAccessExport,
  },
  {
    name: 'backup and restore',
    metrics: [
      'backup-2gb-mb-per-s',
      'backup-2gb-memory-growth-mb',
      'restore-2gb-mb-per-s',
      'restore-records-per-s',
    ],
    unavailable: always,
    run: measureBackup,
  },
  {
    name: 'raw puts floor',
    metrics: ['raw-puts-records-per-s'],
    unavailable: always,
    run: measureRawFloors,
  },
];

type Args = {
  quick: boolean;
  runs: number;
  build: boolean;
  keep: boolean;
  fresh: boolean;
  render: boolean;
  out: string | null;
  only: string[];
};

function parseArgs(argv: readonly string[]): Args {
  const args: Args = {
    quick: false,
    runs: 0,
    build: true,
    keep: false,
    fresh: false,
    render: false,
    out: null,
    only: [],
  };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '--quick') args.quick = true;
    else if (a === '--no-build') args.build = false;
    else if (a === '--keep') args.keep = true;
    else if (a === '--fresh') args.fresh = true;
    else if (a === '--render') args.render = true;
    else if (a === '--runs') args.runs = Math.max(1, Number(argv[++i]));
    else if (a === '--out') args.out = argv[++i] ?? null;
    else if (a === '--only') args.only = (argv[++i] ?? '').split(',');
    else throw new Error(`unknown option ${a}`);
  }
  // A quick run only keeps the harness working (npm test): 3 runs; a real one takes 5.
  if (args.runs === 0) args.runs = args.quick ? 3 : 5;
  return args;
}

const git = (root: string, ...a: string[]) =>
  execFileSync('git', a, { cwd: root, encoding: 'utf8' }).trim();

export async function main(argv: readonly string[]): Promise<number> {
  const args = parseArgs(argv);
  const root = resolve(fileURLToPath(new URL('../..', import.meta.url)));
  process.chdir(root);
  if (args.render) {
    // Only the report again, from the figures of the last run (after editing its texts).
    const results = args.out ?? join(root, 'bench/results');
    const reportPath = args.out ? join(results, 'REPORT.md') : join(root, 'bench/REPORT.md');
    const last = JSON.parse(readFileSync(join(results, 'latest.json'), 'utf8')) as RunResult;
    writeResults(last, { results, reportPath });
    console.log(`rewrote ${reportPath} from ${join(results, 'latest.json')}`);
    return 0;
  }
  const started = Date.now();
  const loadBefore = loadavg();
  const tmp = mkdtempSync(join(tmpdir(), 'vivier-bench-'));
  const log = (m: string) =>
    console.log(`[bench ${((Date.now() - started) / 1000).toFixed(0)}s] ${m}`);
  const scale = scales[args.quick ? 'quick' : 'full'];
  const servedDir = join(tmp, 'served');
  log(`scale ${scale.label}, ${args.runs} runs, work dir ${tmp}`);
  const { appBuilt } = await prepareServedDir({ root, servedDir, buildApp: args.build });
  const preview = await startPreview(servedDir);
  // Playwright closes its browsers on SIGINT/SIGTERM but lets the process run on: stop the
  // preview server and the work folder too, and end.
  let stopping = false;
  const stop = async (signal: NodeJS.Signals) => {
    stopping = true;
    log(`${signal}: stopping`);
    await preview.stop();
    // Chromium is still going down (Playwright's own handler): let it finish writing.
    await new Promise((r) => setTimeout(r, 3_000));
    try {
      if (!args.keep)
        rmSync(tmp, { recursive: true, force: true, maxRetries: 10, retryDelay: 300 });
    } finally {
      process.exit(130);
    }
  };
  const onSignal = (signal: NodeJS.Signals) => void stop(signal);
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);
  const metrics: Metric[] = [];
  const pending: Pending[] = [];
  const failures: string[] = [];
  const notes: Record<string, string[]> = {};
  const note = (metric: string, line: string) => {
    (notes[metric] ??= []).push(line);
    log(`${metric}: ${line}`);
  };
  try {
    const base = {
      root,
      tmp,
      origin: preview.url,
      servedDir,
      appBuilt,
      runs: args.runs,
      scale,
      // Start of today (UTC): the data is the same all day, so a seeded profile can be reused.
      now: `${new Date().toISOString().slice(0, 10)}T00:00:00.000Z`,
      seed: 20_260_312,
      log,
      note,
    };
    const ctx: BenchContext = { ...base, dataset: createDatasets(base, { cache: !args.fresh }) };
    for (const suite of suites) {
      if (stopping) break;
      if (args.only.length > 0 && !suite.metrics.some((m) => args.only.includes(m))) continue;
      const reason = suite.unavailable(ctx);
      if (reason) {
        pending.push({ metrics: suite.metrics, reason });
        continue;
      }
      log(`measuring ${suite.name}`);
      try {
        const measured = await suite.run(ctx);
        for (const m of measured)
          log(`${m.name} = ${m.value} ${m.unit}${m.ratio === null ? '' : ` (${m.ratio}× floor)`}`);
        metrics.push(...measured);
      } catch (e) {
        failures.push(
          `${suite.name}: ${(e as Error).stack ?? String(e)}`.split('\n').slice(0, 6).join(' '),
        );
        log(`FAILED ${suite.name}: ${(e as Error).message}`);
      }
    }
  } finally {
    if (!stopping) {
      await preview.stop();
      if (!args.keep)
        rmSync(tmp, { recursive: true, force: true, maxRetries: 10, retryDelay: 300 });
    }
  }
  // Stopped: the signal handler cleans up and ends the process; no partial report.
  if (stopping) return new Promise<number>(() => undefined);
  const quickOut = join(tmpdir(), 'vivier-bench-quick');
  const results = args.out ?? (args.quick ? quickOut : join(root, 'bench/results'));
  const reportPath =
    args.out || args.quick ? join(results, 'REPORT.md') : join(root, 'bench/REPORT.md');
  const cpu = cpus();
  writeResults(
    {
      date: new Date().toISOString(),
      durationS: (Date.now() - started) / 1000,
      scale,
      runs: args.runs,
      commit: `${git(root, 'rev-parse', '--short', 'HEAD')}${git(root, 'status', '--porcelain') ? ' (with uncommitted changes)' : ''}`,
      machine: {
        cpus: cpu.length,
        cpuModel: cpu[0]?.model ?? 'unknown',
        memoryGiB: Math.round((totalmem() / 2 ** 30) * 10) / 10,
        chromium: chromiumVersion(),
        node: process.version,
        kernel: release(),
        loadBefore,
        loadAfter: loadavg(),
      },
      metrics,
      pending: [...pending, ...pendingFeatures],
      failures,
      notes,
    },
    { results, reportPath },
  );
  log(`wrote ${join(results, 'latest.json')} and ${reportPath}`);
  return failures.length > 0 ? 1 : 0;
}
