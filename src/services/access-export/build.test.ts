import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { accessExportSchema } from '../../domain/access-export';
import type { Attachment } from '../../domain/attachment';
import type { Disclosure } from '../../domain/disclosure';
import { maskMark } from '../../domain/third-party-mask';
import { sha256Hex } from '../../lib/sha256';
import {
  buildApplication,
  buildCandidate,
  buildConsent,
  buildContact,
  buildMission,
  buildOrganisation,
  buildReferee,
} from '../../testing/builders';
import { testContext, testDb } from '../../testing/db';
import { personKeys } from '../../domain/person-keys';
import type { ServiceContext } from '../core';
import { registerRequest } from '../rights';
import { buildAccessExport, type Manifest } from './build';

const now = new Date('2026-03-12T09:30:00.000Z');

async function attachment(
  ownerType: Attachment['ownerType'],
  ownerId: string,
  name: string,
  content: string,
): Promise<Attachment> {
  const bytes = new TextEncoder().encode(content);
  return {
    id: crypto.randomUUID(),
    ownerType,
    ownerId,
    kind: ownerType === 'consent' ? 'evidence' : 'cv',
    name,
    type: 'application/pdf',
    size: bytes.byteLength,
    sha256: await sha256Hex(bytes),
    addedAt: '2026-01-05T10:00:00.000Z',
    blob: new Blob([bytes], { type: 'application/pdf' }),
  };
}

const disclosure = (
  candidateId: string,
  missionId: string,
  recipientId: string,
  at: string,
): Disclosure => ({
  id: crypto.randomUUID(),
  candidateId,
  pseudonym: 'b'.repeat(64),
  missionId,
  recipientId,
  consentId: null,
  categories: ['identity', 'experience'],
  files: [{ name: 'dossier.pdf', sha256: 'c'.repeat(64), size: 10 }],
  by: 'user-test',
  at,
});

/** Hélène Müller, the person asking; Pierre Martin, another candidate who must not leak. */
async function world() {
  const ctx = testContext(testDb(), now);
  const { db } = ctx;
  const client = buildOrganisation({ id: 'org-stahl', name: 'Stahlwerk Saar GmbH' });
  const otherClient = buildOrganisation({
    id: 'org-other',
    name: 'Autre Client SA',
    country: 'FR',
  });
  const telesec = buildOrganisation({
    id: 'org-telesec',
    kind: 'recipient',
    role: 'telesecretary',
    name: 'TéléSec SARL',
    country: 'FR',
  });
  const research = buildOrganisation({
    id: 'org-research',
    kind: 'recipient',
    role: 'other',
    name: 'Remote Research Inc',
    country: 'US',
    transferSafeguard: 'Standard contractual clauses 2021/914',
  });
  const contact = buildContact({ organisationId: client.id });
  const mission = buildMission({ clientId: client.id, position: 'Directrice financière' });
  const otherMission = buildMission({ clientId: otherClient.id, position: 'Head of Sales' });
  const other = buildCandidate({
    identity: { firstName: 'Pierre', lastName: 'Martin', language: 'fr' },
    contact: {
      emails: ['pierre.martin@example.com'],
      phones: ['+33 7 00 11 22 33'],
      addresses: [],
    },
    ...personKeys({
      firstName: 'Pierre',
      lastName: 'Martin',
      emails: ['pierre.martin@example.com'],
    }),
    interviewNotes: [
      { id: 'n-other', on: '2026-01-20', author: 'R. Lang', text: 'SECRET-OF-PIERRE' },
    ],
  });
  const subject = buildCandidate({
    identity: { firstName: 'Hélène', lastName: 'Müller', language: 'fr' },
    qualifications: [{ title: 'MBA', institution: 'HEC Paris', year: 2012 }],
    languages: [{ language: 'Deutsch', level: 'C2' }],
    experience: [
      {
        title: 'CFO',
        organisation: 'Acme',
        from: '2015-01-01',
        to: null,
        description: 'Reported to Pierre Martin.',
      },
    ],
    profileLinks: [{ kind: 'linkedin', url: 'https://www.linkedin.com/in/helene-muller' }],
    interviewNotes: [
      {
        id: 'n1',
        on: '2026-02-01',
        author: 'R. Lang',
        text: 'Met with Klaus Weiß; she knows Martin well. Referee Jean Dupont (j.dupont@example.fr, 06 98 76 54 32) confirmed. <script>alert(1)</script>',
      },
    ],
    notes: 'Mobile vers Francfort; recommandée par Martin.\nRelancer en mai.',
    deleteOn: '2029-03-12',
    source: 'social-media',
  });
  const referee = buildReferee({
    candidateId: subject.id,
    phone: '06 98 76 54 32',
    statement: 'Hélène led the finance team with Pierre Martin.',
  });
  const otherReferee = buildReferee({
    candidateId: other.id,
    firstName: 'Zoé',
    lastName: 'Zimmer',
    email: 'zoe.zimmer@example.de',
    ...personKeys({ firstName: 'Zoé', lastName: 'Zimmer' }),
  });
  const application = buildApplication({
    candidateId: subject.id,
    missionId: mission.id,
    statuses: [
      ['received', '2026-01-10'],
      ['submitted', '2026-03-02'],
    ],
  });
  const otherApplication = buildApplication({ candidateId: other.id, missionId: otherMission.id });
  const consent = buildConsent({
    candidateId: subject.id,
    missionId: mission.id,
    recipientId: client.id,
  });
  const otherConsent = buildConsent({
    candidateId: other.id,
    missionId: otherMission.id,
    recipientId: otherClient.id,
  });
  await db.organisations.bulkAdd([client, otherClient, telesec, research]);
  await db.contacts.add(contact);
  await db.missions.bulkAdd([mission, otherMission]);
  await db.candidates.bulkAdd([subject, other]);
  await db.referees.bulkAdd([referee, otherReferee]);
  await db.applications.bulkAdd([application, otherApplication]);
  await db.consents.bulkAdd([consent, otherConsent]);
  const subjectDisclosure = disclosure(
    subject.id,
    mission.id,
    client.id,
    '2026-03-02T14:00:00.000Z',
  );
  const otherDisclosure = disclosure(
    other.id,
    otherMission.id,
    otherClient.id,
    '2026-02-02T14:00:00.000Z',
  );
  await db.disclosures.bulkAdd([subjectDisclosure, otherDisclosure]);
  const cv = await attachment(
    'candidate',
    subject.id,
    'CV Hélène/../../evil.pdf',
    'CV-BYTES-OF-HELENE',
  );
  const evidence = await attachment('consent', consent.id, 'consent-email.eml', 'EVIDENCE-BYTES');
  const otherCv = await attachment('candidate', other.id, 'cv-pierre.pdf', 'CV-BYTES-OF-PIERRE');
  const refereeFile = await attachment(
    'referee',
    referee.id,
    'reference-letter.pdf',
    'REFEREE-LETTER',
  );
  await db.attachments.bulkAdd([cv, evidence, otherCv, refereeFile]);
  const request = await registerRequest(ctx, {
    type: 'access',
    subjectType: 'candidate',
    subjectId: subject.id,
    receivedOn: '2026-03-10',
    channel: 'email',
  });
  if (!request.ok) throw new Error('setup');
  return {
    ctx,
    subject,
    other,
    referee,
    otherReferee,
    contact,
    application,
    otherApplication,
    consent,
    otherConsent,
    subjectDisclosure,
    otherDisclosure,
    cv,
    evidence,
    otherCv,
    refereeFile,
    request: request.value,
  };
}

async function exportOf(
  ctx: ServiceContext,
  personType: 'candidate' | 'referee' | 'contact',
  personId: string,
  language?: 'fr' | 'en' | 'de',
) {
  const result = await buildAccessExport(ctx, {
    personType,
    personId,
    ...(language ? { language } : {}),
  });
  if (!result.ok) throw new Error(result.error.reason);
  const zip = await JSZip.loadAsync(result.value.bytes);
  const files = new Map<string, Uint8Array>();
  for (const f of Object.values(zip.files))
    if (!f.dir) files.set(f.name, await f.async('uint8array'));
  const text = (path: string) => new TextDecoder().decode(files.get(path));
  return {
    result: result.value,
    files,
    text,
    all: [...files.values()].map((b) => new TextDecoder().decode(b)).join('\n'),
  };
}

describe('access export (Art. 15, Art. 20)', () => {
  it('holds every record of the person', async () => {
    const w = await world();
    const { text, files } = await exportOf(w.ctx, 'candidate', w.subject.id);
    const data = JSON.parse(text('data.json'));
    expect(data.subject).toEqual({ type: 'candidate', id: w.subject.id });
    expect(data.candidate.identity).toEqual({
      firstName: 'Hélène',
      lastName: 'Müller',
      language: 'fr',
    });
    expect(data.candidate.contact.emails).toEqual(['helene.muller@example.fr']);
    expect(data.candidate.qualifications[0].title).toBe('MBA');
    expect(data.candidate.profileLinks[0].url).toContain('helene-muller');
    expect(data.applications.map((a: { id: string }) => a.id)).toEqual([w.application.id]);
    expect(data.applications[0].mission).toEqual({
      id: w.application.missionId,
      position: 'Directrice financière',
      client: 'Stahlwerk Saar GmbH',
    });
    expect(data.consents.map((c: { id: string }) => c.id)).toEqual([w.consent.id]);
    expect(data.disclosures.map((d: { id: string }) => d.id)).toEqual([w.subjectDisclosure.id]);
    expect(data.disclosures[0].recipient.name).toBe('Stahlwerk Saar GmbH');
    expect(data.references.map((r: { id: string }) => r.id)).toEqual([w.referee.id]);
    expect(data.rightsRequests.map((r: { id: string }) => r.id)).toEqual([w.request.id]);
    expect(data.holds).toEqual([
      { reason: 'rights-request', startsOn: '2026-03-10', endsOn: null, liftedOn: null },
    ]);
    expect(data.retention.deleteOn).toBe('2029-03-12');
    expect(data.processors.map((p: { name: string }) => p.name).sort()).toEqual([
      'Remote Research Inc',
      'TéléSec SARL',
    ]);
    expect(data.facts.source).toBe('social-media');
    expect(data.facts.automatedDecisionMaking).toBe(false);
    // the original attachments, byte for byte, under safe names
    const paths = data.attachments.map((a: { path: string }) => a.path);
    expect(paths).toHaveLength(2);
    for (const p of paths) expect(p).toMatch(/^attachments\/[^/]+$/);
    const cvPath = data.attachments.find((a: { id: string }) => a.id === w.cv.id).path;
    expect(new TextDecoder().decode(files.get(cvPath))).toBe('CV-BYTES-OF-HELENE');
    expect(
      files.has(data.attachments.find((a: { id: string }) => a.id === w.evidence.id).path),
    ).toBe(true);
    // the CV part as JSON Resume, and CSV files for a spreadsheet
    const resume = JSON.parse(text('resume.json'));
    expect(resume.basics.name).toBe('Hélène Müller');
    expect(resume.work[0]).toMatchObject({
      name: 'Acme',
      position: 'CFO',
      startDate: '2015-01-01',
    });
    expect(resume.languages).toEqual([{ language: 'Deutsch', fluency: 'C2' }]);
    // UTF-8 with a byte-order mark and ';' for French Excel (TextDecoder drops the mark)
    expect([...files.get('csv/applications.csv')!.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(text('csv/applications.csv').startsWith('id;mission.id;')).toBe(true);
    expect(text('csv/person.csv')).toContain('Müller');
    expect(text('csv/disclosures.csv')).toContain('Stahlwerk Saar GmbH');
  });

  it('holds no record of another person', async () => {
    const w = await world();
    const { all, files } = await exportOf(w.ctx, 'candidate', w.subject.id);
    const foreign = [
      w.other.id,
      'Pierre',
      'Martin',
      'pierre.martin@example.com',
      'SECRET-OF-PIERRE',
      w.otherApplication.id,
      w.otherConsent.id,
      w.otherDisclosure.id,
      w.otherCv.id,
      'CV-BYTES-OF-PIERRE',
      w.otherReferee.id,
      'Zimmer',
      'Autre Client SA',
      'Head of Sales',
      'Klaus',
      'Weiß',
      w.contact.id,
      w.refereeFile.id,
      'REFEREE-LETTER',
    ];
    for (const value of foreign) expect(all, value).not.toContain(value);
    expect([...files.keys()].some((p) => p.includes('pierre'))).toBe(false);
  });

  it("masks the referee's contact details and other people's names (Art. 15(4))", async () => {
    const w = await world();
    const { text, all } = await exportOf(w.ctx, 'candidate', w.subject.id);
    expect(all).not.toContain('j.dupont@example.fr');
    expect(all).not.toContain('06 98 76 54 32');
    const data = JSON.parse(text('data.json'));
    expect(Object.keys(data.references[0])).not.toContain('email');
    expect(Object.keys(data.references[0])).not.toContain('phone');
    expect(data.references[0]).toMatchObject({ firstName: 'Jean', lastName: 'Dupont' });
    expect(data.references[0].statement).toBe(`Hélène led the finance team with ${maskMark}.`);
    expect(data.candidate.interviewNotes[0].text).toBe(
      `Met with ${maskMark}; she knows ${maskMark} well. Referee Jean Dupont (${maskMark}, ${maskMark}) confirmed. <script>alert(1)</script>`,
    );
    expect(data.candidate.experience[0].description).toBe(`Reported to ${maskMark}.`);
    // the general notes are the candidate's data too, masked the same way
    expect(data.candidate.notes).toBe(
      `Mobile vers Francfort; recommandée par ${maskMark}.\nRelancer en mai.`,
    );
    expect(text('index.html')).toContain(
      `Mobile vers Francfort; recommandée par ${maskMark}.<br>Relancer en mai.`,
    );
  });

  it('lists every file in the manifest with its SHA-256', async () => {
    const w = await world();
    const { files, text, result } = await exportOf(w.ctx, 'candidate', w.subject.id);
    const manifest = JSON.parse(text('manifest.json')) as Manifest;
    expect(manifest).toEqual(result.manifest);
    const listed = manifest.files.map((f) => f.path);
    expect(listed).toEqual([...files.keys()].filter((p) => p !== 'manifest.json').sort());
    expect(listed).toEqual(
      expect.arrayContaining([
        'index.html',
        'data.json',
        'schema.json',
        'resume.json',
        'csv/person.csv',
      ]),
    );
    for (const f of manifest.files) {
      const bytes = files.get(f.path)!;
      expect(f.size).toBe(bytes.byteLength);
      expect(f.sha256, f.path).toBe(await sha256Hex(bytes));
    }
  });

  it('writes a data.json that validates against its schema, and the schema as JSON Schema', async () => {
    const w = await world();
    const { text } = await exportOf(w.ctx, 'candidate', w.subject.id);
    const data = JSON.parse(text('data.json'));
    expect(accessExportSchema.safeParse(data).success).toBe(true);
    // the schema is strict: a referee's email slipped into the references would be refused
    expect(
      accessExportSchema.safeParse({
        ...data,
        references: [{ ...data.references[0], email: 'x@y.z' }],
      }).success,
    ).toBe(false);
    const schema = JSON.parse(text('schema.json'));
    expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(schema.title).toBe('Vivier access export');
    expect(Object.keys(schema.properties)).toContain('disclosures');
  });

  it('writes a self-contained, escaped index.html in the person’s language with the Art. 15 facts', async () => {
    const w = await world();
    const { text } = await exportOf(w.ctx, 'candidate', w.subject.id);
    const html = text('index.html');
    expect(html).toContain('<html lang="fr">');
    expect(html).toContain('Vos données personnelles');
    expect(html).toContain('Stahlwerk Saar GmbH'); // the actual recipient
    expect(html).toContain('2 mars 2026'); // when it was disclosed
    expect(html).toContain('12 mars 2029'); // the computed deletion date
    expect(html).toContain('36 mois après une candidature à un poste précis');
    expect(html).toContain('3 Place de Fontenoy, 75007 Paris');
    expect(html).toContain('www.cnil.fr');
    expect(html).toContain('aucune décision automatisée');
    expect(html).toContain('Votre profil public sur un réseau professionnel');
    expect(html).toContain('Standard contractual clauses 2021/914');
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).not.toMatch(/<script|src=|https?:\/\/(?!www\.linkedin\.com)/i);
  });

  it('speaks English or German when asked', async () => {
    const w = await world();
    const en = (await exportOf(w.ctx, 'candidate', w.subject.id, 'en')).text('index.html');
    expect(en).toContain('Your personal data');
    expect(en).toContain('12 March 2029');
    const de = await exportOf(w.ctx, 'candidate', w.subject.id, 'de');
    expect(de.text('index.html')).toContain('Ihre personenbezogenen Daten');
    expect(de.text('index.html')).toContain('12. März 2029');
    expect(de.result.fileName).toBe('personenbezogene-daten-2026-03-12.zip');
  });

  it("exports a referee's own record, without naming the candidate", async () => {
    const w = await world();
    const { text, all } = await exportOf(w.ctx, 'referee', w.referee.id);
    const data = JSON.parse(text('data.json'));
    expect(data.referee).toMatchObject({
      id: w.referee.id,
      email: 'j.dupont@example.fr',
      phone: '06 98 76 54 32',
    });
    expect(data.referee.statement).toBe(`Hélène led the finance team with ${maskMark}.`);
    expect(all).not.toContain('Müller');
    expect(all).not.toContain(w.subject.id);
    expect(data.attachments.map((a: { id: string }) => a.id)).toEqual([w.refereeFile.id]);
    expect(accessExportSchema.safeParse(data).success).toBe(true);
    expect(data.facts.source).toBe('provided-by-candidate');
  });

  it("exports a client contact's record, with marketing gone after an objection", async () => {
    const w = await world();
    await w.ctx.db.contacts.update(w.contact.id, { marketingOptOut: true });
    const { text } = await exportOf(w.ctx, 'contact', w.contact.id);
    const data = JSON.parse(text('data.json'));
    expect(data.contact).toMatchObject({ id: w.contact.id, marketingOptOut: true });
    expect(data.employer).toMatchObject({ name: 'Stahlwerk Saar GmbH' });
    expect(data.facts.purposes).not.toContain('marketing-news');
    expect(data.language).toBe('de'); // the organisation's language
    expect(accessExportSchema.safeParse(data).success).toBe(true);
  });

  it('audits the export without personal data, and refuses an unknown person', async () => {
    const w = await world();
    await exportOf(w.ctx, 'candidate', w.subject.id);
    const audit = await w.ctx.db.auditLog.toArray();
    expect(audit.at(-1)).toMatchObject({ action: 'candidate.access-export', id: w.subject.id });
    expect(JSON.stringify(audit)).not.toContain('Müller');
    expect(await buildAccessExport(w.ctx, { personType: 'candidate', personId: 'nobody' })).toEqual(
      {
        ok: false,
        error: { reason: 'not-found', kind: 'person' },
      },
    );
  });
});
