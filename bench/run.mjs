// `npm run bench [-- --quick]`: Node 20 cannot run TypeScript itself, so this shim loads the
// harness (bench/harness/main.ts) through Vite's module runner, which transpiles it on the fly.
import { fileURLToPath } from 'node:url';
import { runnerImport } from 'vite';

const root = fileURLToPath(new URL('..', import.meta.url));
const { module } = await runnerImport(fileURLToPath(new URL('harness/main.ts', import.meta.url)), {
  configFile: false,
  root,
  logLevel: 'warn',
});
process.exitCode = await module.main(process.argv.slice(2));
