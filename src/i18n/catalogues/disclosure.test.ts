import { describe, expect, it } from 'vitest';
import { dataCategories } from '../../domain/common';
import { disclosureRefusalCodes } from '../../domain/disclosure-guard';
import { languages, messagesOf } from '../messages';

describe('disclosure catalogue', () => {
  it.each(languages)('%s says, for every refusal code, what is refused and what to do', (lang) => {
    for (const code of disclosureRefusalCodes) {
      expect(messagesOf(lang)).toHaveProperty(`reason.${code}`);
      expect(messagesOf(lang)).toHaveProperty(`reason.${code}.todo`);
    }
  });

  it.each(languages)('%s names every data category', (lang) => {
    for (const c of dataCategories)
      expect(messagesOf(lang)).toHaveProperty(`disclosure.category.${c}`);
  });
});
