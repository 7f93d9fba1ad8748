import { describe, expect, it } from 'vitest';
import { applyPreset } from '../../domain/retention-presets';
import { policyRetention, retentionRules } from '../../domain/settings';
import { fromDraft, toDraft, withPreset } from './rules-draft';

describe('rules form draft', () => {
  it('round-trips the rules, with empty text for absent rules', () => {
    const draft = toDraft(policyRetention);
    expect(draft.rejectedMonths).toBe('');
    expect(retentionRules.parse(fromDraft(draft))).toEqual({
      ...policyRetention,
      preset: 'custom',
    });
  });

  it('takes a preset\u2019s periods and keeps the archive and warning choices', () => {
    const mine = toDraft({ ...policyRetention, warnDays: 30, archiveMonths: 24 });
    const draft = withPreset(mine, 'germany');
    expect(retentionRules.parse(fromDraft(draft))).toEqual({
      ...applyPreset({ ...policyRetention, warnDays: 30, archiveMonths: 24 }, 'germany'),
      preset: 'custom',
    });
  });

  it('an empty required period is invalid, not zero', () => {
    const draft = { ...toDraft(policyRetention), hiredMonths: '' };
    expect(retentionRules.safeParse(fromDraft(draft)).success).toBe(false);
  });
});
