import { fold, foldWords, phoneDigits } from './fold';

export type NameAndContacts = {
  firstName: string;
  lastName: string;
  emails?: readonly string[];
  phones?: readonly string[];
};

/** The derived, indexed fields of a person: sort key and prefix-search tokens. */
export function personKeys(p: NameAndContacts): { sortName: string; searchTokens: string[] } {
  const tokens = new Set<string>([
    ...foldWords(p.lastName),
    ...foldWords(p.firstName),
    fold(`${p.lastName} ${p.firstName}`),
    fold(`${p.firstName} ${p.lastName}`),
  ]);
  for (const e of p.emails ?? []) tokens.add(fold(e));
  for (const ph of p.phones ?? []) {
    const digits = phoneDigits(ph);
    if (digits) tokens.add(digits);
    // a French number typed as 06… is also found by its international form 336…
    if (digits.startsWith('0') && !digits.startsWith('00')) tokens.add(`33${digits.slice(1)}`);
    if (digits.startsWith('00')) tokens.add(digits.slice(2));
    // …and an international +33 / +49 number by its national form 06…, 0681…
    const international = ph.trim().startsWith('+')
      ? digits
      : digits.startsWith('00')
        ? digits.slice(2)
        : '';
    if (/^(33|49)/.test(international)) tokens.add(`0${international.slice(2)}`);
  }
  tokens.delete('');
  return { sortName: fold(`${p.lastName} ${p.firstName}`), searchTokens: [...tokens] };
}

/** A referee's keys: their one email and one phone, when given. */
export const refereeKeys = (r: {
  firstName: string;
  lastName: string;
  email: string | null;
  phone: string | null;
}) =>
  personKeys({
    firstName: r.firstName,
    lastName: r.lastName,
    emails: r.email === null ? [] : [r.email],
    phones: r.phone === null ? [] : [r.phone],
  });

/** What a typed search becomes before an index prefix query. */
export function searchPrefix(query: string): string {
  const folded = fold(query);
  const digits = phoneDigits(query);
  if (!/^[\d\s+().\-/]+$/.test(query.trim()) || digits.length === 0) return folded;
  // 0033… is typed for +33…: the index holds the number without the 00
  return digits.startsWith('00') ? digits.slice(2) : digits;
}
