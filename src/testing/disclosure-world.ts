import { sha256Hex } from '../lib/sha256';
import type { ServiceContext } from '../services/core';
import { registerUser } from '../services/records';
import { testContext, testNow } from './db';
import {
  buildApplication,
  buildCandidate,
  buildConsent,
  buildMission,
  buildOrganisation,
} from './builders';

/**
 * A small world where a submission to the client is allowed: a registered user (so the install
 * salt exists), a candidate who applied to a mission with a signed contract, the German client,
 * the candidate's verbal consent for identity, contact, qualifications and experience, and a CV.
 * Tests break one piece to see the guard refuse.
 */
export async function disclosureWorld(now: Date = testNow) {
  const base = testContext(undefined, now);
  const user = await registerUser(base.db, now, { name: 'Anne Martin', role: 'recruiter' });
  if (!user.ok) throw new Error('registerUser failed');
  const ctx: ServiceContext = { ...base, actor: user.value.id };
  const { db } = ctx;
  const candidate = buildCandidate({ id: 'cand-1', collectedOn: '2026-01-05' });
  const client = buildOrganisation({ id: 'org-client', kind: 'client', language: 'de' });
  const partner = buildOrganisation({
    id: 'org-partner',
    kind: 'partner',
    name: 'Partenaire Conseil',
    language: 'fr',
    country: 'FR',
  });
  const telesecretary = buildOrganisation({
    id: 'org-tele',
    kind: 'recipient',
    role: 'telesecretary',
    name: 'Télésecrétariat SARL',
    country: 'FR',
  });
  const mission = buildMission({
    id: 'mission-1',
    clientId: client.id,
    partnerId: partner.id,
    openedOn: '2026-01-02',
    contractSignedOn: '2026-01-02',
  });
  const application = buildApplication({
    id: 'app-1',
    candidateId: candidate.id,
    missionId: mission.id,
    receivedOn: '2026-01-05',
    statuses: [
      ['received', '2026-01-05'],
      ['interviewed', '2026-02-01'],
    ],
  });
  const consent = buildConsent({
    id: 'consent-1',
    candidateId: candidate.id,
    missionId: mission.id,
    recipientId: client.id,
    givenOn: '2026-03-01',
    categories: ['identity', 'contact', 'qualifications', 'experience'],
    recordedBy: user.value.id,
  });
  const cvBlob = new Blob(['%PDF-1.4 CV of Hélène Müller'], { type: 'application/pdf' });
  const cv = {
    id: 'att-cv',
    ownerType: 'candidate' as const,
    ownerId: candidate.id,
    kind: 'cv' as const,
    name: 'CV Müller.pdf',
    type: 'application/pdf',
    size: cvBlob.size,
    sha256: await sha256Hex(cvBlob),
    addedAt: '2026-01-05T10:00:00.000Z',
    blob: cvBlob,
  };
  await db.candidates.add(candidate);
  await db.organisations.bulkAdd([client, partner, telesecretary]);
  await db.missions.add(mission);
  await db.applications.add(application);
  await db.consents.add(consent);
  await db.attachments.add(cv);
  return {
    ctx,
    user: user.value,
    candidate,
    client,
    partner,
    telesecretary,
    mission,
    application,
    consent,
    cv,
  };
}
