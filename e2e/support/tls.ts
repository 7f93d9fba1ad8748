import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export type Tls = {
  caCert: string;
  cert: string;
  key: string;
  /** base64 SHA-256 of the server key's SubjectPublicKeyInfo, for Chromium's SPKI list. */
  spki: string;
  /** The CA certificate (PEM), for Node clients that check the chain and the name. */
  caPem: string;
};

const openssl = (dir: string, ...args: string[]) =>
  execFileSync('openssl', args, { cwd: dir, stdio: ['ignore', 'pipe', 'pipe'] });

/**
 * A throw-away certificate authority and a server certificate for `host` signed by it, made in
 * `dir` with the same openssl commands as the README's deployment guide gives a firm without a
 * Windows CA.
 */
export function makeTls(dir: string, host: string): Tls {
  openssl(
    dir,
    'req',
    '-x509',
    '-newkey',
    'rsa:2048',
    '-nodes',
    '-days',
    '2',
    '-subj',
    '/O=Vivier test/CN=Vivier test CA',
    '-keyout',
    'ca.key',
    '-out',
    'ca.crt',
    '-addext',
    'basicConstraints=critical,CA:TRUE',
    '-addext',
    'keyUsage=critical,keyCertSign,cRLSign',
  );
  openssl(
    dir,
    'req',
    '-newkey',
    'rsa:2048',
    '-nodes',
    '-subj',
    `/CN=${host}`,
    '-keyout',
    'server.key',
    '-out',
    'server.csr',
  );
  writeFileSync(
    join(dir, 'server.ext'),
    `subjectAltName=DNS:${host}\nextendedKeyUsage=serverAuth\nkeyUsage=critical,digitalSignature,keyEncipherment\nbasicConstraints=CA:FALSE\n`,
  );
  openssl(
    dir,
    'x509',
    '-req',
    '-in',
    'server.csr',
    '-CA',
    'ca.crt',
    '-CAkey',
    'ca.key',
    '-CAcreateserial',
    '-days',
    '2',
    '-sha256',
    '-extfile',
    'server.ext',
    '-out',
    'server.crt',
  );
  // nginx wants the chain: the server certificate, then the CA's
  writeFileSync(
    join(dir, 'fullchain.pem'),
    readFileSync(join(dir, 'server.crt'), 'utf8') + readFileSync(join(dir, 'ca.crt'), 'utf8'),
  );
  const pub = openssl(dir, 'x509', '-in', 'server.crt', '-pubkey', '-noout');
  const der = execFileSync('openssl', ['pkey', '-pubin', '-outform', 'der'], { input: pub });
  const spki = execFileSync('openssl', ['dgst', '-sha256', '-binary'], { input: der }).toString(
    'base64',
  );
  return {
    caCert: join(dir, 'ca.crt'),
    cert: join(dir, 'fullchain.pem'),
    key: join(dir, 'server.key'),
    spki,
    caPem: readFileSync(join(dir, 'ca.crt'), 'utf8'),
  };
}
