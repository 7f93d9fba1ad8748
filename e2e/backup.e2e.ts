import 'fake-indexeddb/auto';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import { seriousViolations } from './support/axe';
import {
  completeFirstRun,
  openBrowser,
  waitForServiceWorker,
  type Session,
} from './support/browser';
import { firmRows } from './support/firm-rows';
import { activeDbName, dumpIndexedDb, putRows, type Dump } from './support/idb';

const sessions: Session[] = [];
afterEach(async () => {
  for (const s of sessions.splice(0)) await s.close();
});

/** The folder picker answers with a folder of the origin's private file system. */
async function folderPickerOnOpfs(session: Session) {
  await session.context.addInitScript(() => {
    (
      window as unknown as { showDirectoryPicker: () => Promise<FileSystemDirectoryHandle> }
    ).showDirectoryPicker = async () =>
      (await navigator.storage.getDirectory()).getDirectoryHandle('backups', { create: true });
  });
}

async function readOpfsBackup(
  page: Page,
): Promise<{ name: string; bytes: Buffer; names: string[] }> {
  const { name, base64, names } = await page.evaluate(async () => {
    const dir = await (await navigator.storage.getDirectory()).getDirectoryHandle('backups');
    const names: string[] = [];
    for await (const n of (dir as unknown as { keys(): AsyncIterable<string> }).keys())
      names.push(n);
    const name = names.find((n) => n.endsWith('.zip.age'))!;
    const bytes = new Uint8Array(
      await (await (await dir.getFileHandle(name)).getFile()).arrayBuffer(),
    );
    let s = '';
    for (let i = 0; i < bytes.length; i += 0x8000)
      s += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
    return { name, base64: btoa(s), names };
  });
  return { name, bytes: Buffer.from(base64, 'base64'), names };
}

const without = (dump: Dump, ...tables: string[]) =>
  Object.fromEntries(Object.entries(dump).filter(([t]) => !tables.includes(t)));

describe('backup and restore in Chromium', () => {
  it('backs up every record and attachment to a folder, and restores them byte for byte on a new laptop', async () => {
    const source = await openBrowser();
    sessions.push(source);
    await folderPickerOnOpfs(source);
    const { page, baseURL } = source;
    await page.goto(baseURL);
    await completeFirstRun(page);
    await putRows(page, await activeDbName(page), await firmRows());

    // the dashboard asks for a first backup
    await page.getByText('No verified backup yet.').waitFor();
    await page
      .getByRole('navigation', { name: 'Main' })
      .getByRole('link', { name: 'Backup' })
      .click();
    await page.getByRole('heading', { name: 'Backup', level: 1 }).waitFor();
    expect(await seriousViolations(page)).toEqual([]);

    // office key: created, shown once, downloaded; only the public key is kept
    await page.getByRole('button', { name: 'Create the office key' }).click();
    const secretBox = page.getByLabel('Secret office key (shown once)');
    const identity = await secretBox.inputValue();
    expect(identity).toMatch(/^AGE-SECRET-KEY-1[0-9A-Z]+$/);
    const [keyDownload] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Download the secret key file' }).click(),
    ]);
    const keyFile = readFileSync((await keyDownload.path())!, 'utf8');
    expect(keyFile).toContain(identity);
    await page.getByLabel('I have stored the secret key file safely').check();
    await page.getByRole('button', { name: 'Keep only the public key' }).click();
    await page.getByRole('list', { name: 'Public keys the backups are encrypted to' }).waitFor();
    expect(await secretBox.count()).toBe(0);
    const stored = await dumpIndexedDb(page, await activeDbName(page));
    expect(JSON.stringify(stored)).not.toContain(identity);

    // folder, then the backup, verified before it counts
    await page.getByRole('button', { name: 'Choose the backup folder' }).click();
    await page.getByText('Backups are written to: backups').waitFor();
    await page.getByRole('button', { name: 'Back up now' }).click();
    await page.getByText(/^Backup verified: vivier-backup-.*\.zip\.age/).waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    const backup = await readOpfsBackup(page);
    expect(backup.names).toEqual([backup.name]); // no .partial left

    // interop: the age CLI opens what Chromium wrote; unzip and sha256sum agree
    const dir = mkdtempSync(join(tmpdir(), 'vivier-e2e-backup-'));
    writeFileSync(join(dir, backup.name), backup.bytes);
    writeFileSync(join(dir, 'office-key.txt'), keyFile);
    execFileSync('age', ['-d', '-i', 'office-key.txt', '-o', 'backup.zip', backup.name], {
      cwd: dir,
    });
    expect(execFileSync('unzip', ['-tq', 'backup.zip'], { cwd: dir }).toString()).toContain(
      'No errors',
    );
    execFileSync('unzip', ['-q', 'backup.zip', '-d', 'out'], { cwd: dir });
    const sums = execFileSync('sha256sum', ['-c', 'SHA256SUMS'], {
      cwd: join(dir, 'out'),
    }).toString();
    expect(
      sums
        .trim()
        .split('\n')
        .every((l) => l.endsWith(': OK')),
    ).toBe(true);
    const manifest = JSON.parse(readFileSync(join(dir, 'out', 'manifest.json'), 'utf8'));
    expect(manifest.counts.attachments).toBe(3);

    await page
      .getByRole('navigation', { name: 'Main' })
      .getByRole('link', { name: 'Home' })
      .click();
    await page.getByText(/^Last verified backup:/).waitFor();
    const before = await dumpIndexedDb(page, await activeDbName(page));

    // a new laptop: restore from the first-run screen
    const fresh = await openBrowser();
    sessions.push(fresh);
    await fresh.page.goto(fresh.baseURL);
    await fresh.page.getByRole('heading', { name: 'Restore from a backup' }).waitFor();
    await fresh.page.getByLabel('Backup file').setInputFiles(join(dir, backup.name));
    await fresh.page
      .getByLabel('Office key file', { exact: true })
      .setInputFiles(join(dir, 'office-key.txt'));
    await fresh.page.getByRole('button', { name: 'Check the backup' }).click();
    await fresh.page.getByRole('heading', { name: 'What will be restored' }).waitFor();
    await fresh.page.getByRole('row', { name: /Candidates 2 2/ }).waitFor();
    expect(await seriousViolations(fresh.page)).toEqual([]);
    await fresh.page
      .getByLabel('Which of these users are you?')
      .selectOption({ label: 'Claire Fontaine' });
    await fresh.page.getByRole('button', { name: 'Replace the data on this laptop' }).click();
    await fresh.page.getByRole('heading', { name: 'Home', level: 1 }).waitFor();
    await fresh.page.getByText('Hello Claire Fontaine').waitFor();

    const restoredName = await activeDbName(fresh.page);
    expect(restoredName).toBe('vivier-b');
    const after = await dumpIndexedDb(fresh.page, restoredName);
    expect(without(after, 'meta', 'auditLog')).toEqual(without(before, 'meta', 'auditLog'));
    // the chain up to the backup's anchor (its own 'backup.verify' entry came after it)
    const anchored = before.auditLog!.slice(0, manifest.lastAudit.seq);
    expect(after.auditLog!.slice(0, anchored.length)).toEqual(anchored);
    expect(after.auditLog!.at(-1)).toMatchObject({ action: 'backup.restore' });
    expect(
      await fresh.page.evaluate(() => indexedDB.databases().then((d) => d.map((x) => x.name))),
    ).not.toContain('vivier');

    for (const s of [source, fresh]) {
      expect(s.foreignRequests).toEqual([]);
      expect(s.cspViolations).toEqual([]);
      expect(s.pageErrors).toEqual([]);
    }
  });

  it('downloads the backup through the service worker where folders are not available, and checks it', async () => {
    const session = await openBrowser();
    sessions.push(session);
    const { page, baseURL } = session;
    await session.context.addInitScript(() => {
      delete (window as unknown as { showDirectoryPicker?: unknown }).showDirectoryPicker;
    });
    await page.goto(baseURL);
    await completeFirstRun(page);
    await waitForServiceWorker(page);
    await putRows(page, await activeDbName(page), await firmRows());
    await page
      .getByRole('navigation', { name: 'Main' })
      .getByRole('link', { name: 'Backup' })
      .click();
    await page.getByText('This browser cannot write to a folder').waitFor();

    await page.getByLabel('Passphrase for this backup').fill('deux mots');
    await page.getByText('Weak: use at least four random words').waitFor();
    const passphrase = 'marron lampe vitesse brouillard';
    await page.getByLabel('Passphrase for this backup').fill(passphrase);
    await page.getByLabel('The same passphrase again').fill(passphrase);
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Back up now' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^vivier-backup-.*\.zip\.age$/);
    expect(download.url()).toContain('/__download/');
    const saved = (await download.path())!;
    await page.getByText(/^Backup downloaded as/).waitFor();
    expect(await seriousViolations(page)).toEqual([]);

    // the file on disk is a sound backup (checked here with the app's own format code)
    const { verifyBackup } = await import('../src/services/backup');
    const checked = await verifyBackup(new Blob([readFileSync(saved)]), { passphrase });
    expect(checked.ok && checked.value.counts.attachments).toBe(3);

    // and counts once chosen and checked in the app
    const named = join(mkdtempSync(join(tmpdir(), 'vivier-dl-')), download.suggestedFilename());
    writeFileSync(named, readFileSync(saved));
    await page.getByLabel('Choose the downloaded file to check it').setInputFiles(named);
    await page.getByText(/^Backup verified:/).waitFor();
    await page.getByText(/^Last verified backup:/).waitFor();

    // a restore with the wrong passphrase says so and changes nothing
    const before = await dumpIndexedDb(page, await activeDbName(page));
    await page.getByRole('link', { name: 'Restore a backup…' }).click();
    await page.getByLabel('Backup file').setInputFiles(named);
    await page.getByLabel('a passphrase').check();
    await page.getByLabel('Passphrase', { exact: true }).fill('not the passphrase');
    await page.getByRole('button', { name: 'Check the backup' }).click();
    await page
      .getByRole('alert')
      .getByText(/does not open this backup/)
      .waitFor();
    expect(await dumpIndexedDb(page, await activeDbName(page))).toEqual(before);
    expect(session.foreignRequests).toEqual([]);
    expect(session.cspViolations).toEqual([]);
    expect(session.pageErrors).toEqual([]);
  });
});
