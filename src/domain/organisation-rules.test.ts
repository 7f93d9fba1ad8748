import { describe, expect, it } from 'vitest';
import { organisationInput } from './organisation';
import { normaliseOrganisation, organisationIssues, transferStatus } from './organisation-rules';

describe('organisation rules', () => {
  it('requires a role for a recipient only, and drops it elsewhere', () => {
    const recipient = organisationInput.parse({ kind: 'recipient', name: 'Télésecrétariat SARL' });
    expect(organisationIssues(recipient)).toEqual([{ path: 'role', code: 'required' }]);
    expect(organisationIssues({ ...recipient, role: 'telesecretary' })).toEqual([]);
    const client = organisationInput.parse({ kind: 'client', name: 'Stahlwerk', role: 'admin' });
    expect(organisationIssues(client)).toEqual([]);
    expect(normaliseOrganisation(client).role).toBeNull();
  });

  it.each([
    ['FR', null, 'inside-eea'],
    ['NO', null, 'inside-eea'],
    ['CH', null, 'not-covered'],
    ['GB', '  ', 'not-covered'],
    ['US', 'Standard contractual clauses 2021/914', 'covered'],
  ] as const)('%s with safeguard %o is %s', (country, transferSafeguard, status) => {
    expect(transferStatus({ country, transferSafeguard })).toBe(status);
  });
});
