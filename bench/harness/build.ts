import { cpSync, existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'vite';

/**
 * The served directory: a copy of the app's production build (dist/) with the benchmark page
 * beside it under /__bench/. Same origin, so the page seeds the IndexedDB the app reads; the
 * page is built separately, so it is never in dist/, the app's bundle or its precache.
 */
export async function prepareServedDir(opts: {
  root: string;
  servedDir: string;
  buildApp: boolean;
}): Promise<{ appBuilt: boolean }> {
  const { root, servedDir } = opts;
  const hasApp = existsSync(join(root, 'index.html'));
  // Vite keeps an existing NODE_ENV: a stray 'development' would build React's dev bundle.
  process.env.NODE_ENV = 'production';
  if (hasApp && opts.buildApp) await build({ root, logLevel: 'warn', mode: 'production' });
  const appBuilt = hasApp && existsSync(join(root, 'dist/index.html'));
  mkdirSync(servedDir, { recursive: true });
  if (appBuilt) cpSync(join(root, 'dist'), servedDir, { recursive: true });
  const page = join(root, 'bench/page');
  await build({
    configFile: false,
    root: page,
    base: '/__bench/',
    logLevel: 'warn',
    build: {
      outDir: join(servedDir, '__bench'),
      emptyOutDir: true,
      target: 'es2022',
      rolldownOptions: {
        input: { index: join(page, 'index.html'), 'raw-open': join(page, 'raw-open.html') },
      },
    },
  });
  return { appBuilt };
}
