import { z } from 'zod';
import { err, ok, type Result } from '../domain/result';

/**
 * A small client for the part of CouchDB's HTTP API the replicator uses: session login, the
 * changes feed, `_bulk_docs`, `_all_docs`, single documents and attachments. Expected failures
 * are values, each with a reason the sync status can name; nothing here throws on what the
 * network or the hub does.
 */
export type HubFailure =
  | { reason: 'offline' }
  | { reason: 'unauthorized'; status: number }
  | { reason: 'server-error'; status: number }
  | { reason: 'bad-response'; status: number };

export type HubConfig = {
  /** Where CouchDB answers: the app's own origin + `/sync` in production (a proxy rule). */
  root: string;
  db: string;
  /** Injected in tests; the browser's fetch otherwise. */
  fetch?: typeof fetch;
};

const bulkRow = z.object({
  id: z.string(),
  ok: z.boolean().optional(),
  rev: z.string().optional(),
  error: z.string().optional(),
  reason: z.string().optional(),
});
export type BulkRow = z.infer<typeof bulkRow>;

const seq = z.union([z.string(), z.number()]).transform(String);
const changeRow = z.object({
  seq,
  id: z.string(),
  changes: z.array(z.object({ rev: z.string() })),
  deleted: z.boolean().optional(),
  doc: z.unknown().optional(),
});
export type ChangeRow = z.infer<typeof changeRow>;
const changesResponse = z.object({ results: z.array(changeRow), last_seq: seq });

const allDocsRow = z.union([
  z.object({
    id: z.string(),
    key: z.string(),
    value: z.object({ rev: z.string(), deleted: z.boolean().optional() }),
  }),
  z.object({ key: z.string(), error: z.string() }),
]);
const allDocsResponse = z.object({ rows: z.array(allDocsRow) });
const sessionResponse = z.object({ ok: z.literal(true), name: z.string().nullable() });

export type CouchClient = ReturnType<typeof createCouchClient>;

export function createCouchClient(config: HubConfig) {
  const doFetch = config.fetch ?? ((input, init) => fetch(input, init));
  const dbUrl = `${config.root}/${encodeURIComponent(config.db)}`;
  // The browser keeps the session cookie itself; outside a browser it is kept here.
  let cookie: string | null = null;

  async function call(
    method: string,
    url: string,
    body?: unknown,
    accept: 'json' | 'blob' = 'json',
  ): Promise<Result<{ status: number; json: unknown; blob?: Blob }, HubFailure>> {
    const headers: Record<string, string> = {
      accept: accept === 'json' ? 'application/json' : '*/*',
    };
    if (body !== undefined) headers['content-type'] = 'application/json';
    if (cookie) headers.cookie = cookie;
    let res: Response;
    try {
      res = await doFetch(url, {
        method,
        headers,
        body: body === undefined ? undefined : JSON.stringify(body),
        credentials: 'same-origin',
      });
    } catch {
      return err({ reason: 'offline' });
    }
    const setCookie = res.headers.get('set-cookie');
    if (setCookie) cookie = setCookie.split(';')[0] ?? null;
    if (res.status === 401) return err({ reason: 'unauthorized', status: 401 });
    if (res.status >= 500) return err({ reason: 'server-error', status: res.status });
    if (accept === 'blob' && res.ok)
      return ok({ status: res.status, json: null, blob: await res.blob() });
    let json: unknown;
    try {
      json = JSON.parse(await res.text());
    } catch {
      return err({ reason: 'bad-response', status: res.status });
    }
    return ok({ status: res.status, json });
  }

  function expect<T>(
    r: Result<{ status: number; json: unknown }, HubFailure>,
    schema: z.ZodType<T>,
    okStatus: (s: number) => boolean = (s) => s >= 200 && s < 300,
  ): Result<T, HubFailure> {
    if (!r.ok) return r;
    if (r.value.status === 403 && !okStatus(403))
      return err({ reason: 'unauthorized', status: 403 });
    if (!okStatus(r.value.status)) return err({ reason: 'bad-response', status: r.value.status });
    const parsed = schema.safeParse(r.value.json);
    return parsed.success
      ? ok(parsed.data)
      : err({ reason: 'bad-response', status: r.value.status });
  }

  return {
    /** Logs in with CouchDB's cookie session: the password is sent once, never stored. */
    async login(name: string, password: string): Promise<Result<{ name: string }, HubFailure>> {
      const r = expect(
        await call('POST', `${config.root}/_session`, { name, password }),
        sessionResponse,
      );
      if (!r.ok) return r;
      return r.value.name === null
        ? err({ reason: 'unauthorized', status: 401 })
        : ok({ name: r.value.name });
    },

    async changes(since: string, limit: number) {
      const q = new URLSearchParams({
        since,
        limit: String(limit),
        include_docs: 'true',
        conflicts: 'true',
      });
      return expect(await call('GET', `${dbUrl}/_changes?${q}`), changesResponse);
    },

    /** `newEdits: false` stores the given revisions as they are (the first-revision creation). */
    async bulkDocs(docs: readonly unknown[], newEdits: boolean) {
      return expect(
        await call('POST', `${dbUrl}/_bulk_docs`, { docs, new_edits: newEdits }),
        z.array(bulkRow),
      );
    },

    async allDocs(keys: readonly string[]) {
      return expect(await call('POST', `${dbUrl}/_all_docs`, { keys }), allDocsResponse);
    },

    /** One revision of a document (with `_conflicts` when asked), or null when it is missing. */
    async getDoc(id: string, options: { rev?: string; conflicts?: boolean } = {}) {
      const q = new URLSearchParams();
      if (options.rev) q.set('rev', options.rev);
      if (options.conflicts) q.set('conflicts', 'true');
      const r = expect(
        await call('GET', `${dbUrl}/${encodeURIComponent(id)}?${q}`),
        z.unknown(),
        (s) => (s >= 200 && s < 300) || s === 404,
      );
      if (!r.ok) return r;
      return ok(
        r.value !== null && typeof r.value === 'object' && 'error' in r.value ? null : r.value,
      );
    },

    async getAttachment(id: string, name: string, rev: string): Promise<Result<Blob, HubFailure>> {
      const r = await call(
        'GET',
        `${dbUrl}/${encodeURIComponent(id)}/${encodeURIComponent(name)}?rev=${encodeURIComponent(rev)}`,
        undefined,
        'blob',
      );
      if (!r.ok) return r;
      return r.value.blob
        ? ok(r.value.blob)
        : err({ reason: 'bad-response', status: r.value.status });
    },
  };
}
