import type { PresetName } from '../../domain/retention-presets';
import { presets } from '../../domain/retention-presets';
import type { RetentionRules } from '../../domain/settings';

/** The rules form as typed: numbers as text (validated by the domain schema on preview). */
export const numberFields = [
  'generalApplicationMonths',
  'positionApplicationMonths',
  'submittedMonths',
  'hiredMonths',
  'renewedConsentMonths',
  'rejectedMonths',
  'poolLastContactMonths',
  'contactMonths',
  'archiveMonths',
  'warnDays',
] as const;
export type NumberField = (typeof numberFields)[number];
export const nullableFields: ReadonlySet<NumberField> = new Set([
  'rejectedMonths',
  'poolLastContactMonths',
]);

export type Draft = Record<NumberField, string> & {
  blockAfterRejection: boolean;
  archiveSubmittedOrHired: boolean;
};

export function toDraft(rules: RetentionRules): Draft {
  const draft = {
    blockAfterRejection: rules.blockAfterRejection,
    archiveSubmittedOrHired: rules.archiveSubmittedOrHired,
  } as Draft;
  for (const f of numberFields) draft[f] = rules[f] === null ? '' : String(rules[f]);
  return draft;
}

/** What the services validate: '' is null where the rule may be absent, else not a number. */
export function fromDraft(draft: Draft): Record<string, unknown> {
  const out: Record<string, unknown> = {
    preset: 'custom',
    blockAfterRejection: draft.blockAfterRejection,
    archiveSubmittedOrHired: draft.archiveSubmittedOrHired,
  };
  for (const f of numberFields) {
    const text = draft[f].trim();
    out[f] = text === '' ? (nullableFields.has(f) ? null : Number.NaN) : Number(text);
  }
  return out;
}

/** A preset's periods in the form, keeping the firm's archive and warning choices. */
export function withPreset(draft: Draft, name: PresetName): Draft {
  const p = presets[name];
  return {
    ...draft,
    ...toDraft({
      ...p,
      archiveMonths: 1,
      archiveSubmittedOrHired: draft.archiveSubmittedOrHired,
      warnDays: 1,
    }),
    archiveMonths: draft.archiveMonths,
    warnDays: draft.warnDays,
  };
}

export const sameDraft = (a: Draft, b: Draft): boolean => JSON.stringify(a) === JSON.stringify(b);
