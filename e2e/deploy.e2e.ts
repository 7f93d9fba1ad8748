import { spawnSync } from 'node:child_process';
import { chmodSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { request as httpRequest, type IncomingHttpHeaders } from 'node:http';
import { request as httpsRequest } from 'node:https';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { readNginxTemplate } from '../scripts/nginx-conf';
import {
  completeFirstRun,
  expectUpdateHeldByDirtyForm,
  openBrowser,
  waitForServiceWorker,
  type Session,
} from './support/browser';
import { startNginx, testNginxConf, writeNginxConf, type Nginx } from './support/nginx';
import { freePort } from './support/preview';
import { makeTls, type Tls } from './support/tls';

/**
 * The deployment as the README describes it: a build made with VIVIER_BASE=/vivier/, served by
 * Debian's nginx with the shipped deploy/nginx/vivier.conf over HTTPS, a certificate signed by
 * the firm's own (here throw-away) CA, and Chromium trusting it by its key.
 */
const host = 'vivier.ims.test';
const base = '/vivier/';
const immutable = 'public, max-age=31536000, immutable';

let dir = '';
let served = '';
let tls: Tls;
let nginx: Nginx | undefined;
let port = 0;
let httpPort = 0;
let origin = '';
let session: Session | undefined;

/** `vite build` as the guide says, into the folder nginx serves (a release published in place). */
function buildInto(outDir: string, buildId: string) {
  const r = spawnSync(
    './node_modules/.bin/vite',
    ['build', '--outDir', outDir, '--emptyOutDir', '--logLevel', 'warn'],
    {
      encoding: 'utf8',
      env: { ...process.env, NODE_ENV: 'production', VIVIER_BASE: base, VIVIER_BUILD_ID: buildId },
    },
  );
  if (r.status !== 0) throw new Error(`build failed:\n${r.stdout}${r.stderr}`);
}

type Answer = { status: number; headers: IncomingHttpHeaders; body: string };

/** A request from Node that checks the chain up to the CA and the certificate's name. */
function get(path: string, { plain = false } = {}): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const options = {
      host: '127.0.0.1',
      port: plain ? httpPort : port,
      path,
      headers: { host: plain ? host : `${host}:${port}` },
      ...(plain ? {} : { servername: host, ca: tls.caPem }),
    };
    const req = (plain ? httpRequest : httpsRequest)(options, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (d: string) => (body += d));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
    });
    req.on('error', reject);
    req.end();
  });
}

const metaCsp = (html: string) =>
  /http-equiv="Content-Security-Policy"\s+content="([^"]+)"/.exec(html)?.[1];

const browser = () =>
  openBrowser({
    baseURL: origin,
    args: [
      `--ignore-certificate-errors-spki-list=${tls.spki}`,
      `--host-resolver-rules=MAP ${host} 127.0.0.1`,
    ],
  });

/** How many rows each object store of the app's database holds. */
const storeCounts = (page: Page) =>
  page.evaluate(
    () =>
      new Promise<Record<string, number>>((resolve, reject) => {
        const open = indexedDB.open('vivier');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const names = [...db.objectStoreNames];
          const tx = db.transaction(names);
          const counts: Record<string, number> = {};
          for (const name of names) {
            const req = tx.objectStore(name).count();
            req.onsuccess = () => (counts[name] = req.result);
          }
          tx.oncomplete = () => {
            db.close();
            resolve(counts);
          };
          tx.onerror = () => reject(tx.error);
        };
      }),
  );

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'vivier-nginx-'));
  // nginx's worker runs as `nobody` when started by root: it must be able to read the files
  chmodSync(dir, 0o755);
  tls = makeTls(dir, host);
  served = join(dir, 'www', 'vivier');
  buildInto(served, 'build-1');
  port = await freePort();
  httpPort = await freePort();
  origin = `https://${host}:${port}`;
  const main = writeNginxConf(dir, {
    serverName: host,
    base,
    root: join(dir, 'www'),
    cert: tls.cert,
    key: tls.key,
    listen: `127.0.0.1:${port}`,
    httpListen: `127.0.0.1:${httpPort}`,
  });
  nginx = await startNginx(dir, main, async () => (await get(base)).status === 200);
}, 240_000);

afterEach(async () => {
  await session?.close();
  session = undefined;
});

afterAll(async () => {
  await nginx?.stop();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('deployed with the shipped nginx configuration, over HTTPS, under /vivier/', () => {
  it('sends the security headers and the caching of each kind of file', async () => {
    const index = await get(base);
    expect(index.status).toBe(200);
    expect(index.headers['content-type']).toMatch(/^text\/html/);
    const meta = metaCsp(index.body);
    expect(meta).toBeTruthy();
    for (const path of [base, `${base}sw.js`, `${base}manifest.webmanifest`]) {
      const r = path === base ? index : await get(path);
      expect(r.status, path).toBe(200);
      expect(r.headers['cache-control'], path).toBe('no-cache');
      // the meta policy and what a meta tag cannot carry
      expect(r.headers['content-security-policy'], path).toBe(`${meta}; frame-ancestors 'none'`);
      expect(r.headers['x-content-type-options'], path).toBe('nosniff');
      expect(r.headers['referrer-policy'], path).toBe('no-referrer');
      expect(r.headers['x-frame-options'], path).toBe('DENY');
      expect(r.headers['strict-transport-security'], path).toMatch(/^max-age=\d{7,}/);
    }
    expect((await get(`${base}manifest.webmanifest`)).headers['content-type']).toBe(
      'application/manifest+json',
    );
    expect((await get(`${base}sw.js`)).headers['content-type']).toMatch(/javascript/);

    // hashed build files: a year, immutable; a missing one is a 404 that is not kept
    const asset = readdirSync(join(served, 'assets')).find((f) => f.endsWith('.js'))!;
    const hashed = await get(`${base}assets/${asset}`);
    expect(hashed.status).toBe(200);
    expect(hashed.headers['cache-control']).toBe(immutable);
    expect(hashed.headers['content-security-policy']).toContain("frame-ancestors 'none'");
    const missing = await get(`${base}assets/no-such-file.js`);
    expect(missing.status).toBe(404);
    expect(missing.headers['cache-control']).toBe('no-cache');

    // a deep link gets the app shell before any service worker exists
    const deep = await get(`${base}candidates/some-id`);
    expect(deep.status).toBe(200);
    expect(deep.body).toBe(index.body);
    expect(deep.headers['cache-control']).toBe('no-cache');

    const icon = await get(`${base}icons/icon-192.png`);
    expect(icon.status).toBe(200);
    expect(icon.headers['content-type']).toBe('image/png');

    // the base without its slash, and plain HTTP, are redirected
    const bare = await get(base.slice(0, -1));
    expect(bare.status).toBe(301);
    expect(new URL(bare.headers.location!, origin).pathname).toBe(base);
    const http = await get(`${base}audit`, { plain: true });
    expect(http.status).toBe(301);
    expect(http.headers.location).toBe(`https://${host}${base}audit`);
  });

  it('the sync proxy block left in the file is valid nginx once switched on', () => {
    // the commented block, from its `location` line to its closing brace, without the `# `
    const on = readNginxTemplate().replace(
      /^ {4}# location @BASE@sync\/ \{$[\s\S]*?^ {4}# \}$/m,
      (block) => block.replace(/^ {4}# ?/gm, '    '),
    );
    expect(on).toContain('location @BASE@sync/ {');
    expect(on).toContain('    proxy_pass http://127.0.0.1:5984/;');
    const d = join(dir, 'sync-check');
    const main = writeNginxConf(
      d,
      {
        serverName: host,
        base,
        root: join(dir, 'www'),
        cert: tls.cert,
        key: tls.key,
        listen: `127.0.0.1:${port + 1}`,
        httpListen: `127.0.0.1:${httpPort + 1}`,
      },
      on,
    );
    const t = testNginxConf(d, main);
    expect(t.output).toContain('test is successful');
    expect(t.ok).toBe(true);
  });

  it('installs, runs under its service worker and works offline, deep links included', async () => {
    session = await browser();
    const { page } = session;
    const first = await page.goto(`${origin}${base}`);
    expect(first?.headers()['content-security-policy']).toContain("frame-ancestors 'none'");
    expect(await page.evaluate(() => window.isSecureContext)).toBe(true);
    await page.getByRole('heading', { name: 'Welcome to Vivier' }).waitFor();
    await completeFirstRun(page);

    // links carry the base, and a click stays under it
    const nav = page.getByRole('navigation', { name: 'Main' });
    expect(await nav.getByRole('link', { name: 'Candidates' }).getAttribute('href')).toBe(
      `${base}candidates`,
    );
    await nav.getByRole('link', { name: 'Audit log' }).click();
    await page.getByText('Audit log intact: 2 entries, every link verified.').waitFor();
    expect(new URL(page.url()).pathname).toBe(`${base}audit`);

    // the manifest: fetched and parsed as the browser does, everything under the base
    const manifest = await page.evaluate(async () => {
      const link = document.querySelector<HTMLLinkElement>('link[rel="manifest"]')!;
      const res = await fetch(link.href);
      const json = (await res.json()) as {
        start_url: string;
        scope: string;
        icons: { src: string }[];
      };
      const at = (u: string) => new URL(u, link.href).href;
      const icons = await Promise.all(
        json.icons.map(async (i) => {
          const r = await fetch(at(i.src));
          return `${new URL(at(i.src)).pathname} ${r.status} ${r.headers.get('content-type')}`;
        }),
      );
      return {
        href: link.href,
        type: res.headers.get('content-type'),
        start: at(json.start_url),
        scope: at(json.scope),
        icons,
      };
    });
    expect(manifest.href).toBe(`${origin}${base}manifest.webmanifest`);
    expect(manifest.type).toBe('application/manifest+json');
    expect(manifest.start).toBe(`${origin}${base}`);
    expect(manifest.scope).toBe(`${origin}${base}`);
    expect(manifest.icons).toEqual([
      `${base}icons/icon-192.png 200 image/png`,
      `${base}icons/icon-512.png 200 image/png`,
      `${base}icons/icon-maskable-512.png 200 image/png`,
    ]);
    const cdp = await session.context.newCDPSession(page);
    const { installabilityErrors } = (await cdp.send('Page.getInstallabilityErrors')) as {
      installabilityErrors: { errorId: string }[];
    };
    expect(installabilityErrors).toEqual([]);

    await waitForServiceWorker(page);
    const worker = await page.evaluate(async () => {
      const reg = await navigator.serviceWorker.ready;
      return { scope: reg.scope, script: navigator.serviceWorker.controller?.scriptURL };
    });
    expect(worker).toEqual({ scope: `${origin}${base}`, script: `${origin}${base}sw.js` });

    // the streamed download answers under the base (public/download-sw.js)
    const streamed = await page.evaluate(async (base) => {
      const channel = new MessageChannel();
      const id = crypto.randomUUID();
      const chunks = ['Vivier ', 'backup'];
      channel.port1.onmessage = ({ data }) => {
        if (data !== 'pull') return;
        const next = chunks.shift();
        channel.port1.postMessage(
          next === undefined ? { done: true } : { chunk: new TextEncoder().encode(next) },
        );
      };
      const ready = new Promise((r) =>
        channel.port1.addEventListener('message', r, { once: true }),
      );
      navigator.serviceWorker.controller!.postMessage(
        { type: 'vivier-download', id, name: 'test.bin' },
        [channel.port2],
      );
      await ready;
      const res = await fetch(`${base}__download/${id}`);
      return `${res.headers.get('content-disposition')} ${await res.text()}`;
    }, base);
    expect(streamed).toBe('attachment; filename="test.bin" Vivier backup');

    await session.context.setOffline(true);
    const reload = await page.reload();
    expect(reload?.fromServiceWorker()).toBe(true);
    await page.getByText('Audit log intact: 2 entries, every link verified.').waitFor();
    const deep = await page.goto(`${origin}${base}settings`);
    expect(deep?.fromServiceWorker()).toBe(true);
    await page.getByRole('heading', { name: 'Settings', level: 1 }).waitFor();
    await page.getByText('Vivier version 0.1.0 (build-1)').waitFor();
    await session.context.setOffline(false);

    expect(session.foreignRequests).toEqual([]);
    expect(session.cspViolations).toEqual([]);
    expect(session.pageErrors).toEqual([]);
  }, 180_000);

  it('a new version published in place is offered, waits for a dirty form and keeps every record', async () => {
    session = await browser();
    const { page } = session;
    await page.goto(`${origin}${base}`);
    await completeFirstRun(page);
    const nav = page.getByRole('navigation', { name: 'Main' });
    await nav.getByRole('link', { name: 'Candidates' }).click();
    await page.getByRole('link', { name: 'New candidate' }).click();
    const form = page.getByRole('form', { name: 'New candidate' });
    await form.getByLabel('Last name', { exact: true }).fill('Weiß');
    await form.getByLabel('First name', { exact: true }).fill('Klaus');
    await form.getByLabel('Source', { exact: true }).selectOption('email');
    await form.getByRole('button', { name: 'Create the candidate' }).click();
    await page.getByRole('heading', { name: 'Klaus Weiß', level: 1 }).waitFor();
    await waitForServiceWorker(page);
    const before = await storeCounts(page);
    expect(before.candidates).toBe(1);

    // a form with unsaved input while the new version arrives
    await nav.getByRole('link', { name: 'Candidates' }).click();
    await page.getByRole('link', { name: 'New candidate' }).click();
    await form.getByLabel('Last name', { exact: true }).fill('Half-typed');

    buildInto(served, 'build-2');
    expect(readFileSync(join(served, 'index.html'), 'utf8')).toContain(base);
    const apply = await expectUpdateHeldByDirtyForm(page);
    expect(await form.getByLabel('Last name', { exact: true }).inputValue()).toBe('Half-typed');

    await form.getByLabel('Last name', { exact: true }).fill('');
    await expect.poll(() => apply.isDisabled()).toBe(false);
    await Promise.all([page.waitForEvent('load'), apply.click()]);
    await page.getByRole('heading', { name: 'New candidate', level: 1 }).waitFor();
    expect(new URL(page.url()).pathname).toBe(`${base}candidates/new`);

    await nav.getByRole('link', { name: 'Settings' }).click();
    await page.getByText('Vivier version 0.1.0 (build-2)').waitFor();
    expect(await storeCounts(page)).toEqual(before);
    await nav.getByRole('link', { name: 'Candidates' }).click();
    await page.getByRole('link', { name: 'WEISS Klaus' }).first().waitFor();
    expect(session.foreignRequests).toEqual([]);
    expect(session.pageErrors).toEqual([]);
  }, 240_000);
});
