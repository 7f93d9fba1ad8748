import { launch, processTreeRssMb } from '../browser';
import { profileCopy, withBenchPage, type BenchContext } from '../context';
import { summarise, type Metric } from '../stats';
import { firmDataset } from './access-export';

const mbPerS = (bytes: number, ms: number) => bytes / 1e6 / (ms / 1000);

/**
 * Backup, then restore of that backup, on a fresh copy of the firm (candidates and every
 * attachment) per run, each beside its floor in the same page: age over the bare attachment
 * blobs (no zip) for MB/s, raw puts of every row for records/s. Memory: resident memory of the
 * whole Chromium process tree, sampled from /proc every 250 ms during the backup.
 */
export async function measureBackup(ctx: BenchContext): Promise<Metric[]> {
  const firm = await firmDataset(ctx);
  const backupMbS: number[] = [];
  const backupFloor: number[] = [];
  const growth: number[] = [];
  const restoreMbS: number[] = [];
  const restoreFloor: number[] = [];
  const restoreRecords: number[] = [];
  const putsFloor: number[] = [];
  for (let run = 0; run < ctx.runs; run++) {
    const copy = profileCopy(ctx, firm.snapshot);
    const browser = await launch(copy.dir, { serviceWorkers: 'block' });
    try {
      await withBenchPage(browser, ctx.origin, async (page) => {
        const start = processTreeRssMb(copy.dir);
        let peak = start;
        const sampler = setInterval(() => {
          peak = Math.max(peak, processTreeRssMb(copy.dir));
        }, 250);
        // The read-back verification is not part of the figure: done once, timed apart.
        const b = await page
          .evaluate((verify) => window.vivierBench!.backup('vivier', verify), run === 0)
          .finally(() => clearInterval(sampler));
        growth.push(peak - start);
        backupMbS.push(mbPerS(b.bytes, b.ms));
        const floor = await page.evaluate(() => window.vivierBench!.ageFloor('vivier'));
        backupFloor.push(mbPerS(floor.bytes, floor.encryptMs));
        restoreFloor.push(mbPerS(floor.bytes, floor.decryptMs));
        const r = await page.evaluate(() => window.vivierBench!.restore());
        if (r.dropped !== 0) throw new Error(`the restore dropped ${r.dropped} rows`);
        restoreMbS.push(mbPerS(r.bytes, r.ms));
        restoreRecords.push((r.records / r.ms) * 1000);
        const puts = await page.evaluate(() => window.vivierBench!.rawPutAll());
        putsFloor.push((puts.records / puts.ms) * 1000);
        if (run === 0) {
          ctx.note(
            'backup-2gb-mb-per-s',
            `${(b.bytes / 1e6).toFixed(0)} MB written (${b.attachments} attachments, ${(b.attachmentBytes / 1e6).toFixed(0)} MB) in ${(b.ms / 1000).toFixed(1)} s, then read back and verified in ${(b.verifyMs / 1000).toFixed(1)} s (not counted); floor: ${(floor.bytes / 1e6).toFixed(0)} MB in ${(floor.encryptMs / 1000).toFixed(1)} s`,
          );
          ctx.note(
            'restore-2gb-mb-per-s',
            `${r.records} records, ${(r.bytes / 1e6).toFixed(0)} MB: check pass ${(r.planMs / 1000).toFixed(1)} s, whole restore ${(r.ms / 1000).toFixed(1)} s; floor decrypts ${(floor.bytes / 1e6).toFixed(0)} MB in ${(floor.decryptMs / 1000).toFixed(1)} s`,
          );
          ctx.note(
            'backup-2gb-memory-growth-mb',
            `process tree ${start.toFixed(0)} MB before the backup, peak ${peak.toFixed(0)} MB`,
          );
        }
      });
    } finally {
      await browser.close();
      copy.remove();
    }
  }
  return [
    summarise('backup-2gb-mb-per-s', 'MB/s', backupMbS, backupFloor),
    summarise('backup-2gb-memory-growth-mb', 'MB', growth),
    summarise('restore-2gb-mb-per-s', 'MB/s', restoreMbS, restoreFloor),
    summarise('restore-records-per-s', 'records/s', restoreRecords, putsFloor),
  ];
}
