import { fold } from '../domain/fold';
import { candidateRow, type Candidate } from '../domain/candidate';
import { applicationRow, type Application, type PipelineStatus } from '../domain/application';
import { missionRow, type Mission } from '../domain/mission';
import { organisationRow, type Organisation } from '../domain/organisation';
import { contactRow, type Contact } from '../domain/contact';
import { refereeRow, type Referee } from '../domain/referee';
import { consentRow, type Consent } from '../domain/consent';
import { personKeys } from '../domain/person-keys';
import { candidateListKeys } from '../domain/list-keys';

/**
 * Builders of valid rows for tests: each gives a complete record that passes its schema, with
 * overrides. They parse what they build, so a builder can never hand a test an invalid row.
 */
const stamp = '2026-01-05T10:00:00.000Z';
let seq = 0;
const nextId = (prefix: string) => `${prefix}-${++seq}`;

export function buildCandidate(over: Partial<Candidate> = {}): Candidate {
  const identity = over.identity ?? {
    firstName: 'Hélène',
    lastName: 'Müller',
    language: 'fr' as const,
  };
  const contact = over.contact ?? {
    emails: ['helene.muller@example.fr'],
    phones: ['+33 6 12 34 56 78'],
    addresses: [],
  };
  const row = candidateRow.parse({
    id: nextId('cand'),
    createdAt: stamp,
    updatedAt: stamp,
    identity,
    contact,
    source: 'email',
    collectedOn: '2026-01-05',
    noticeDueOn: null,
    deleteOn: null,
    ...personKeys({ ...identity, emails: contact.emails, phones: contact.phones }),
    ...over,
  });
  return over.listKeys
    ? row
    : { ...row, listKeys: candidateListKeys({ ...row, applications: [] }) };
}

export function buildOrganisation(over: Partial<Organisation> = {}): Organisation {
  const name = over.name ?? 'Stahlwerk Saar GmbH';
  return organisationRow.parse({
    id: nextId('org'),
    kind: 'client',
    name,
    country: 'DE',
    language: 'de',
    createdAt: stamp,
    updatedAt: stamp,
    sortName: fold(name),
    ...over,
  });
}

export function buildMission(over: Partial<Mission> = {}): Mission {
  const position = over.position ?? 'Directeur financier';
  return missionRow.parse({
    id: nextId('mission'),
    clientId: 'org-client',
    position,
    contractRef: 'C-2026-01',
    contractSignedOn: '2026-01-02',
    openedOn: '2026-01-02',
    createdAt: stamp,
    updatedAt: stamp,
    sortTitle: fold(position),
    ...over,
  });
}

export function buildApplication(
  over: Partial<Application> & { statuses?: [PipelineStatus, string][] } = {},
): Application {
  const { statuses, ...rest } = over;
  const receivedOn = rest.receivedOn ?? '2026-01-05';
  const events = (statuses ?? [['received', receivedOn]]).map(([status, on]) => ({
    status,
    on,
    at: `${on}T09:00:00.000Z`,
    by: 'user-test',
  }));
  return applicationRow.parse({
    id: nextId('app'),
    candidateId: 'cand-x',
    missionId: null,
    receivedOn,
    status: events[events.length - 1]!.status,
    events,
    createdAt: stamp,
    updatedAt: stamp,
    ...rest,
  });
}

export function buildContact(over: Partial<Contact> = {}): Contact {
  return contactRow.parse({
    id: nextId('contact'),
    organisationId: 'org-client',
    firstName: 'Klaus',
    lastName: 'Weiß',
    emails: ['k.weiss@stahlwerk.example.de'],
    lastContactOn: '2026-01-05',
    createdAt: stamp,
    updatedAt: stamp,
    deleteOn: null,
    ...personKeys({
      firstName: 'Klaus',
      lastName: 'Weiß',
      emails: ['k.weiss@stahlwerk.example.de'],
    }),
    ...over,
  });
}

export function buildReferee(over: Partial<Referee> = {}): Referee {
  return refereeRow.parse({
    id: nextId('referee'),
    candidateId: 'cand-x',
    firstName: 'Jean',
    lastName: 'Dupont',
    email: 'j.dupont@example.fr',
    createdAt: stamp,
    updatedAt: stamp,
    deleteOn: null,
    ...personKeys({ firstName: 'Jean', lastName: 'Dupont', emails: ['j.dupont@example.fr'] }),
    ...over,
  });
}

export function buildConsent(over: Partial<Consent> = {}): Consent {
  return consentRow.parse({
    id: nextId('consent'),
    candidateId: 'cand-x',
    missionId: 'mission-x',
    recipientId: 'org-client',
    form: 'verbal',
    givenOn: '2026-01-10',
    script: 'Script FR-2026: may we send your profile to the client named?',
    categories: ['identity', 'experience'],
    recordedBy: 'user-test',
    recordedAt: stamp,
    ...over,
  });
}
