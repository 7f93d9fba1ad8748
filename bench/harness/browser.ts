import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { chromiumArgs, chromiumPath } from '../../e2e/support/chromium';

export type Browser = { context: BrowserContext; page: Page; close: () => Promise<void> };

/**
 * Debian's Chromium on a persistent profile: closing and launching again on the same directory
 * is a cold start with the data still there. `serviceWorkers: 'block'` keeps the app's service
 * worker from answering navigations to the benchmark pages with the app's index.html.
 */
export async function launch(
  userDataDir: string,
  opts: { serviceWorkers?: 'allow' | 'block' } = {},
): Promise<Browser> {
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: chromiumPath,
    headless: true,
    args: chromiumArgs,
    locale: 'en-GB',
    viewport: { width: 1280, height: 900 },
    serviceWorkers: opts.serviceWorkers ?? 'allow',
  });
  const page = context.pages()[0] ?? (await context.newPage());
  if (opts.serviceWorkers === 'block') {
    // Playwright's 'block' only stops new registrations: a worker the app registered earlier on
    // this profile would still answer our pages' navigations with the app. DevTools' bypass
    // sends this page's requests to the network instead.
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.enable');
    await cdp.send('Network.setBypassServiceWorker', { bypass: true });
  }
  return { context, page, close: () => context.close() };
}

export function chromiumVersion(): string {
  // Debian's wrapper script complains on stderr about its memory check: only stdout matters.
  return execFileSync(chromiumPath, ['--version'], {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'ignore'],
  }).trim();
}

/**
 * Resident memory (MiB) of the Chromium process tree that runs on this profile: the browser
 * process (found by its --user-data-dir) and all its descendants, summed from /proc.
 */
export function processTreeRssMb(userDataDir: string): number {
  const parents = new Map<number, number>();
  const roots: number[] = [];
  for (const entry of readdirSync('/proc')) {
    const pid = Number(entry);
    if (!Number.isInteger(pid)) continue;
    try {
      const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
      // comm may hold spaces and parentheses: the ppid is the second field after the last ')'.
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      parents.set(pid, ppid);
      const cmd = readFileSync(`/proc/${pid}/cmdline`, 'utf8');
      if (cmd.includes(`--user-data-dir=${userDataDir}`) && !cmd.includes('--type='))
        roots.push(pid);
    } catch {
      // the process ended meanwhile
    }
  }
  const inTree = (pid: number): boolean => {
    for (let p: number | undefined = pid; p !== undefined && p > 1; p = parents.get(p))
      if (roots.includes(p)) return true;
    return false;
  };
  let kb = 0;
  for (const pid of parents.keys()) {
    if (!inTree(pid)) continue;
    try {
      const m = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
      kb += Number(m?.[1] ?? 0);
    } catch {
      // gone
    }
  }
  return kb / 1024;
}
