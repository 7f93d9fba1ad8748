import type { FieldIssue } from './common';
import { isInEea, type OrganisationInput } from './organisation';

/** A recipient's role says why it receives data (P5); other organisations have none. */
export function organisationIssues(o: OrganisationInput): FieldIssue[] {
  return o.kind === 'recipient' && o.role === null ? [{ path: 'role', code: 'required' }] : [];
}

/** Drops what does not apply to the kind, so a client never carries a recipient's role. */
export function normaliseOrganisation(o: OrganisationInput): OrganisationInput {
  return o.kind === 'recipient' ? o : { ...o, role: null };
}

export type TransferStatus = 'inside-eea' | 'covered' | 'not-covered';

/**
 * P5: data may go outside the EU/EEA only under a recorded safeguard (Art. 46). The record is
 * flagged here; the disclosure guard refuses a 'not-covered' recipient.
 */
export function transferStatus(o: {
  country: string;
  transferSafeguard: string | null;
}): TransferStatus {
  if (isInEea(o.country)) return 'inside-eea';
  return o.transferSafeguard !== null && o.transferSafeguard.trim() !== ''
    ? 'covered'
    : 'not-covered';
}
