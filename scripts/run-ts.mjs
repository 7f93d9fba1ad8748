// Runs a TypeScript script in Node 20 (which cannot strip types itself) through Vite's module
// runner: the same resolution and transforms as the app, no build step, nothing written to disk.
// Usage: node scripts/run-ts.mjs scripts/some-script.ts [args…]
import { resolve } from 'node:path';
import { runnerImport } from 'vite';

const [script, ...args] = process.argv.slice(2);
if (!script) {
  console.error('Usage: node scripts/run-ts.mjs SCRIPT.ts [args…]');
  process.exit(2);
}
const path = resolve(script);
process.argv = [process.argv[0], path, ...args];
await runnerImport(path, { configFile: false, logLevel: 'error' });
