import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { readNginxTemplate, renderNginxConf, type NginxValues } from '../../scripts/nginx-conf';

export const nginxPath = process.env.NGINX_PATH ?? '/usr/sbin/nginx';

export type Nginx = { stop: () => Promise<void>; log: () => string };

/**
 * The main file a Debian server has around the site file, reduced to what a test needs: every
 * path (pid, logs, temp files) inside `dir`, so nothing outside it is touched.
 */
function mainConf(dir: string, site: string): string {
  const d = (p: string) => join(dir, p);
  return `worker_processes 1;
pid ${d('nginx.pid')};
error_log ${d('error.log')} info;
events { worker_connections 64; }
http {
  include /etc/nginx/mime.types;
  default_type application/octet-stream;
  access_log ${d('access.log')};
  client_body_temp_path ${d('tmp/body')};
  proxy_temp_path ${d('tmp/proxy')};
  fastcgi_temp_path ${d('tmp/fastcgi')};
  uwsgi_temp_path ${d('tmp/uwsgi')};
  scgi_temp_path ${d('tmp/scgi')};
  include ${site};
}
`;
}

/** Writes the shipped site file filled with `values` and the main file; returns the main file. */
export function writeNginxConf(dir: string, values: NginxValues, template = readNginxTemplate()) {
  mkdirSync(join(dir, 'tmp'), { recursive: true });
  const site = join(dir, 'vivier.conf');
  writeFileSync(site, renderNginxConf(template, values));
  const main = join(dir, 'nginx.conf');
  writeFileSync(main, mainConf(dir, site));
  return main;
}

/** `nginx -t` on a main file: the exit code and what nginx said. */
export function testNginxConf(dir: string, main: string) {
  const r = spawnSync(nginxPath, ['-t', '-p', dir, '-c', main, '-e', join(dir, 'error.log')], {
    encoding: 'utf8',
  });
  return { ok: r.status === 0, output: `${r.stdout}${r.stderr}` };
}

/** Runs nginx in the foreground (its own prefix, pid and logs in `dir`) until stop(). */
export async function startNginx(dir: string, main: string, probe: () => Promise<boolean>) {
  const child = spawn(
    nginxPath,
    ['-p', dir, '-c', main, '-e', join(dir, 'error.log'), '-g', 'daemon off;'],
    { stdio: ['ignore', 'pipe', 'pipe'] },
  );
  let out = '';
  child.stdout.on('data', (d) => (out += d));
  child.stderr.on('data', (d) => (out += d));
  const deadline = Date.now() + 20_000;
  while (!(await probe().catch(() => false))) {
    if (child.exitCode !== null || Date.now() > deadline)
      throw new Error(`nginx did not start:\n${out}`);
    await new Promise((r) => setTimeout(r, 100));
  }
  const nginx: Nginx = {
    log: () => out,
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once('exit', () => resolve());
        // QUIT: graceful shutdown of the master and its worker
        child.kill('SIGQUIT');
      }),
  };
  return nginx;
}
