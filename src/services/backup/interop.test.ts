import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { identityFile } from '../../lib/age';
import { sha256Hex } from '../../lib/sha256';
import { decryptToZip, zipFiles } from '../../testing/backup-craft';
import { dumpDb } from '../../testing/backup-fixture';
import { backedUpLaptop, laptop } from '../../testing/backup-scenario';
import { applyRestore } from './apply-restore';
import type { Manifest } from './format';
import { planRestore } from './restore-plan';
import { verifyBackup } from './verify-backup';

/** The interop tests are the point: a missing tool is a failure with the fix, never a skip. */
function requireTool(command: string, debianPackage: string) {
  if (spawnSync('sh', ['-c', `command -v ${command}`]).status !== 0) {
    throw new Error(`The ${command} command is missing: apt-get install ${debianPackage}`);
  }
}
const run = (cmd: string, args: string[], cwd?: string) =>
  execFileSync(cmd, args, { cwd, stdio: ['ignore', 'pipe', 'pipe'] }).toString();

describe('interoperability with the standard tools on a file server', () => {
  it('the age CLI decrypts our backup; unzip -t, sha256sum -c and the manifest hashes agree', async () => {
    requireTool('age', 'age');
    requireTool('unzip', 'unzip');
    const l = await backedUpLaptop();
    const dir = mkdtempSync(join(tmpdir(), 'vivier-interop-'));
    writeFileSync(join(dir, 'backup.zip.age'), new Uint8Array(await l.file.arrayBuffer()));
    writeFileSync(
      join(dir, 'office-key.txt'),
      identityFile(l.key.identity, l.key.recipient, new Date()),
    );

    run('age', ['-d', '-i', 'office-key.txt', '-o', 'backup.zip', 'backup.zip.age'], dir);
    expect(run('unzip', ['-tq', 'backup.zip'], dir)).toContain('No errors detected');
    run('unzip', ['-q', 'backup.zip', '-d', 'out'], dir);
    const checked = run('sha256sum', ['-c', 'SHA256SUMS'], join(dir, 'out'));
    expect(
      checked
        .trim()
        .split('\n')
        .every((line) => line.endsWith(': OK')),
    ).toBe(true);
    const manifest = JSON.parse(
      readFileSync(join(dir, 'out', 'manifest.json'), 'utf8'),
    ) as Manifest;
    expect(checked.trim().split('\n')).toHaveLength(manifest.entries.length + 1);
    for (const e of manifest.entries) {
      expect(await sha256Hex(readFileSync(join(dir, 'out', e.name))), e.name).toBe(e.sha256);
    }
  });

  it('restores a zip made with Info-ZIP zip and encrypted with the age CLI', async () => {
    requireTool('age', 'age');
    requireTool('zip', 'zip');
    const source = await backedUpLaptop();
    const before = await dumpDb(source.db);
    // the files of a backup, written out and zipped by the standard tool, folders included
    const files = await zipFiles(await decryptToZip(source.file, source.key.identity));
    const dir = mkdtempSync(join(tmpdir(), 'vivier-foreign-'));
    for (const f of files) {
      mkdirSync(dirname(join(dir, 'in', f.name)), { recursive: true });
      writeFileSync(join(dir, 'in', f.name), f.data);
    }
    run(
      'zip',
      ['-q', '-X', '../foreign.zip', 'tables/', ...files.map((f) => f.name)],
      join(dir, 'in'),
    );
    run('age', ['-e', '-r', source.key.recipient, '-o', 'foreign.zip.age', 'foreign.zip'], dir);
    const sealed = new Blob([readFileSync(join(dir, 'foreign.zip.age'))]);
    const secret = { identities: [source.key.identity] };

    expect((await verifyBackup(sealed, secret)).ok).toBe(true);
    const fresh = await laptop();
    const plan = await planRestore(fresh.ctx, sealed, secret);
    if (!plan.ok) throw new Error(plan.error.reason);
    const applied = await applyRestore(fresh.ctx, fresh.pointer, plan.value);
    if (!applied.ok) throw new Error(applied.error.reason);
    const { createDb } = await import('../../db/database');
    const after = await dumpDb(createDb(applied.value.activeName));
    for (const table of Object.keys(before).filter((t) => t !== 'meta' && t !== 'auditLog')) {
      expect(after[table], table).toEqual(before[table]);
    }
  });
});
