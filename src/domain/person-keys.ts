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
  }
  tokens.delete('');
  return { sortName: fold(`${p.lastName} ${p.firstName}`), searchTokens: [...tokens] };
}

/** What a typed search becomes before an index prefix query. */
export function searchPrefix(query: string): string {
  const folded = fold(query);
  const digits = phoneDigits(query);
  return /^[\d\s+().\-/]+$/.test(query.trim()) && digits.length > 0 ? digits : folded;
}
