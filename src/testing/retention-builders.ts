import { attachmentRow, type Attachment } from '../domain/attachment';
import { disclosureRow, type Disclosure, type NotificationTask } from '../domain/disclosure';
import { holdRow, type Hold } from '../domain/hold';
import { setMeta } from '../db/meta';
import { testSalt } from './db';
import type { VivierDb } from '../db/database';

/** Builders for the retention tests: rows the Records and Consent areas will write for real. */
let seq = 0;
const nextId = (prefix: string) => `${prefix}-r${++seq}`;
const stamp = '2026-01-05T10:00:00.000Z';

export { testSalt };

/** testDb() lays the salt down already; this states it where a test depends on it. */
export async function withSalt(db: VivierDb): Promise<void> {
  await setMeta(db, 'installSalt', testSalt);
}

export function buildAttachment(over: Partial<Attachment> & { bytes?: string } = {}): Attachment {
  const { bytes = 'file bytes', ...rest } = over;
  const blob = new Blob([bytes], { type: 'application/pdf' });
  return attachmentRow.parse({
    id: nextId('att'),
    ownerType: 'candidate',
    ownerId: 'cand-x',
    kind: 'cv',
    name: 'cv.pdf',
    type: 'application/pdf',
    size: blob.size,
    sha256: 'c'.repeat(64),
    addedAt: stamp,
    blob,
    ...rest,
  });
}

export function buildDisclosure(over: Partial<Disclosure> = {}): Disclosure {
  return disclosureRow.parse({
    id: nextId('disc'),
    candidateId: 'cand-x',
    pseudonym: 'd'.repeat(64),
    missionId: 'mission-x',
    recipientId: 'org-client',
    consentId: null,
    categories: ['identity', 'experience'],
    files: [],
    by: 'user-test',
    at: '2026-02-01T10:00:00.000Z',
    ...over,
  });
}

export function buildHold(over: Partial<Hold> = {}): Hold {
  return holdRow.parse({
    id: nextId('hold'),
    personType: 'candidate',
    personId: 'cand-x',
    reason: 'legal-claim',
    startsOn: '2026-01-01',
    endsOn: null,
    createdAt: stamp,
    ...over,
  });
}

export function buildTask(over: Partial<NotificationTask> = {}): NotificationTask {
  return {
    id: nextId('task'),
    disclosureId: 'disc-x',
    recipientId: 'org-client',
    candidateId: 'cand-x',
    change: 'rectification',
    fields: ['contact'],
    createdAt: stamp,
    state: 'open',
    notifiedOn: null,
    notifiedHow: '',
    ...over,
  };
}
