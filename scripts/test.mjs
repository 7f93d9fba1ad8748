// `npm test`: the one gate. Installs what is missing, then typecheck, lint, format check, unit
// tests, production build, end-to-end tests in Chromium and the quick benchmark run.
import { existsSync } from 'node:fs';
import { ensureDebianPackages, ensureDependencies, run } from './ensure.mjs';

ensureDependencies();
ensureDebianPackages();

const bin = (name) => `./node_modules/.bin/${name}`;
const steps = [
  ['typecheck', `${bin('tsc')} --noEmit`],
  ['lint', `${bin('eslint')} . --max-warnings 0`],
  ['format', `${bin('prettier')} --check . --log-level warn`],
  ['unit tests', `${bin('vitest')} run`],
  ['build', `${bin('vite')} build`],
  ['end-to-end tests', `${bin('vitest')} run -c vitest.e2e.config.ts`],
];
if (existsSync('bench/run.mjs'))
  steps.push(['benchmark harness (quick)', 'node bench/run.mjs --quick']);

const started = Date.now();
for (const [name, cmd] of steps) {
  console.log(`\n=== ${name} ===`);
  try {
    run(cmd);
  } catch {
    console.error(`\n✖ ${name} failed`);
    process.exit(1);
  }
}
console.log(`\n✔ all checks passed in ${Math.round((Date.now() - started) / 1000)} s`);
