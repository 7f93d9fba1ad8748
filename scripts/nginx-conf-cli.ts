/**
 * Prints deploy/nginx/vivier.conf filled for one server:
 *   npm run --silent deploy:nginx -- --server-name vivier.ims.local --base /vivier/ --root /var/www \
 *     --cert /etc/ssl/vivier/fullchain.pem --key /etc/ssl/vivier/vivier.key [--listen 443] [--http-listen 80]
 */
import { readNginxTemplate, renderNginxConf, type NginxValues } from './nginx-conf';

const flags: Record<string, keyof NginxValues> = {
  '--server-name': 'serverName',
  '--base': 'base',
  '--root': 'root',
  '--cert': 'cert',
  '--key': 'key',
  '--listen': 'listen',
  '--http-listen': 'httpListen',
};
const required: (keyof NginxValues)[] = ['serverName', 'base', 'root', 'cert', 'key'];

const argv = process.argv.slice(2);
const values: Partial<NginxValues> = {};
for (let i = 0; i < argv.length; i += 2) {
  const key = flags[argv[i]!];
  const value = argv[i + 1];
  if (!key || value === undefined) {
    console.error(
      `Unknown or incomplete option ${argv[i]}. Options: ${Object.keys(flags).join(' ')}`,
    );
    process.exit(2);
  }
  values[key] = value;
}
const missing = required.filter((k) => values[k] === undefined);
if (missing.length > 0) {
  console.error(`Missing: ${missing.join(', ')}. Options: ${Object.keys(flags).join(' ')}`);
  process.exit(2);
}
try {
  process.stdout.write(renderNginxConf(readNginxTemplate(), values as NginxValues));
} catch (e) {
  console.error((e as Error).message);
  process.exit(2);
}
