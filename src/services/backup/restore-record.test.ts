import { describe, expect, it } from 'vitest';
import { v2PrefixLength } from '../../domain/list-keys';
import { buildCandidate } from '../../testing/builders';
import { recordMigrations, restoreRecord, type RecordMigrations } from './restore-record';

describe('restoreRecord: the one door for records from a backup', () => {
  it('repairs what the schema may repair: defaults filled, unknown fields dropped', () => {
    const { restricted: _r, objected: _o, ...old } = buildCandidate({ id: 'c1' });
    const restored = restoreRecord('candidates', { ...old, legacyField: 'x' }, 2);
    expect(restored).toEqual({ ok: true, value: { ...old, restricted: null, objected: null } });
  });

  it('refuses an invalid record with field paths and codes, never values', () => {
    const restored = restoreRecord(
      'candidates',
      { ...buildCandidate(), collectedOn: '2026-02-30' },
      1,
    );
    expect(restored).toEqual({ ok: false, error: [{ path: 'collectedOn', code: 'invalid-date' }] });
    expect(restoreRecord('users', 'not an object', 1).ok).toBe(false);
  });

  it('runs each migration from the backup version up to the current one, in order', () => {
    const seen: number[] = [];
    const migrations: RecordMigrations = {
      1: (_t, raw) => (seen.push(1), { ...raw, name: `${String(raw.nom)}` }),
      2: (_t, raw) => (seen.push(2), { ...raw, role: raw.role ?? 'recruiter' }),
    };
    const v1User = { id: 'u1', nom: 'Claire Martin', createdAt: '2026-01-05T10:00:00.000Z' };
    const restored = restoreRecord('users', v1User, 1, migrations, 3);
    expect(seen).toEqual([1, 2]);
    expect(restored).toEqual({
      ok: true,
      value: { id: 'u1', name: 'Claire Martin', role: 'recruiter', createdAt: v1User.createdAt },
    });
    expect(() => restoreRecord('users', v1User, 1, { 1: migrations[1]! }, 3)).toThrow(/version 2/);
  });

  it('gives a version 1 candidate its name-prefix list keys (schema version 2)', () => {
    const current = buildCandidate({ id: 'c1', source: 'referral' });
    const v1 = { ...current, listKeys: current.listKeys.filter((k) => !k.startsWith('prefix:')) };
    expect(v1.listKeys).toEqual(['source:referral\u0000' + current.sortName + '\u0000c1']);
    const restored = restoreRecord('candidates', v1, 1);
    // the released step's keys (prefixes up to 3 characters); the restore's one door then
    // recomputes every key of today's version (services/incoming)
    const v2Keys = current.listKeys.filter(
      (k) =>
        !k.startsWith('prefix:') ||
        k.slice('prefix:'.length).split('\u0000')[0]!.length <= v2PrefixLength,
    );
    expect(v2Keys.length).toBeGreaterThan(1);
    expect(restored.ok && restored.value.listKeys.sort()).toEqual([...v2Keys].sort());
    // other tables pass through untouched
    const referee = { id: 'r1', sortName: 'x', searchTokens: ['x'], listKeys: [] };
    expect(recordMigrations[1]!('referees', referee)).toBe(referee);
  });
});
