import { openAsBlob } from 'node:fs';
import { mkdtemp, open } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { generateOfficeKey } from '../../lib/age';
import { attachment, noise } from '../../testing/backup-fixture';
import { testContext } from '../../testing/db';
import { openBackup, scanBackup } from './scan-backup';
import { writeBackup } from './write-backup';

const mb = 1024 * 1024;
// garbage collection on demand, so what is measured is what is held, not what awaits collection
setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;
const held = () => {
  gc();
  const m = process.memoryUsage();
  return m.heapUsed + m.arrayBuffers;
};

/** Peak memory held while writing, then while reading back, a backup of `n` × 2 MB attachments. */
async function peaks(n: number) {
  const ctx = testContext();
  const piece = noise(2 * mb, 7);
  for (let i = 0; i < n; i++) {
    // the same bytes each time: the database holds n × 2 MB, the test process much less
    await ctx.db.attachments.add(
      await attachment({ id: `att-${i}`, ownerType: 'candidate', ownerId: 'c' }, piece),
    );
  }
  const key = await generateOfficeKey();
  const path = join(await mkdtemp(join(tmpdir(), 'vivier-mem-')), 'b.zip.age');
  const fd = await open(path, 'w');
  let baseline = held();
  let peak = 0;
  let writes = 0;
  const written = await writeBackup(
    ctx.db,
    ctx.now,
    ctx.actor,
    {
      // to a file on disk, as on the file server
      write: async (chunk) => {
        await fd.write(chunk);
        if (++writes % 128 === 0) peak = Math.max(peak, held() - baseline);
      },
      close: () => fd.close(),
      abort: async () => undefined,
    },
    { recipients: [key.recipient] },
  );
  if (!written.ok) throw new Error(written.error.reason);
  const writePeak = peak;

  const file = await openAsBlob(path);
  expect(file.size).toBeGreaterThan(n * 2 * mb);
  baseline = held();
  peak = 0;
  const opened = await openBackup(file, { identities: [key.identity] });
  if (!opened.ok) throw new Error(opened.error.reason);
  const scanned = await scanBackup(opened.value, {
    progress: () => void (peak = Math.max(peak, held() - baseline)),
  });
  if (!scanned.ok) throw new Error(scanned.error.reason);
  return { writePeak, readPeak: peak };
}

describe('memory stays flat', () => {
  it('writes and reads back 64 MB of attachments holding less than half of that', async () => {
    // holding the data (or the file) would need 64 MB or more; streaming needs a fixed overhead
    // (deflate tables, age and zip buffers, one page of rows): measured 5 to 17 MB here
    const { writePeak, readPeak } = await peaks(32);
    expect(writePeak).toBeLessThan(32 * mb);
    expect(readPeak).toBeLessThan(32 * mb);
  }, 180_000);
});
