import type { Candidate } from '../../domain/candidate';

/** Contact details as the form edits them: one email, phone or address per line. */
export type ContactText = { emails: string; phones: string; addresses: string };
export const asText = (c: Candidate['contact']): ContactText => ({
  emails: c.emails.join('\n'),
  phones: c.phones.join('\n'),
  addresses: c.addresses.join('\n'),
});
export const contactOf = (c: ContactText): Candidate['contact'] => ({
  emails: lines(c.emails),
  phones: lines(c.phones),
  addresses: lines(c.addresses),
});

const lines = (text: string) =>
  text
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l !== '');
