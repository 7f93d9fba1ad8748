import { describe, expect, it } from 'vitest';
import { applyPreset, detectPreset, presetNames, presets } from './retention-presets';
import { policyRetention, retentionRules } from './settings';

describe('presets (SPEC §1: policy by default, German and CNIL one click away)', () => {
  it('every preset gives valid rules', () => {
    for (const name of presetNames)
      expect(retentionRules.safeParse(applyPreset(policyRetention, name)).success).toBe(true);
  });

  it('the policy preset is the policy of January 2020 (P7)', () => {
    expect(presets.policy).toMatchObject({
      generalApplicationMonths: 3,
      positionApplicationMonths: 36,
      submittedMonths: 36,
      hiredMonths: 36,
      rejectedMonths: null,
    });
  });

  it('CNIL: the pool is kept 2 years from the last contact', () => {
    expect(presets.cnil).toMatchObject({ poolLastContactMonths: 24, generalApplicationMonths: 24 });
  });

  it('German: 6 months after rejection, blocked meanwhile', () => {
    expect(presets.germany).toMatchObject({ rejectedMonths: 6, blockAfterRejection: true });
  });

  it('applying a preset keeps the firm\u2019s archive and warning settings', () => {
    const mine = {
      ...policyRetention,
      warnDays: 30,
      archiveMonths: 24,
      archiveSubmittedOrHired: false,
    };
    expect(applyPreset(mine, 'cnil')).toMatchObject({
      preset: 'cnil',
      warnDays: 30,
      archiveMonths: 24,
      archiveSubmittedOrHired: false,
    });
  });

  it('recognises a preset and calls anything else custom', () => {
    for (const name of presetNames)
      expect(detectPreset(applyPreset(policyRetention, name))).toBe(name);
    expect(detectPreset({ ...policyRetention, generalApplicationMonths: 4 })).toBe('custom');
  });
});
