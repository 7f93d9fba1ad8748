import { describe, expect, it } from 'vitest';
import { backupStatus, backupsToDelete } from './backup-status';

describe('backup status', () => {
  const now = new Date('2026-03-12T09:30:00.000Z');
  it('is never, ok, or too old past the setting', () => {
    expect(backupStatus(null, now, 7)).toEqual({ state: 'never' });
    expect(backupStatus('2026-03-05T18:00:00.000Z', now, 7)).toMatchObject({
      state: 'ok',
      days: 7,
    });
    expect(backupStatus('2026-03-04T18:00:00.000Z', now, 7)).toMatchObject({
      state: 'too-old',
      days: 8,
    });
  });
});

describe('rotation', () => {
  it('keeps the newest N backups and never touches other files', () => {
    const names = [
      'vivier-backup-2026-03-01-090000.zip.age',
      'notes.txt',
      'vivier-backup-2026-03-03-090000.zip.age',
      'vivier-backup-2026-03-02-090000.zip.age',
      'vivier-backup-2026-03-03-090000.zip.age.partial',
    ];
    expect(backupsToDelete(names, 2)).toEqual(['vivier-backup-2026-03-01-090000.zip.age']);
    expect(backupsToDelete(names, 10)).toEqual([]);
    // at least the newest one stays, whatever the setting says
    expect(backupsToDelete(names, 0)).toHaveLength(2);
  });
});
