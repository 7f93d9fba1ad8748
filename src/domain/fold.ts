/**
 * Search key for accent- and case-insensitive prefix search: "Müller" and "muller" give the
 * same key, as do "Hélène" and "helene". German umlauts fold to the bare vowel (what a French
 * keyboard types), ß to ss, and ligatures to their letters.
 */
export function fold(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/ß/g, 'ss')
    .replace(/æ/g, 'ae')
    .replace(/œ/g, 'oe')
    .replace(/ø/g, 'o')
    .replace(/ł/g, 'l')
    .trim();
}

/** Words of a folded text, for a multi-entry index: "Jean-Luc de La Fontaine" → jean, luc, … */
export function foldWords(text: string): string[] {
  return fold(text)
    .split(/[^\p{L}\p{N}@.+]+/u)
    .filter((w) => w.length > 0);
}

/** Digits of a phone number, so "+33 6 12-34" and "0033612 34" are found by "336". */
export function phoneDigits(phone: string): string {
  return phone.replace(/\D/g, '');
}
