import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { identityFile } from '../src/lib/age';
import { backedUpLaptop } from '../src/testing/backup-scenario';

/** What `npm run backup:verify -- …` runs. */
const verify = (...args: string[]) =>
  spawnSync('node', ['scripts/run-ts.mjs', 'scripts/backup-verify.ts', ...args], {
    encoding: 'utf8',
  });

describe('npm run backup:verify', () => {
  it('prints the counts and exits 0 for a sound backup; names the fault and exits 1 otherwise', async () => {
    const l = await backedUpLaptop();
    const dir = mkdtempSync(join(tmpdir(), 'vivier-verify-'));
    const bytes = new Uint8Array(await l.file.arrayBuffer());
    writeFileSync(join(dir, 'b.zip.age'), bytes);
    writeFileSync(join(dir, 'key.txt'), identityFile(l.key.identity, l.key.recipient, new Date()));
    const good = verify(join(dir, 'b.zip.age'), '--identity', join(dir, 'key.txt'));
    expect(good.stderr).toBe('');
    expect(good.status).toBe(0);
    expect(good.stdout).toMatch(/candidates\s+2\n/);
    expect(good.stdout).toMatch(/attachments\s+3\n/);
    expect(good.stdout).toContain('chain intact');

    writeFileSync(join(dir, 'cut.zip.age'), bytes.subarray(0, bytes.length - 70_000));
    const cut = verify(join(dir, 'cut.zip.age'), '--identity', join(dir, 'key.txt'));
    expect(cut.status).toBe(1);
    expect(cut.stdout).toContain('FAULT truncated');

    writeFileSync(join(dir, 'pass.txt'), 'not the key\n');
    const wrong = verify(join(dir, 'b.zip.age'), '--passphrase-file', join(dir, 'pass.txt'));
    expect(wrong.status).toBe(1);
    expect(wrong.stdout).toContain('FAULT needs-identity');

    expect(verify(join(dir, 'b.zip.age')).status).toBe(2);
    expect(verify(join(dir, 'missing.age'), '--identity', join(dir, 'key.txt')).status).toBe(2);
  }, 60_000);
});
