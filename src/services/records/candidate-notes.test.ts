import { describe, expect, it } from 'vitest';
import { readRows } from '../../db/rows';
import { candidateInputOf } from '../../domain/candidate-rules';
import { testContext } from '../../testing/db';
import { heleneInput } from '../../testing/inputs';
import { scanDatabase } from '../../testing/scan';
import { erasePerson } from '../erasure';
import { createCandidate, updateCandidate } from './candidates';

const remark = 'REMARQUE-9c41: mobile vers Francfort, relancer en mai';

describe('a candidate’s notes', () => {
  it('are stored, rectified like any field, and nothing of them survives erasure', async () => {
    const ctx = testContext();
    const created = await createCandidate(ctx, { ...heleneInput, notes: remark });
    if (!created.ok) throw new Error(JSON.stringify(created.error));
    expect(created.value.notes).toBe(remark);

    const edited = await updateCandidate(
      ctx,
      created.value.id,
      { ...candidateInputOf(created.value), notes: `${remark} (vu le 3/3)` },
      created.value.updatedAt,
    );
    expect(edited.ok).toBe(true);
    expect(await scanDatabase(ctx.db, [remark])).not.toEqual([]);

    const erased = await erasePerson(ctx, {
      personType: 'candidate',
      id: created.value.id,
      reason: 'request',
    });
    expect(erased.ok).toBe(true);
    // every table and Blob, whatever tables exist (the post-erasure scan, SPEC §3)
    expect(await scanDatabase(ctx.db, [remark, 'Francfort'])).toEqual([]);
  });

  it('refuse a text over 5,000 characters with a field-level message and write nothing', async () => {
    const ctx = testContext();
    const out = await createCandidate(ctx, { ...heleneInput, notes: 'x'.repeat(5001) });
    expect(out.ok).toBe(false);
    if (out.ok) return;
    expect(out.error).toMatchObject({
      reason: 'invalid',
      issues: [{ path: 'notes', code: 'too-long' }],
    });
    expect(readRows('candidates', await ctx.db.candidates.toArray())).toEqual([]);
  });

  it('read as empty on a row stored before the field existed', async () => {
    const ctx = testContext();
    const created = await createCandidate(ctx, heleneInput);
    if (!created.ok) throw new Error();
    const { notes: _dropped, ...older } = created.value;
    await ctx.db.candidates.put(older as typeof created.value);
    const [row] = readRows('candidates', await ctx.db.candidates.toArray());
    expect(row?.notes).toBe('');
  });
});
