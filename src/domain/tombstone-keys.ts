import { fold, phoneDigits } from './fold';

/**
 * The identifiers a tombstone remembers, normalised so that the same person typed differently
 * still matches: emails folded ("Hélène.Muller@X.fr" = "helene.muller@x.fr"), phones as digits in
 * international form (06 12… and +33 6 12… give 33612…). Each key names its kind, so an email
 * never matches a phone. The service hashes them with the installation salt.
 */
export type PersonIdentifiers = {
  ids?: readonly string[];
  emails?: readonly (string | null)[];
  phones?: readonly (string | null)[];
};

export function canonicalPhone(phone: string): string {
  const digits = phoneDigits(phone);
  if (digits.startsWith('00')) return digits.slice(2);
  // A French national number (0 + 9 digits) in its international form.
  if (digits.startsWith('0') && digits.length === 10) return `33${digits.slice(1)}`;
  return digits;
}

export function identifierKeys(p: PersonIdentifiers): string[] {
  const keys = new Set<string>();
  for (const id of p.ids ?? []) if (id) keys.add(`id:${id}`);
  for (const e of p.emails ?? []) if (e && fold(e)) keys.add(`email:${fold(e)}`);
  for (const ph of p.phones ?? []) {
    const c = ph ? canonicalPhone(ph) : '';
    if (c.length >= 6) keys.add(`phone:${c}`);
  }
  return [...keys].sort();
}

/** A person's row, by kind, as far as their identifiers go. */
export type PersonRecord =
  | {
      type: 'candidate';
      row: { id: string; contact: { emails: readonly string[]; phones: readonly string[] } };
    }
  | { type: 'referee'; row: { id: string; email: string | null; phone: string | null } }
  | { type: 'contact'; row: { id: string; emails: readonly string[]; phones: readonly string[] } };

/**
 * The one mapping from a person to the identifier keys a tombstone remembers: the erasure writes
 * them, an import and a restore look them up.
 */
export function personIdentifierKeys(p: PersonRecord): string[] {
  const ids = [p.row.id];
  switch (p.type) {
    case 'candidate':
      return identifierKeys({ ids, emails: p.row.contact.emails, phones: p.row.contact.phones });
    case 'referee':
      return identifierKeys({ ids, emails: [p.row.email], phones: [p.row.phone] });
    case 'contact':
      return identifierKeys({ ids, emails: p.row.emails, phones: p.row.phones });
  }
}

/** A client archive entry is recognised by the id of the candidate it was made from. */
export const archiveEntryKeys = (id: string): string[] => identifierKeys({ ids: [id] });

/** The exact text hashed for one key. */
export const saltedKey = (salt: string, key: string): string => `${salt}:${key}`;
