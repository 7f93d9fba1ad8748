// `npm run bench [-- --quick]`: Node 20 cannot run TypeScript itself, so this shim loads the
// harness (bench/harness/main.ts) through Vite's module runner, which transpiles it on the fly.
import { fileURLToPath } from 'node:url';
import { runnerImport } from 'vite';

const root = fileURLToPath(new URL('..', import.meta.url));
const nodeEnv = process.env.NODE_ENV;
const { module } = await runnerImport(fileURLToPath(new URL('harness/main.ts', import.meta.url)), {
  configFile: false,
  root,
  logLevel: 'warn',
});
// The module runner sets NODE_ENV=development, which Vite would then bake into the build
// (React's development bundle): put back what the caller had.
if (nodeEnv === undefined) delete process.env.NODE_ENV;
else process.env.NODE_ENV = nodeEnv;
process.exitCode = await module.main(process.argv.slice(2));
