import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readNginxTemplate, renderNginxConf, type NginxValues } from './nginx-conf';

const values: NginxValues = {
  serverName: 'vivier.ims.local',
  base: '/vivier/',
  root: '/var/www/',
  cert: '/etc/ssl/vivier/fullchain.pem',
  key: '/etc/ssl/vivier/vivier.key',
};

/** The <meta> policy the app ships in index.html. */
const metaCsp = () =>
  /http-equiv="Content-Security-Policy"\s+content="([^"]+)"/.exec(
    readFileSync('index.html', 'utf8'),
  )![1]!;

/** name → value of every `add_header` of the nginx file. */
const nginxHeaders = (conf: string) =>
  Object.fromEntries(
    [...conf.matchAll(/^\s*add_header\s+([\w-]+)\s+("[^"]*"|\S+)\s+always;/gm)].map((m) => [
      m[1]!,
      m[2]!.replace(/^"|"$/g, ''),
    ]),
  );

const iisHeaders = () =>
  Object.fromEntries(
    [
      ...readFileSync('deploy/iis/web.config', 'utf8').matchAll(
        /<add name="([\w-]+)" value="([^"]*)" \/>/g,
      ),
    ].map((m) => [m[1]!, m[2]!]),
  );

describe('the shipped server configurations', () => {
  it('fills every value of the nginx template, under a sub-path and at the root', () => {
    const sub = renderNginxConf(readNginxTemplate(), values);
    expect(sub).not.toMatch(/@[A-Z_]+@/);
    expect(sub).toContain('root /var/www;');
    expect(sub).toContain('location /vivier/ {');
    expect(sub).toContain('try_files $uri $uri/ /vivier/index.html;');
    expect(sub).toContain('location /vivier/assets/ {');
    expect(sub).toContain('"~^(200|304):/vivier/assets/"');
    expect(sub).toContain('rewrite ^/vivier$ /vivier/ permanent;');
    expect(sub).toContain('        proxy_pass http://127.0.0.1:5984/;');
    expect(sub).toContain('    location /vivier/sync/ {');
    expect(sub).toMatch(/listen 443 ssl;/);

    const top = renderNginxConf(readNginxTemplate(), { ...values, base: '/', listen: '8443' });
    expect(top).toContain('location / {');
    expect(top).toContain('try_files $uri $uri/ /index.html;');
    expect(top).toMatch(/listen 8443 ssl;/);
  });

  it('refuses a value that would change the file beyond its own line', () => {
    expect(() =>
      renderNginxConf(readNginxTemplate(), { ...values, serverName: 'a; include /etc/x' }),
    ).toThrow(/SERVER_NAME/);
    expect(() => renderNginxConf(readNginxTemplate(), { ...values, base: 'vivier' })).toThrow(
      /plain absolute path/,
    );
    expect(() => renderNginxConf('x @NOPE@', values)).toThrow(/@NOPE@/);
  });

  it('sends the meta policy plus frame-ancestors, and the same headers from nginx and IIS', () => {
    const nginx = nginxHeaders(readNginxTemplate());
    expect(nginx['Content-Security-Policy']).toBe(`${metaCsp()}; frame-ancestors 'none'`);
    expect(nginx['X-Content-Type-Options']).toBe('nosniff');
    expect(nginx['Referrer-Policy']).toBe('no-referrer');
    const { 'Cache-Control': cache, ...security } = nginx;
    expect(cache).toBe('$vivier_cache_control');
    expect(iisHeaders()).toEqual(security);
  });

  it('npm run deploy:nginx prints the filled file, and names what is missing', () => {
    const run = (...args: string[]) =>
      spawnSync('node', ['scripts/run-ts.mjs', 'scripts/nginx-conf-cli.ts', ...args], {
        encoding: 'utf8',
      });
    const ok = run(
      '--server-name',
      values.serverName,
      '--base',
      '/vivier',
      '--root',
      values.root,
      '--cert',
      values.cert,
      '--key',
      values.key,
    );
    expect(ok.status).toBe(0);
    expect(ok.stdout).toBe(renderNginxConf(readNginxTemplate(), { ...values, base: '/vivier/' }));
    const missing = run('--base', '/vivier/');
    expect(missing.status).toBe(2);
    expect(missing.stderr).toContain('Missing: serverName, root, cert, key');
  });
});
