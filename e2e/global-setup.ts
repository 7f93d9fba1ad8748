import { cpSync, existsSync, rmSync } from 'node:fs';
import type { TestProject } from 'vitest/node';
import { startPreview, type Preview } from './support/preview';

let preview: Preview | undefined;

/**
 * Serves a copy of the production build (dist/) with `vite preview` on 127.0.0.1, so a test may
 * change the served files (the update test rewrites sw.js) without touching dist/.
 */
export async function setup(project: TestProject) {
  if (!existsSync('dist/index.html'))
    throw new Error('No build: run `npx vite build` first (npm test does).');
  rmSync('.e2e/dist', { recursive: true, force: true });
  cpSync('dist', '.e2e/dist', { recursive: true });
  preview = await startPreview('.e2e/dist');
  project.provide('baseURL', preview.url);
  project.provide('servedDir', '.e2e/dist');
}

export async function teardown() {
  await preview?.stop();
}

declare module 'vitest' {
  export interface ProvidedContext {
    baseURL: string;
    servedDir: string;
  }
}
