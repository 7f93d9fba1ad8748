import { describe, expect, it } from 'vitest';
import { lookupWords, maskMark, thirdPartyMasker } from './third-party-mask';

const subject = {
  firstName: 'Hélène',
  lastName: 'Müller',
  emails: ['helene.muller@example.fr'],
  phones: ['+33 6 12 34 56 78'],
};
const others = [
  {
    firstName: 'Jean',
    lastName: 'Dupont',
    emails: ['j.dupont@example.fr'],
    phones: ['06 98 76 54 32'],
  },
  { firstName: 'Klaus', lastName: 'Weiß' },
  { firstName: 'Anne', lastName: 'Müller' }, // a relative: shares the subject's last name
  { firstName: 'Jean-Luc', lastName: 'de La Fontaine' },
];
const mask = thirdPartyMasker(subject, others);
const M = maskMark;

describe('thirdPartyMasker (Art. 15(4))', () => {
  const cases: [string, string, string][] = [
    [
      'a full name',
      'Reference from Jean Dupont, very positive.',
      `Reference from ${M}, very positive.`,
    ],
    ['a name in the other order, any case and accents', 'DUPONT jean called', `${M} called`],
    ['a last name alone', 'Dupont confirmed the dates', `${M} confirmed the dates`],
    ['a German name typed without ß', 'Met Klaus Weiss at the client', `Met ${M} at the client`],
    ['a compound name', 'Jean-Luc de La Fontaine was her manager', `${M} was her manager`],
    [
      'another person with the subject’s last name, by full name',
      'Her sister Anne Müller',
      `Her sister ${M}`,
    ],
    [
      'nothing of the subject’s own name',
      'Hélène Müller said Müller is her name',
      'Hélène Müller said Müller is her name',
    ],
    ['a first name alone (not masked)', 'Jean said hello', 'Jean said hello'],
    ['a word that only contains a name', 'Dupontel and Dupont-like', `Dupontel and ${M}-like`],
    [
      'another person’s e-mail',
      'write to j.dupont@example.fr or boss@corp.de',
      `write to ${M} or ${M}`,
    ],
    [
      'the subject’s own e-mail (kept)',
      'her address helene.muller@example.fr',
      'her address helene.muller@example.fr',
    ],
    [
      'another person’s phone, in any format',
      'call 06 98 76 54 32 or +49 (30) 1234-5678',
      `call ${M} or ${M}`,
    ],
    ['the subject’s own phone (kept)', 'mobile +33 6 12 34 56 78', 'mobile +33 6 12 34 56 78'],
    [
      'dates and years (kept)',
      'from 2019-03-01 to 2023 (01/02/2026)',
      'from 2019-03-01 to 2023 (01/02/2026)',
    ],
  ];
  for (const [what, text, expected] of cases) {
    it(`masks ${what}`, () => expect(mask(text)).toBe(expected));
  }

  it('finds the words to look up in the people indexes', () => {
    expect(lookupWords(['Met Klaus Weiß', 'a Ö'])).toEqual(['met', 'klaus', 'weiss']);
  });
});
