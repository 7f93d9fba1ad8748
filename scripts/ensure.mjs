// Set-up shared by `npm start` and `npm test`: installs what is missing, with plain Node only
// (it runs before node_modules exists).
import { execSync } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';

export function run(cmd, opts = {}) {
  console.log(`\n$ ${cmd}`);
  execSync(cmd, { stdio: 'inherit', ...opts });
}

/** npm ci when node_modules is missing or older than the lock file. */
export function ensureDependencies() {
  const marker = 'node_modules/.package-lock.json';
  if (!existsSync(marker) || statSync(marker).mtimeMs < statSync('package-lock.json').mtimeMs) {
    run('npm ci --no-audit --no-fund');
  }
}

const isRoot = () => typeof process.getuid === 'function' && process.getuid() === 0;

/**
 * Debian packages the tests need: Chromium for end-to-end tests; age, zip and unzip for the
 * backup interop tests (the tools a file server uses); nginx for the deployment test, which
 * serves a build through the shipped deploy/nginx configuration (openssl is in Debian's base). Installed with apt when running as root, otherwise the exact command is printed.
 */
export function ensureDebianPackages(
  packages = {
    chromium: '/usr/bin/chromium',
    age: '/usr/bin/age',
    zip: '/usr/bin/zip',
    unzip: '/usr/bin/unzip',
    nginx: '/usr/sbin/nginx',
  },
) {
  const missing = Object.entries(packages)
    .filter(([, path]) => !existsSync(path))
    .map(([name]) => name);
  if (missing.length === 0) return;
  const install = `apt-get update && apt-get install -y ${missing.join(' ')}`;
  if (isRoot() && existsSync('/usr/bin/apt-get')) {
    run(`${install} >/tmp/vivier-apt.log 2>&1 || (tail -20 /tmp/vivier-apt.log; exit 1)`, {
      env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
    });
    return;
  }
  console.error(`\nMissing: ${missing.join(', ')}. Install with:\n  sudo ${install}\n`);
  process.exit(1);
}
