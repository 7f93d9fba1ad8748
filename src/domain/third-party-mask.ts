import { fold } from './fold';

/**
 * Art. 15(4): the copy given to a person must not adversely affect the rights of others. The
 * rule Vivier applies to every free text of an access export (interview notes, statements,
 * descriptions, summaries, event notes, consent evidence notes, request notes):
 *
 * 1. Every e-mail address that is not one of the person's own is masked.
 * 2. Every phone number (starting with + or 0, 9 to 15 digits) that is not one of the person's
 *    own is masked. Dates and years do not look like that.
 * 3. The names of the other people known to Vivier (other candidates, referees, client
 *    contacts) are masked wherever they appear: the full name in either order, and the last
 *    name alone. Matching ignores case and accents and respects word boundaries. A first name
 *    alone is not masked (too common to tell apart from the person's own or a colleague's), and
 *    a word of the person's own name is never masked (relatives may share a last name).
 *
 * Names of people Vivier does not know cannot be recognised: recruiters are reminded not to
 * write them in notes, and the printable index.html is reviewed before it is sent.
 * Structured contact details of others (a referee's email and phone) are never exported at all.
 */

/** What replaces a masked name or contact detail: language-neutral, explained in index.html. */
export const maskMark = '[•••]';

export type KnownPerson = {
  firstName: string;
  lastName: string;
  emails?: readonly string[];
  phones?: readonly string[];
};

type Word = { start: number; end: number; key: string };

const wordPattern = /[\p{L}\p{N}]+/gu;

function words(text: string): Word[] {
  return [...text.matchAll(wordPattern)].map((m) => ({
    start: m.index,
    end: m.index + m[0].length,
    key: fold(m[0]),
  }));
}

const nameKeys = (name: string): string[] => [...fold(name).matchAll(wordPattern)].map((m) => m[0]);

const digitsOf = (s: string) => s.replace(/\D/g, '');

/** The name sequences to look for, longest first so that a full name wins over its last name. */
function namePatterns(others: readonly KnownPerson[], own: ReadonlySet<string>): string[][] {
  const seen = new Set<string>();
  const out: string[][] = [];
  const add = (keys: string[]) => {
    if (keys.length === 0 || keys.every((k) => own.has(k) || k.length < 2)) return;
    const id = keys.join(' ');
    if (!seen.has(id)) {
      seen.add(id);
      out.push(keys);
    }
  };
  for (const p of others) {
    const first = nameKeys(p.firstName);
    const last = nameKeys(p.lastName);
    add([...first, ...last]);
    add([...last, ...first]);
    add(last);
  }
  return out.sort((a, b) => b.length - a.length);
}

export type Masker = (text: string) => string;

/**
 * Builds the masking function for one export: `subject` is the person asking, `others` every
 * other person whose name may appear.
 */
export function thirdPartyMasker(subject: KnownPerson, others: readonly KnownPerson[]): Masker {
  const own = new Set([...nameKeys(subject.firstName), ...nameKeys(subject.lastName)]);
  const ownEmails = new Set((subject.emails ?? []).map((e) => fold(e)));
  const ownPhones = new Set((subject.phones ?? []).map(digitsOf));
  const patterns = namePatterns(others, own);

  const maskContacts = (text: string) =>
    text
      .replace(/[\p{L}\p{N}._%+-]+@[\p{L}\p{N}.-]+\.[\p{L}]{2,}/gu, (e) =>
        ownEmails.has(fold(e)) ? e : maskMark,
      )
      .replace(/(?:\+\d|\b0\d)[\d\s().\-/]{5,}\d/g, (p) => {
        const d = digitsOf(p);
        return d.length < 9 || d.length > 15 || ownPhones.has(d) ? p : maskMark;
      });

  return (text: string) => {
    const masked = maskContacts(text);
    const ws = words(masked);
    const spans: [number, number][] = [];
    for (let i = 0; i < ws.length;) {
      const hit = patterns.find((p) => p.every((k, j) => ws[i + j]?.key === k));
      if (hit) {
        spans.push([ws[i]!.start, ws[i + hit.length - 1]!.end]);
        i += hit.length;
      } else i += 1;
    }
    let out = masked;
    for (const [start, end] of spans.reverse())
      out = out.slice(0, start) + maskMark + out.slice(end);
    return out;
  };
}

/** The folded words of some texts: what to look up in the people indexes. */
export function lookupWords(texts: readonly string[]): string[] {
  const set = new Set<string>();
  for (const t of texts) for (const w of words(t)) if (w.key.length >= 2) set.add(w.key);
  return [...set];
}
