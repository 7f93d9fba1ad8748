// `npm start`: installs if needed, builds, serves the production build on 127.0.0.1.
import { spawn } from 'node:child_process';
import { ensureDependencies, run } from './ensure.mjs';

ensureDependencies();
run('./node_modules/.bin/vite build');
const port = process.env.PORT ?? '4173';
// the build follows VIVIER_BASE (default /), and vite preview serves under the same base
const base = `/${(process.env.VIVIER_BASE ?? '/').replace(/^\/+|\/+$/g, '')}/`.replace('//', '/');
const url = `http://127.0.0.1:${port}${base}`;
console.log(`
Vivier is served at ${url} (Ctrl+C to stop)

Open it in Chrome, Edge or Chromium. To look around without typing real data, choose
"Explore with sample data" on the first screen: a demo firm of invented people opens in a
database of its own (a banner says so on every screen); "Leave the demo" deletes it.
For the office intranet (HTTPS, a sub-path, nginx or IIS), see "Deployment" in README.md.
`);
const child = spawn(
  './node_modules/.bin/vite',
  ['preview', '--host', '127.0.0.1', '--port', port, '--strictPort'],
  { stdio: 'inherit' },
);
for (const sig of ['SIGINT', 'SIGTERM']) process.on(sig, () => child.kill(sig));
child.on('exit', (code) => process.exit(code ?? 0));
