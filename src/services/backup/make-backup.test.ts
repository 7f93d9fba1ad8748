import { describe, expect, it } from 'vitest';
import { readSettings } from '../../db/settings-repo';
import { generateOfficeKey } from '../../lib/age';
import { fillEveryTable, memorySink } from '../../testing/backup-fixture';
import { testContext } from '../../testing/db';
import { lastVerifiedBackup, recordVerifiedBackup, setBackupRecipients } from './backup-log';
import { makeBackup } from './make-backup';
import { verifyBackup } from './verify-backup';

describe('makeBackup and the backup settings', () => {
  it('is verifiable by this laptop with a one-time key, and opens with the office key', async () => {
    const ctx = testContext();
    await fillEveryTable(ctx);
    const office = await generateOfficeKey();
    const out = memorySink();
    const made = await makeBackup(ctx.db, ctx.now, ctx.actor, out.sink, {
      recipients: [office.recipient],
    });
    if (!made.ok) throw new Error(made.error.reason);
    expect('identities' in made.value.verifyWith).toBe(true);
    expect((await verifyBackup(out.blob(), made.value.verifyWith)).ok).toBe(true);
    expect((await verifyBackup(out.blob(), { identities: [office.identity] })).ok).toBe(true);
    const stranger = await generateOfficeKey();
    expect(await verifyBackup(out.blob(), { identities: [stranger.identity] })).toMatchObject({
      ok: false,
      error: { reason: 'wrong-key' },
    });
  });

  it('keeps only valid public keys, audited; records the last verified backup', async () => {
    const ctx = testContext();
    await fillEveryTable(ctx);
    const a = await generateOfficeKey();
    const b = await generateOfficeKey();
    const typo = a.recipient.slice(0, -1) + (a.recipient.endsWith('q') ? 'p' : 'q');
    expect(await setBackupRecipients(ctx, [a.recipient, typo])).toEqual({
      ok: false,
      error: { reason: 'invalid', issues: [{ path: 'recipients.1', code: 'invalid' }] },
    });
    expect((await setBackupRecipients(ctx, [a.recipient, ` ${b.recipient}`, a.recipient])).ok).toBe(
      true,
    );
    expect((await readSettings(ctx.db)).backup.recipients).toEqual([a.recipient, b.recipient]);

    const backup = { at: ctx.now.toISOString(), fileName: 'vivier-backup-x.zip.age', bytes: 10 };
    await recordVerifiedBackup(ctx, backup);
    expect(await lastVerifiedBackup(ctx)).toEqual(backup);
    const actions = (await ctx.db.auditLog.toArray()).map((e) => e.action);
    expect(actions.slice(-2)).toEqual(['settings.update', 'backup.verify']);
  });
});
