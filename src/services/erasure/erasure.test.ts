import { describe, expect, it } from 'vitest';
import {
  buildApplication,
  buildCandidate,
  buildConsent,
  buildContact,
  buildMission,
  buildOrganisation,
  buildReferee,
} from '../../testing/builders';
import { testContext } from '../../testing/db';
import {
  buildAttachment,
  buildDisclosure,
  buildHold,
  buildTask,
  withSalt,
} from '../../testing/retention-builders';
import { scanDatabase } from '../../testing/scan';
import { checkAuditLog } from '../audit';
import { archiveCandidate, erasePerson } from './erasure';
import { findTombstones, isTombstoned } from './tombstones';
import { belongingTables, belongsOf, ownersOfRow, personTables } from './footprint';
import { eraseInTransaction, erasureTables, prepareErasure } from './steps';

const note = 'Entretien du 3 mars : souhaite rejoindre Lyon, préavis de trois mois.';
const cvBytes = '%PDF-1.7 CV-BYTES-7f3a9 Hélène Müller Directrice financière';
const evidenceBytes = 'EVIDENCE-BYTES-91bd consent email';
const refereeStatement = 'Très fiable, a mené la restructuration de 2019.';

/** A candidate with everything a record can hold, and another who must stay untouched. */
async function world() {
  const ctx = testContext();
  await withSalt(ctx.db);
  const client = buildOrganisation({ name: 'Stahlwerk Saar GmbH' });
  const partner = buildOrganisation({ name: 'Partner Conseil', kind: 'partner' });
  const mission = buildMission({ clientId: client.id, position: 'Directeur financier' });
  const candidate = buildCandidate({
    identity: { firstName: 'Hélène', lastName: 'Müller', language: 'fr' },
    contact: {
      emails: ['helene.muller@example.fr', 'h.mueller@privat.example.de'],
      phones: ['+33 6 12 34 56 78'],
      addresses: ['12 rue des Lilas, 69003 Lyon'],
    },
    interviewNotes: [{ id: 'n1', on: '2026-03-03', author: 'Camille', text: note }],
    psychometrics: [
      {
        id: 'p1',
        test: 'OPQ32',
        takenOn: '2026-03-04',
        administeredBy: 'Camille',
        summary: 'Profil analytique marqué, score 87.',
        informedOfMethodOn: '2026-03-01',
        attachmentId: null,
      },
    ],
    collectedOn: '2026-01-05',
  });
  const other = buildCandidate({
    identity: { firstName: 'Jürgen', lastName: 'Schmidt', language: 'de' },
    contact: { emails: ['j.schmidt@example.de'], phones: ['+49 30 1234567'], addresses: [] },
  });
  const referee = buildReferee({
    candidateId: candidate.id,
    firstName: 'Bertrand',
    lastName: 'Lacombe',
    email: 'b.lacombe@ref.example.fr',
    phone: '+33 1 44 55 66 77',
    statement: refereeStatement,
  });
  const consent = buildConsent({
    candidateId: candidate.id,
    missionId: mission.id,
    recipientId: client.id,
    evidenceNote: 'Accord donné par Hélène au téléphone',
  });
  const app = buildApplication({
    candidateId: candidate.id,
    missionId: mission.id,
    statuses: [
      ['received', '2026-01-05'],
      ['submitted', '2026-02-01'],
    ],
  });
  const disclosures = [
    buildDisclosure({
      candidateId: candidate.id,
      missionId: mission.id,
      recipientId: client.id,
      consentId: consent.id,
      files: [{ name: 'CV Hélène Müller.pdf', sha256: 'e'.repeat(64), size: 10 }],
      at: '2026-02-01T10:00:00.000Z',
    }),
    buildDisclosure({
      candidateId: candidate.id,
      missionId: mission.id,
      recipientId: client.id,
      categories: ['references'],
      at: '2026-02-03T10:00:00.000Z',
    }),
    buildDisclosure({ candidateId: candidate.id, missionId: mission.id, recipientId: partner.id }),
    buildDisclosure({ candidateId: other.id, missionId: mission.id, recipientId: client.id }),
  ];
  const attachments = [
    buildAttachment({
      ownerType: 'candidate',
      ownerId: candidate.id,
      bytes: cvBytes,
      name: 'CV Müller.pdf',
    }),
    buildAttachment({
      ownerType: 'consent',
      ownerId: consent.id,
      bytes: evidenceBytes,
      kind: 'evidence',
    }),
    buildAttachment({ ownerType: 'referee', ownerId: referee.id, bytes: 'REFEREE-LETTER-5521' }),
    buildAttachment({ ownerType: 'candidate', ownerId: other.id, bytes: 'OTHER-CV-BYTES' }),
  ];
  const db = ctx.db;
  await db.organisations.bulkAdd([client, partner]);
  await db.missions.add(mission);
  await db.candidates.bulkAdd([candidate, other]);
  await db.referees.add(referee);
  await db.consents.add(consent);
  await db.applications.bulkAdd([
    app,
    buildApplication({ candidateId: candidate.id }),
    buildApplication({ candidateId: other.id }),
  ]);
  await db.disclosures.bulkAdd(disclosures);
  await db.attachments.bulkAdd(attachments);
  await db.notificationTasks.add(
    buildTask({ candidateId: candidate.id, disclosureId: disclosures[0]!.id }),
  );
  await db.holds.add(buildHold({ personId: candidate.id, endsOn: '2026-02-01' }));
  const needles = [
    'Hélène',
    'Helene',
    'Müller',
    'muller',
    'helene.muller@example.fr',
    'h.mueller@privat.example.de',
    '+33 6 12 34 56 78',
    '33612345678',
    '12 rue des Lilas',
    note,
    'Profil analytique marqué',
    cvBytes,
    'CV-BYTES-7f3a9',
    evidenceBytes,
    'Bertrand',
    'Lacombe',
    'b.lacombe@ref.example.fr',
    '+33 1 44 55 66 77',
    '33144556677',
    refereeStatement,
    'REFEREE-LETTER-5521',
  ];
  return {
    ctx,
    client,
    partner,
    mission,
    candidate,
    other,
    referee,
    consent,
    needles,
    disclosures,
  };
}

describe('erasePerson', () => {
  it('leaves none of the person\u2019s values in any table or Blob, only salted hashes', async () => {
    const w = await world();
    expect((await scanDatabase(w.ctx.db, w.needles)).length).toBeGreaterThan(0);

    const result = await erasePerson(w.ctx, {
      personType: 'candidate',
      id: w.candidate.id,
      reason: 'retention',
      rule: 'P7',
    });
    expect(result.ok).toBe(true);

    expect(await scanDatabase(w.ctx.db, w.needles)).toEqual([]);
    // The id itself survives only in the audit log (ids, never personal data, by design).
    const idFindings = await scanDatabase(w.ctx.db, [w.candidate.id, w.referee.id]);
    expect(new Set(idFindings.map((f) => f.table))).toEqual(new Set(['auditLog']));
  });

  it('leaves no row of any table tied to the person or their referees, as the footprint says', async () => {
    const w = await world();
    await erasePerson(w.ctx, { personType: 'candidate', id: w.candidate.id, reason: 'request' });
    const gone = new Set(
      [w.candidate.id, w.referee.id, w.consent.id].flatMap((id) =>
        ['candidate', 'referee', 'contact', 'consent'].map((o) => `${o}:${id}`),
      ),
    );
    for (const table of belongingTables) {
      const rows = (await w.ctx.db.table(table).toArray()) as Record<string, unknown>[];
      const tied = rows.filter((r) => ownersOfRow(belongsOf(table)!, r).some((o) => gone.has(o)));
      expect({ table, tied: tied.length }).toEqual({ table, tied: 0 });
    }
    for (const [kind, table] of Object.entries(personTables))
      expect(
        await w.ctx.db.table(table).get(kind === 'referee' ? w.referee.id : w.candidate.id),
      ).toBe(undefined);
  });

  it('keeps the other candidate whole', async () => {
    const w = await world();
    await erasePerson(w.ctx, { personType: 'candidate', id: w.candidate.id, reason: 'request' });
    expect(await w.ctx.db.candidates.get(w.other.id)).toEqual(w.other);
    expect(await w.ctx.db.applications.where('candidateId').equals(w.other.id).count()).toBe(1);
    expect(await w.ctx.db.attachments.where('ownerId').equals(w.other.id).count()).toBe(1);
    expect(await w.ctx.db.disclosures.where('candidateId').equals(w.other.id).count()).toBe(1);
    expect(
      await scanDatabase(w.ctx.db, ['Jürgen', 'j.schmidt@example.de', 'OTHER-CV-BYTES']),
    ).not.toEqual([]);
  });

  it('keeps disclosures as pseudonymous evidence and lists every recipient to notify (Art. 19)', async () => {
    const w = await world();
    const result = await erasePerson(w.ctx, {
      personType: 'candidate',
      id: w.candidate.id,
      reason: 'request',
      requestId: 'req-1',
    });
    if (!result.ok) throw new Error('expected ok');
    expect(new Set(result.value.notifyRecipientIds)).toEqual(new Set([w.client.id, w.partner.id]));

    const kept = await w.ctx.db.disclosures.bulkGet(w.disclosures.slice(0, 3).map((d) => d.id));
    for (const d of kept) {
      expect(d?.candidateId).toBeNull();
      expect(d?.pseudonym).toMatch(/^[0-9a-f]{64}$/);
    }
    expect(kept[0]?.files).toEqual([{ name: 'document-1.pdf', sha256: 'e'.repeat(64), size: 10 }]);

    const tasks = await w.ctx.db.notificationTasks.where('state').equals('open').toArray();
    const erasureTasks = tasks.filter((t) => t.change === 'erasure');
    expect(erasureTasks).toHaveLength(2);
    const toClient = erasureTasks.find((t) => t.recipientId === w.client.id);
    // the latest disclosure to that recipient, with every category it received
    expect(toClient).toMatchObject({
      disclosureId: w.disclosures[1]!.id,
      candidateId: null,
      fields: ['experience', 'identity', 'references'],
    });
    // the earlier rectification task no longer names the person
    expect(tasks.filter((t) => t.change === 'rectification')[0]?.candidateId).toBeNull();
  });

  it('writes tombstones that recognise the person and their referee, and an intact audit trail', async () => {
    const w = await world();
    const result = await erasePerson(w.ctx, {
      personType: 'candidate',
      id: w.candidate.id,
      reason: 'request',
      requestId: 'req-1',
    });
    if (!result.ok) throw new Error('expected ok');
    expect(result.value.tombstoneIds).toHaveLength(2);
    const [own] = await findTombstones(w.ctx.db, { emails: ['HELENE.MULLER@example.fr'] });
    expect(own).toMatchObject({ personType: 'candidate', reason: 'request', requestId: 'req-1' });
    expect(await isTombstoned(w.ctx.db, { phones: ['06 12 34 56 78'] })).toBe(true);
    expect(await isTombstoned(w.ctx.db, { ids: [w.candidate.id] })).toBe(true);
    expect(await isTombstoned(w.ctx.db, { emails: ['b.lacombe@ref.example.fr'] })).toBe(true);
    expect(await isTombstoned(w.ctx.db, { emails: ['j.schmidt@example.de'] })).toBe(false);

    expect(await checkAuditLog(w.ctx.db)).toMatchObject({ intact: true });
    const actions = (await w.ctx.db.auditLog.toArray()).map((e) => e.action);
    expect(actions).toContain('candidate.erase');
    expect(actions).toContain('tombstone.create');
    expect(actions.filter((a) => a === 'notification-task.create')).toHaveLength(2);
  });

  it('says when there is no such person, and validates its input', async () => {
    const w = await world();
    expect(
      await erasePerson(w.ctx, { personType: 'candidate', id: 'nobody', reason: 'user' }),
    ).toEqual({ ok: false, error: { reason: 'not-found', kind: 'person' } });
    const bad = await erasePerson(w.ctx, {
      personType: 'client' as never,
      id: w.candidate.id,
      reason: 'user',
    });
    expect(bad.ok).toBe(false);
    expect(await w.ctx.db.candidates.get(w.candidate.id)).toBeDefined();
  });

  it('refuses, inside the transaction, a person whose identifiers changed after hashing', async () => {
    const w = await world();
    const prepared = await prepareErasure(w.ctx.db, 'candidate', w.candidate.id);
    await w.ctx.db.candidates.update(w.candidate.id, {
      contact: { ...w.candidate.contact, emails: ['new@example.fr'] },
    });
    const r = await w.ctx.db.transaction('rw', erasureTables(w.ctx.db), async () =>
      eraseInTransaction(w.ctx, prepared!, { reason: 'user' }),
    );
    expect(r.status).toBe('changed');
    expect(await w.ctx.db.candidates.get(w.candidate.id)).toBeDefined();
    // the service itself hashes again and erases, new email included
    expect(
      (await erasePerson(w.ctx, { personType: 'candidate', id: w.candidate.id, reason: 'user' }))
        .ok,
    ).toBe(true);
    expect(await isTombstoned(w.ctx.db, { emails: ['new@example.fr'] })).toBe(true);
  });

  it('erases a referee alone and tells the recipients who received references', async () => {
    const w = await world();
    const r = await erasePerson(w.ctx, {
      personType: 'referee',
      id: w.referee.id,
      reason: 'request',
    });
    if (!r.ok) throw new Error('expected ok');
    expect(r.value.notifyRecipientIds).toEqual([w.client.id]);
    expect(
      await scanDatabase(w.ctx.db, ['Lacombe', 'REFEREE-LETTER-5521', refereeStatement]),
    ).toEqual([]);
    expect(await w.ctx.db.candidates.get(w.candidate.id)).toBeDefined();
  });

  it('erases a client contact', async () => {
    const ctx = testContext();
    await withSalt(ctx.db);
    const contact = buildContact();
    await ctx.db.contacts.add(contact);
    await ctx.db.attachments.add(
      buildAttachment({ ownerType: 'contact', ownerId: contact.id, bytes: 'CARD-BYTES' }),
    );
    expect(
      (await erasePerson(ctx, { personType: 'contact', id: contact.id, reason: 'retention' })).ok,
    ).toBe(true);
    expect(
      await scanDatabase(ctx.db, ['Weiß', 'k.weiss@stahlwerk.example.de', 'CARD-BYTES']),
    ).toEqual([]);
    expect(await isTombstoned(ctx.db, { emails: ['k.weiss@stahlwerk.example.de'] })).toBe(true);
  });
});

describe('archiveCandidate (P8)', () => {
  it('keeps only name, mission, client and dates with its own deletion date, and erases the rest', async () => {
    const w = await world();
    await w.ctx.db.candidates.update(w.candidate.id, { deleteOn: '2029-02-01' });
    const r = await archiveCandidate(w.ctx, w.candidate.id);
    if (!r.ok) throw new Error('expected ok');
    expect(r.value.archive).toEqual({
      id: w.candidate.id,
      name: 'Hélène Müller',
      placements: [
        {
          missionId: w.mission.id,
          client: 'Stahlwerk Saar GmbH',
          position: 'Directeur financier',
          submittedOn: '2026-02-01',
          hiredOn: null,
        },
      ],
      archivedAt: w.ctx.now.toISOString(),
      deleteOn: '2034-02-01',
    });
    expect(await w.ctx.db.candidates.get(w.candidate.id)).toBeUndefined();
    const findings = await scanDatabase(w.ctx.db, w.needles);
    expect(new Set(findings.map((f) => f.table))).toEqual(new Set(['archive']));
    expect(new Set(findings.map((f) => f.needle))).toEqual(new Set(['Hélène', 'Müller']));
    const [tomb] = await findTombstones(w.ctx.db, { ids: [w.candidate.id] });
    expect(tomb).toMatchObject({ rule: 'P8', reason: 'retention' });
  });

  it('refuses a candidate never submitted nor hired, or unknown', async () => {
    const ctx = testContext();
    await withSalt(ctx.db);
    const c = buildCandidate();
    await ctx.db.candidates.add(c);
    await ctx.db.applications.add(buildApplication({ candidateId: c.id }));
    expect(await archiveCandidate(ctx, c.id)).toEqual({
      ok: false,
      error: { reason: 'not-archivable' },
    });
    expect(await ctx.db.candidates.get(c.id)).toBeDefined();
    expect(await archiveCandidate(ctx, 'nobody')).toEqual({
      ok: false,
      error: { reason: 'not-found', kind: 'person' },
    });
  });

  it('an erasure request later removes the archive entry too', async () => {
    const w = await world();
    await archiveCandidate(w.ctx, w.candidate.id);
    expect(await w.ctx.db.archive.get(w.candidate.id)).toBeDefined();
    const r = await erasePerson(w.ctx, {
      personType: 'candidate',
      id: w.candidate.id,
      reason: 'request',
    });
    expect(r.ok).toBe(true);
    expect(await w.ctx.db.archive.get(w.candidate.id)).toBeUndefined();
    expect(await scanDatabase(w.ctx.db, w.needles)).toEqual([]);
    expect((await w.ctx.db.auditLog.toArray()).map((e) => e.action)).toContain('archive.erase');
  });
});
