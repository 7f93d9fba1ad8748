import { describe, expect, it } from 'vitest';
import { candidateInput } from './candidate';
import { fieldIssues } from './common';
import { consentInput } from './consent';
import { missionInput } from './mission';
import { organisationInput, isInEea } from './organisation';
import { userInput } from './user';
import { contactInput } from './contact';
import { rightsRequestInput } from './rights-request';

const goodCandidate = {
  identity: { firstName: 'Hélène', lastName: 'Müller', language: 'de' },
  contact: { emails: ['helene@example.fr'], phones: ['+33 6 12 34 56 78'], addresses: [] },
  profileLinks: [{ kind: 'linkedin', url: 'https://www.linkedin.com/in/helene-muller' }],
  experience: [{ title: 'CFO', organisation: 'Saarstahl', from: '2019-01-01', to: '2024-06-30' }],
  psychometrics: [
    {
      id: 't1',
      test: 'OPQ32',
      takenOn: '2026-02-10',
      administeredBy: 'Claire Fontaine',
      informedOfMethodOn: '2026-02-01',
    },
  ],
  source: 'social-media',
  collectedOn: '2026-01-15',
};

const issuesOf = (
  schema: { safeParse: (v: unknown) => { success: boolean; error?: unknown } },
  value: unknown,
) => {
  const r = schema.safeParse(value);
  return r.success ? [] : fieldIssues(r.error as never);
};

describe('candidate schema', () => {
  it('accepts a complete candidate and fills defaults', () => {
    const parsed = candidateInput.parse(goodCandidate);
    expect(parsed.notice).toBeNull();
    expect(parsed.interviewNotes).toEqual([]);
  });

  it.each([
    [
      'missing last name',
      { identity: { firstName: 'A', lastName: '  ' } },
      'identity.lastName',
      'required',
    ],
    ['bad email', { contact: { emails: ['not-an-email'] } }, 'contact.emails.0', 'invalid-email'],
    ['bad phone', { contact: { phones: ['call me'] } }, 'contact.phones.0', 'invalid-phone'],
    [
      'javascript: profile link',
      { profileLinks: [{ kind: 'other', url: 'javascript:alert(1)' }] },
      'profileLinks.0.url',
      'invalid-url',
    ],
    ['unknown source', { source: 'gossip' }, 'source', 'invalid-choice'],
    ['impossible date', { collectedOn: '2026-02-30' }, 'collectedOn', 'invalid-date'],
    [
      'position ending before it starts',
      { experience: [{ title: 'CFO', organisation: 'X', from: '2024-01-01', to: '2023-01-01' }] },
      'experience.0.to',
      'date-order',
    ],
    [
      'test before the candidate was told of the method (L1221-8)',
      {
        psychometrics: [
          {
            id: 't',
            test: 'OPQ',
            takenOn: '2026-01-01',
            administeredBy: 'X',
            informedOfMethodOn: '2026-01-02',
          },
        ],
      },
      'psychometrics.0.informedOfMethodOn',
      'informed-before-test',
    ],
  ])('refuses %s with a field-level code', (_name, patch, path, code) => {
    expect(issuesOf(candidateInput, { ...goodCandidate, ...patch })).toContainEqual({ path, code });
  });
});

describe('other schemas', () => {
  it('a verbal consent needs its script (Art. 7(1))', () => {
    const consent = {
      candidateId: 'c',
      missionId: 'm',
      recipientId: 'r',
      form: 'verbal',
      givenOn: '2026-01-10',
      categories: ['identity'],
    };
    expect(issuesOf(consentInput, consent)).toContainEqual({
      path: 'script',
      code: 'script-required',
    });
    expect(issuesOf(consentInput, { ...consent, script: 'Read aloud: …' })).toEqual([]);
    expect(issuesOf(consentInput, { ...consent, form: 'written', categories: [] })).toContainEqual({
      path: 'categories',
      code: 'categories-required',
    });
  });

  it('a mission cannot close before it opens', () => {
    expect(
      issuesOf(missionInput, {
        clientId: 'c',
        position: 'CFO',
        openedOn: '2026-02-01',
        closedOn: '2026-01-01',
      }),
    ).toContainEqual({ path: 'closedOn', code: 'date-order' });
  });

  it('organisations: country codes and the EEA', () => {
    expect(
      issuesOf(organisationInput, { kind: 'recipient', name: 'Call Center', country: 'Morocco' }),
    ).toContainEqual({
      path: 'country',
      code: 'invalid-country',
    });
    expect(isInEea('DE')).toBe(true);
    expect(isInEea('NO')).toBe(true);
    expect(isInEea('CH')).toBe(false);
    expect(isInEea('GB')).toBe(false);
  });

  it('users need a name and one of the four roles', () => {
    expect(issuesOf(userInput, { name: '', role: 'boss' })).toEqual([
      { path: 'name', code: 'required' },
      { path: 'role', code: 'invalid-choice' },
    ]);
  });

  it('contacts and requests validate their fields', () => {
    expect(
      issuesOf(contactInput, {
        organisationId: 'o',
        firstName: 'K',
        lastName: 'W',
        emails: ['x'],
        lastContactOn: '2026-01-01',
      }),
    ).toContainEqual({
      path: 'emails.0',
      code: 'invalid-email',
    });
    expect(
      issuesOf(rightsRequestInput, { type: 'erasure', receivedOn: '2026-13-01', channel: 'email' }),
    ).toContainEqual({
      path: 'receivedOn',
      code: 'invalid-date',
    });
  });
});
