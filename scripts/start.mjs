// `npm start`: installs if needed, builds, serves the production build on 127.0.0.1.
import { spawn } from 'node:child_process';
import { ensureDependencies, run } from './ensure.mjs';

ensureDependencies();
run('./node_modules/.bin/vite build');
const port = process.env.PORT ?? '4173';
console.log(`\nVivier is served at http://127.0.0.1:${port}/ (Ctrl+C to stop)\n`);
const child = spawn(
  './node_modules/.bin/vite',
  ['preview', '--host', '127.0.0.1', '--port', port, '--strictPort'],
  { stdio: 'inherit' },
);
for (const sig of ['SIGINT', 'SIGTERM']) process.on(sig, () => child.kill(sig));
child.on('exit', (code) => process.exit(code ?? 0));
