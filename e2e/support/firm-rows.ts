import 'fake-indexeddb/auto';
import { fillEveryTable } from '../../src/testing/backup-fixture';
import { testContext } from '../../src/testing/db';
import type { Dump } from './idb';

/** Every record type, with attachments: built by the unit tests' fixture, then moved to the page. */
export async function firmRows(): Promise<Dump> {
  const ctx = testContext();
  await fillEveryTable(ctx);
  const out: Dump = {};
  // the page has its own user, salt, settings and audit chain: only the firm's records move
  for (const table of ctx.db.tables) {
    if (['meta', 'users', 'settings', 'auditLog'].includes(table.name)) continue;
    out[table.name] = await Promise.all(
      (await table.toArray()).map(async (row: Record<string, unknown>) => {
        const copy = { ...row };
        for (const [k, v] of Object.entries(copy))
          if (v instanceof Blob)
            copy[k] = {
              __blob: Buffer.from(await v.arrayBuffer()).toString('base64'),
              type: v.type,
            };
        return copy;
      }),
    );
  }
  ctx.db.close();
  return out;
}
