import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { designDocument } from '../../deploy/couchdb/design-doc.mjs';

/**
 * A CouchDB-compatible hub for tests: pouchdb-server in memory on 127.0.0.1, on a free port,
 * with an admin, and databases that get the same design document (validate function) the
 * deployment guide installs on CouchDB. `stop()` kills exactly the process it started.
 */
export type Hub = {
  url: string;
  admin: { name: string; password: string };
  /** A request as the admin (basic auth), answering status and parsed JSON. */
  asAdmin: (
    method: string,
    path: string,
    body?: unknown,
  ) => Promise<{ status: number; json: unknown }>;
  /** A request as a user (basic auth). */
  as: (
    user: { name: string; password: string },
    method: string,
    path: string,
    body?: unknown,
  ) => Promise<{ status: number; json: unknown }>;
  createUser: (name: string, password: string) => Promise<void>;
  /**
   * Creates a database with the Vivier design document installed (`design: false` leaves it
   * out: a hub set up before it, or a cluster's internal replication, can hold conflicts).
   */
  createDatabase: (name: string, options?: { design?: boolean }) => Promise<void>;
  stop: () => Promise<void>;
};

const startWaitMs = 30_000;

function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const server = createServer();
    server.once('error', fail);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => done(port));
    });
  });
}

const basic = (name: string, password: string) =>
  `Basic ${Buffer.from(`${name}:${password}`).toString('base64')}`;

async function request(
  url: string,
  auth: string | null,
  method: string,
  path: string,
  body?: unknown,
): Promise<{ status: number; json: unknown }> {
  const headers: Record<string, string> = { 'content-type': 'application/json' };
  if (auth) headers.authorization = auth;
  const res = await fetch(`${url}${path}`, {
    method,
    headers,
    body: body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body),
  });
  const text = await res.text();
  let json: unknown = text;
  try {
    json = JSON.parse(text);
  } catch {
    // not JSON: keep the text
  }
  return { status: res.status, json };
}

export async function startHub(): Promise<Hub> {
  const port = await freePort();
  // pouchdb-server writes config.json and log.txt to its working directory: give it its own
  const dir = await mkdtemp(join(tmpdir(), 'vivier-hub-'));
  const bin = resolve(import.meta.dirname, '../../node_modules/.bin/pouchdb-server');
  const child: ChildProcess = spawn(
    bin,
    ['--in-memory', '--port', String(port), '--host', '127.0.0.1', '--no-stdout-logs'],
    { cwd: dir, stdio: 'ignore' },
  );
  const exited = new Promise<void>((done) => child.once('exit', () => done()));
  const url = `http://127.0.0.1:${port}`;
  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) {
      child.kill('SIGTERM');
      await exited;
    }
    await rm(dir, { recursive: true, force: true });
  };

  const deadline = Date.now() + startWaitMs;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`pouchdb-server exited (${child.exitCode})`);
    try {
      if ((await fetch(`${url}/`)).ok) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) {
      await stop();
      throw new Error(`pouchdb-server did not answer within ${startWaitMs} ms`);
    }
    await new Promise((r) => setTimeout(r, 100));
  }

  const admin = { name: 'admin', password: 'admin-secret' };
  const setAdmin = await request(
    url,
    null,
    'PUT',
    `/_config/admins/${admin.name}`,
    JSON.stringify(admin.password),
  );
  if (setAdmin.status !== 200)
    throw new Error(`could not create the hub admin (${setAdmin.status})`);
  const adminAuth = basic(admin.name, admin.password);
  const asAdmin: Hub['asAdmin'] = (method, path, body) =>
    request(url, adminAuth, method, path, body);

  return {
    url,
    admin,
    asAdmin,
    as: (user, method, path, body) =>
      request(url, basic(user.name, user.password), method, path, body),
    async createUser(name, password) {
      const r = await asAdmin('PUT', `/_users/org.couchdb.user:${name}`, {
        _id: `org.couchdb.user:${name}`,
        name,
        password,
        roles: ['vivier'],
        type: 'user',
      });
      if (r.status !== 201) throw new Error(`could not create user ${name} (${r.status})`);
    },
    async createDatabase(name, options = {}) {
      const created = await asAdmin('PUT', `/${name}`);
      if (created.status !== 201) throw new Error(`could not create ${name} (${created.status})`);
      if (options.design === false) return;
      const ddoc = await asAdmin('PUT', `/${name}/${designDocument()._id}`, designDocument());
      if (ddoc.status !== 201)
        throw new Error(`could not install the design document (${ddoc.status})`);
    },
    stop,
  };
}

/**
 * A fetch that keeps the hub's session cookie across clients, as a browser's cookie jar does
 * (the app makes a fresh hub client every round and relies on the browser for the cookie).
 */
export function cookieJarFetch(): typeof fetch {
  let cookie: string | null = null;
  return async (input, init = {}) => {
    const headers = new Headers(init.headers);
    if (cookie && !headers.has('cookie')) headers.set('cookie', cookie);
    const res = await fetch(input, { ...init, headers });
    const set = res.headers.get('set-cookie');
    if (set) cookie = set.split(';')[0] ?? null;
    return res;
  };
}

/** A hub with the firm's users and databases (each with the design document) already made. */
export async function startFirmHub(
  users: readonly { name: string; password: string }[],
  databases: readonly string[] = ['vivier'],
): Promise<Hub> {
  const hub = await startHub();
  for (const u of users) await hub.createUser(u.name, u.password);
  for (const d of databases) await hub.createDatabase(d);
  return hub;
}
