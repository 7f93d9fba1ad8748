import { Dexie } from 'dexie';
import type { VivierDb } from '../db/database';
import { setMeta } from '../db/meta';
import { archiveRow } from '../domain/archive';
import { attachmentRow, type Attachment } from '../domain/attachment';
import { disclosureRow, notificationTaskRow } from '../domain/disclosure';
import { holdRow } from '../domain/hold';
import { rightsRequestRow } from '../domain/rights-request';
import { defaultSettings } from '../domain/settings';
import { tombstoneRow } from '../domain/tombstone';
import { userRow } from '../domain/user';
import { sha256OfBlob } from '../lib/sha256-stream';
import { appendAudit } from '../services/audit';
import type { ServiceContext } from '../services/core';
import { refreshDeleteOn, retentionTables } from '../services/retention';
import { refreshCandidateFacets } from '../services/search';
import {
  buildApplication,
  buildCandidate,
  buildConsent,
  buildContact,
  buildMission,
  buildOrganisation,
  buildReferee,
} from './builders';

export const fixtureSalt = 'a1'.repeat(32);
const stamp = '2026-01-05T10:00:00.000Z';

/** Bytes that do not compress and differ by seed. */
export function noise(size: number, seed = 1): Uint8Array {
  const out = new Uint8Array(size);
  let x = seed * 2654435761;
  for (let i = 0; i < size; i++) {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    out[i] = x & 0xff;
  }
  return out;
}

export async function attachment(
  over: Partial<Attachment> & Pick<Attachment, 'id' | 'ownerType' | 'ownerId'>,
  bytes: Uint8Array,
): Promise<Attachment> {
  const blob = new Blob([bytes as BlobPart], { type: over.type ?? 'application/pdf' });
  return attachmentRow.parse({
    kind: 'cv',
    name: `${over.id}.pdf`,
    type: 'application/pdf',
    size: bytes.length,
    sha256: await sha256OfBlob(blob),
    addedAt: stamp,
    blob,
    ...over,
  });
}

/** A database with a row in every table (and attachments), nobody due for deletion. */
export async function fillEveryTable(ctx: ServiceContext) {
  const { db } = ctx;
  const client = buildOrganisation({ id: 'org-client' });
  const partner = buildOrganisation({ id: 'org-partner', kind: 'partner', name: 'Partner SAS' });
  const mission = buildMission({ id: 'mission-x', clientId: client.id });
  const helene = buildCandidate({ id: 'cand-helene' });
  const marc = buildCandidate({
    id: 'cand-marc',
    identity: { firstName: 'Marc', lastName: 'Lefèvre', language: 'fr' },
    contact: { emails: ['marc@example.fr'], phones: [], addresses: [] },
    deleteOn: '2028-01-05',
  });
  const referee = buildReferee({ id: 'referee-1', candidateId: helene.id });
  const contact = buildContact({ id: 'contact-1', organisationId: client.id });
  const application = buildApplication({
    id: 'app-1',
    candidateId: helene.id,
    missionId: mission.id,
  });
  const consent = buildConsent({
    id: 'consent-1',
    candidateId: helene.id,
    missionId: mission.id,
    recipientId: client.id,
  });
  const cv = await attachment(
    { id: 'att-cv', ownerType: 'candidate', ownerId: helene.id },
    noise(150_000, 3),
  );
  const evidence = await attachment(
    { id: 'att.evidence', ownerType: 'consent', ownerId: consent.id, kind: 'evidence' },
    noise(2_000, 4),
  );
  const empty = await attachment(
    { id: 'att-empty', ownerType: 'candidate', ownerId: marc.id, kind: 'other' },
    new Uint8Array(0),
  );

  await db.transaction('rw', db.tables, async () => {
    await setMeta(db, 'installSalt', fixtureSalt);
    await setMeta(db, 'currentUserId', 'user-test');
    await db.users.add(
      userRow.parse({ id: 'user-test', name: 'Claire Martin', role: 'partner', createdAt: stamp }),
    );
    await db.settings.add({
      ...defaultSettings,
      backup: { ...defaultSettings.backup, recipients: ['age1' + 'q'.repeat(58)] },
    });
    await db.organisations.bulkAdd([client, partner]);
    await db.missions.add(mission);
    await db.candidates.bulkAdd([helene, marc]);
    await db.referees.add(referee);
    await db.contacts.add(contact);
    await db.applications.add(application);
    await db.consents.add(consent);
    await db.disclosures.add(
      disclosureRow.parse({
        id: 'disc-1',
        candidateId: helene.id,
        pseudonym: 'b2'.repeat(32),
        missionId: mission.id,
        recipientId: client.id,
        consentId: consent.id,
        categories: ['identity'],
        files: [{ name: 'att-cv.pdf', sha256: cv.sha256, size: cv.size }],
        by: 'user-test',
        at: stamp,
      }),
    );
    await db.notificationTasks.add(
      notificationTaskRow.parse({
        id: 'task-1',
        disclosureId: 'disc-1',
        recipientId: client.id,
        candidateId: helene.id,
        change: 'rectification',
        createdAt: stamp,
        state: 'open',
      }),
    );
    await db.rightsRequests.add(
      rightsRequestRow.parse({
        id: 'req-1',
        type: 'access',
        subjectType: 'candidate',
        subjectId: helene.id,
        receivedOn: '2026-03-01',
        channel: 'email',
        dueOn: '2026-04-01',
        status: 'received',
        createdAt: stamp,
        updatedAt: stamp,
      }),
    );
    await db.holds.add(
      holdRow.parse({
        id: 'hold-1',
        personType: 'candidate',
        personId: marc.id,
        reason: 'legal-claim',
        startsOn: '2026-01-01',
        endsOn: null,
        createdAt: stamp,
      }),
    );
    await db.tombstones.add(
      tombstoneRow.parse({
        id: 'tomb-old',
        personType: 'candidate',
        erasedAt: '2025-12-01T10:00:00.000Z',
        reason: 'request',
        identifierHashes: ['c3'.repeat(32)],
      }),
    );
    await db.archive.add(
      archiveRow.parse({
        id: 'arch-1',
        name: 'Paul Durand',
        placements: [
          {
            missionId: 'mission-old',
            client: 'Stahlwerk Saar GmbH',
            position: 'CFO',
            submittedOn: '2024-01-01',
            hiredOn: null,
          },
        ],
        archivedAt: stamp,
        deleteOn: '2030-01-01',
      }),
    );
    await db.attachments.bulkAdd([cv, evidence, empty]);
    await appendAudit(ctx, [
      { action: 'candidate.create', entity: 'candidate', id: helene.id },
      { action: 'candidate.create', entity: 'candidate', id: marc.id },
      { action: 'consent.create', entity: 'consent', id: consent.id, fields: ['form'] },
    ]);
  });
  // The derived fields as the services keep them: a restore recomputes them, and must agree.
  await db.transaction('rw', retentionTables(db), async () => {
    for (const id of [helene.id, marc.id]) {
      await refreshDeleteOn(ctx, 'candidate', id);
      await refreshCandidateFacets(ctx, id);
    }
    await refreshDeleteOn(ctx, 'contact', contact.id);
  });
  return { helene, marc, referee, contact, consent, cv, evidence, empty };
}

/** Every table of a database, blobs as their bytes: equal dumps are byte-for-byte equal data. */
export async function dumpDb(db: VivierDb): Promise<Record<string, unknown[]>> {
  const out: Record<string, unknown[]> = {};
  for (const table of db.tables) {
    const rows = await table.toArray();
    out[table.name] = await Promise.all(
      rows.map(async (row: Record<string, unknown>) => {
        const copy: Record<string, unknown> = { ...row };
        for (const [k, v] of Object.entries(copy)) {
          if (v instanceof Blob) {
            copy[k] = {
              type: v.type,
              bytes: Buffer.from(await v.arrayBuffer()).toString('base64'),
            };
          }
        }
        return copy;
      }),
    );
  }
  return out;
}

/** The names of the databases that exist (fake-indexeddb implements databases()). */
export async function databaseNames(): Promise<string[]> {
  return (await Dexie.getDatabaseNames()).sort();
}

/** A sink that keeps what it is given, and says whether it was closed or aborted. */
export function memorySink(
  options: { failAt?: number; onWrite?: (n: number) => Promise<void> } = {},
) {
  const parts: Uint8Array[] = [];
  const state = { closed: false, aborted: false, writes: 0 };
  return {
    state,
    sink: {
      async write(chunk: Uint8Array) {
        state.writes += 1;
        if (state.writes === options.failAt) throw new Error('disk full');
        await options.onWrite?.(state.writes);
        parts.push(chunk.slice());
      },
      async close() {
        state.closed = true;
      },
      async abort() {
        state.aborted = true;
      },
    },
    blob: () => new Blob(parts as BlobPart[]),
  };
}
