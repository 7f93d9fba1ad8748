/**
 * Fills the shipped nginx configuration (deploy/nginx/vivier.conf) for one server: a literal
 * replacement of its @NAME@ values, nothing else, so the file the tests serve with is the file
 * an administrator copies. `npm run --silent deploy:nginx -- …` prints it (scripts/nginx-conf-cli.ts).
 */
import { readFileSync } from 'node:fs';
import { normaliseBase } from '../src/lib/base-path';

export const nginxTemplatePath = 'deploy/nginx/vivier.conf';

export type NginxValues = {
  serverName: string;
  /** The base path the app was built with (VIVIER_BASE). */
  base: string;
  /** The folder whose `<base>` subfolder holds the built dist/. */
  root: string;
  cert: string;
  key: string;
  /** HTTPS listen address; default 443. */
  listen?: string;
  /** Plain-HTTP listen address, answered with a redirect; default 80. */
  httpListen?: string;
};

const plain = /^[^\s;{}'"#$]+$/;

export function renderNginxConf(template: string, v: NginxValues): string {
  const base = normaliseBase(v.base);
  const values: Record<string, string> = {
    SERVER_NAME: v.serverName,
    LISTEN: v.listen ?? '443',
    HTTP_LISTEN: v.httpListen ?? '80',
    ROOT: v.root.replace(/\/+$/, ''),
    BASE: base,
    BASE_NOSLASH: base.slice(0, -1),
    CERT: v.cert,
    KEY: v.key,
  };
  for (const [name, value] of Object.entries(values))
    if (name !== 'BASE_NOSLASH' && !plain.test(value))
      throw new Error(`${name}: ${JSON.stringify(value)} cannot go into an nginx file as it is`);
  const out = template.replace(/@([A-Z_]+)@/g, (whole, name: string) => {
    const value = values[name];
    if (value === undefined) throw new Error(`unknown value ${whole} in the template`);
    return value;
  });
  return out;
}

export const readNginxTemplate = (): string => readFileSync(nginxTemplatePath, 'utf8');
