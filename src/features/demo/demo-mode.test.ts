/** @vitest-environment happy-dom */
import { afterEach, describe, expect, it } from 'vitest';
import { Dexie } from 'dexie';
import { createDb } from '../../db/database';
import { demoDbName, isDemoDb } from '../../db/demo-db';
import { toIsoDate } from '../../domain/common';
import { listRequests } from '../../services/rights';
import { demoShape } from './demo-firm';
import { demoChosen, enterDemo, leaveDemo, openDemoIfChosen } from './demo-mode';

const now = new Date('2026-05-29T10:00:00.000Z');
const today = toIsoDate(now);
const inDays = (n: number) => toIsoDate(new Date(now.getTime() + n * 864e5));
const databases = async () => (await indexedDB.databases()).map((d) => d.name);

afterEach(async () => {
  localStorage.clear();
  await Dexie.delete(demoDbName);
});

describe('the demo firm', () => {
  it('is a database of its own with a few hundred invented people, due requests and people expiring this week', async () => {
    const before = await databases();
    await enterDemo(now);
    expect(demoChosen()).toBe(true);
    // nothing but the demo database was created
    expect((await databases()).filter((n) => !before.includes(n))).toEqual([demoDbName]);

    const db = (await openDemoIfChosen())!;
    expect(isDemoDb(db)).toBe(true);
    expect(await db.candidates.count()).toBe(demoShape.candidates);
    expect(await db.organisations.count()).toBeGreaterThan(0);
    expect(await db.contacts.count()).toBeGreaterThan(0);
    expect(await db.missions.count()).toBeGreaterThan(0);
    expect(await db.consents.count()).toBeGreaterThan(0);
    expect(await db.disclosures.count()).toBeGreaterThan(0);
    expect(await db.attachments.count()).toBeGreaterThan(0);
    expect(await db.users.count()).toBeGreaterThan(0);
    expect(await db.meta.get('currentUserId')).toBeTruthy();

    const candidates = await db.candidates.toArray();
    const expiring = candidates.filter((c) => c.deleteOn! > today && c.deleteOn! <= inDays(7));
    expect(expiring).toHaveLength(demoShape.expiring);
    expect(candidates.filter((c) => c.deleteOn! <= today)).toHaveLength(demoShape.due);

    const requests = await listRequests(db);
    expect(requests).toHaveLength(4);
    expect(requests.every((r) => r.status === 'received' && r.subjectId !== null)).toBe(true);
    expect(requests.filter((r) => r.dueOn < today)).toHaveLength(1);
    expect(requests.filter((r) => r.dueOn >= today && r.dueOn <= inDays(7)).length).toBe(2);
    // each request is in the audit chain, written with it
    expect((await db.auditLog.toArray()).filter((a) => a.entity === 'rights-request')).toHaveLength(
      4,
    );
    db.close();
  });

  it('leaving deletes the demo database, and the next start opens the real one', async () => {
    await enterDemo(now);
    const db = (await openDemoIfChosen())!;
    await db.candidates.count();
    await leaveDemo(db);
    expect(demoChosen()).toBe(false);
    expect(await databases()).not.toContain(demoDbName);
    expect(await openDemoIfChosen()).toBeNull();
  });

  it('a complete demo survives the loss of the browser’s flag (a crash before it reached the disk)', async () => {
    await enterDemo(now);
    localStorage.clear();
    const db = await openDemoIfChosen();
    expect(db !== null && isDemoDb(db)).toBe(true);
    expect(await db!.candidates.count()).toBe(demoShape.candidates);
    expect(demoChosen()).toBe(true);
    db!.close();
  });

  it('a demo cut short before it was complete is discarded at the next start', async () => {
    // the database exists (being written) but the demo was never marked chosen
    const half = createDb(demoDbName);
    await half.candidates.count();
    half.close();
    expect(await databases()).toContain(demoDbName);
    expect(await openDemoIfChosen()).toBeNull();
    expect(await databases()).not.toContain(demoDbName);
  });
});
