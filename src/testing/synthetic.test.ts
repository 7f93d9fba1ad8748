import { deflateSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { applicationRow } from '../domain/application';
import { attachmentRow } from '../domain/attachment';
import { candidateRow } from '../domain/candidate';
import { consentRow } from '../domain/consent';
import { contactRow } from '../domain/contact';
import { disclosureRow } from '../domain/disclosure';
import { missionRow } from '../domain/mission';
import { organisationRow } from '../domain/organisation';
import { personKeys } from '../domain/person-keys';
import { refereeRow } from '../domain/referee';
import { userRow } from '../domain/user';
import { runSweep } from '../services/retention';
import { testDb } from './db';
import { addMonthsToDay, dayOfIso, isoOfDay } from './synthetic-dates';
import {
  attachmentBytes,
  attachmentChunks,
  createSynthetic,
  generateSynthetic,
  materialiseAttachment,
  type SyntheticData,
} from './synthetic';

const now = new Date('2026-03-12T09:30:00.000Z');
const today = '2026-03-12';
const data = generateSynthetic({ candidates: 1_000, now, seed: 7, attachmentBytes: 20e6 });

/** The row as its schema outputs it: equal means valid, trimmed and with every default filled. */
function expectStored<S extends z.ZodType>(schema: S, rows: readonly unknown[]) {
  expect(rows.length).toBeGreaterThan(0);
  for (const row of rows) {
    const parsed = schema.safeParse(row);
    if (!parsed.success) throw new Error(`${JSON.stringify(row)}\n${parsed.error.message}`);
    expect(parsed.data).toEqual(row);
  }
}

describe('synthetic firm', () => {
  it('gives rows that are exactly what their schemas store', async () => {
    expectStored(userRow, data.users);
    expectStored(organisationRow, data.organisations);
    expectStored(contactRow, data.contacts);
    expectStored(missionRow, data.missions);
    expectStored(candidateRow, data.candidates);
    expectStored(refereeRow, data.referees);
    expectStored(applicationRow, data.applications);
    expectStored(consentRow, data.consents);
    expectStored(disclosureRow, data.disclosures);
    const first = await materialiseAttachment(data.attachments[0]!);
    expect(attachmentRow.parse(first)).toEqual(first);
  });

  it('is deterministic and depends on the seed', () => {
    const again = generateSynthetic({ candidates: 1_000, now, seed: 7, attachmentBytes: 20e6 });
    expect(again).toEqual(data);
    const other = generateSynthetic({ candidates: 1_000, now, seed: 8 });
    expect(other.candidates[0]!.id).not.toBe(data.candidates[0]!.id);
  });

  it('batches give the same rows whatever their size', () => {
    const gen = createSynthetic({ candidates: 1_000, now, seed: 7, attachmentBytes: 20e6 });
    const ids = [...gen.batches(333)].flatMap((b) => b.candidates.map((c) => c.id));
    expect(ids).toEqual(data.candidates.map((c) => c.id));
    expect(gen.candidateId(500)).toBe(data.candidates[500]!.id);
  });

  it('names people in French, German and English with accents and particles', () => {
    const names = data.candidates.map((c) => `${c.identity.firstName} ${c.identity.lastName}`);
    const has = (re: RegExp) => names.some((n) => re.test(n));
    expect(has(/[éèêëàç]/)).toBe(true);
    expect(has(/[äöüß]/)).toBe(true);
    expect(has(/ (de|du|d') /)).toBe(true);
    expect(has(/ (von|van der|zu) /)).toBe(true);
    const langs = new Set(data.candidates.map((c) => c.identity.language));
    expect([...langs].sort()).toEqual(['de', 'en', 'fr']);
    for (const c of data.candidates.slice(0, 50)) {
      const keys = personKeys({ ...c.identity, ...c.contact });
      expect(c.sortName).toBe(keys.sortName);
      expect(c.searchTokens).toEqual(keys.searchTokens);
    }
  });

  it('spreads events over the 4 years before now, never after it', () => {
    const days = data.applications.flatMap((a) => a.events.map((e) => e.on));
    expect(days.every((d) => d <= today)).toBe(true);
    const oldest = [...days].sort()[0]!;
    expect(oldest < isoOfDay(addMonthsToDay(dayOfIso(today), -44))).toBe(true);
    expect(
      data.applications
        .flatMap((a) => a.events.map((e) => e.at))
        .every((at) => at <= now.toISOString()),
    ).toBe(true);
    const perCandidate = data.applications.length / data.candidates.length;
    expect(perCandidate).toBeGreaterThan(1.5);
    expect(new Set(data.applications.map((a) => a.status)).size).toBe(7);
  });

  it('makes exactly the chosen number of people due, the others at least a week away', () => {
    const gen = createSynthetic({ candidates: 2_000, now, seed: 3, due: 20 });
    const all = [...gen.batches()].flatMap((b) => b.candidates);
    const dueNow = all.filter((c) => c.deleteOn! <= today).map((c) => c.id);
    expect(dueNow.sort()).toEqual(gen.dueIds().sort());
    expect(dueNow).toHaveLength(20);
    const weekAhead = isoOfDay(dayOfIso(today) + 7);
    expect(all.filter((c) => c.deleteOn! > today).every((c) => c.deleteOn! >= weekAhead)).toBe(
      true,
    );
    const mass = createSynthetic({ candidates: 2_000, now, seed: 3, due: 600 });
    const massDue = [...mass.batches()].flatMap((b) =>
      b.candidates.filter((c) => c.deleteOn! <= today),
    );
    expect(massDue).toHaveLength(600);
  });

  it('makes the chosen number of people expire in the coming week, month ends included', () => {
    for (const at of ['2026-03-12', '2026-05-31', '2026-03-01', '2026-12-30']) {
      const gen = createSynthetic({
        candidates: 300,
        now: new Date(`${at}T09:30:00.000Z`),
        seed: 5,
        due: 3,
        expiring: 12,
      });
      const all = [...gen.batches()].flatMap((b) => b.candidates);
      const weekAhead = isoOfDay(dayOfIso(at) + 7);
      const soon = all.filter((c) => c.deleteOn! > at && c.deleteOn! < weekAhead);
      expect(soon.map((c) => c.id).sort(), at).toEqual(gen.expiringIds().sort());
      expect(soon, at).toHaveLength(12);
      expect(
        all.filter((c) => c.deleteOn! <= at),
        at,
      ).toHaveLength(3);
    }
    // without the option, the same rows as ever (benchmarks compare runs across commits)
    const plain = createSynthetic({ candidates: 300, now, seed: 5, due: 3 });
    const zero = createSynthetic({ candidates: 300, now, seed: 5, due: 3, expiring: 0 });
    expect([...zero.batches()]).toEqual([...plain.batches()]);
    expect(plain.expiringIds()).toEqual([]);
  });

  it('derives each deletion date from the qualifying events (P7)', () => {
    for (const c of data.candidates) expect(c.deleteOn).toBe(expectedDeleteOn(data, c.id));
  });

  it('discloses only under a consent given for that candidate, mission and recipient', () => {
    const consents = new Map(data.consents.map((c) => [c.id, c]));
    expect(data.disclosures.length).toBeGreaterThan(20);
    for (const d of data.disclosures) {
      const c = consents.get(d.consentId!)!;
      expect([c.candidateId, c.missionId, c.recipientId]).toEqual([
        d.candidateId,
        d.missionId,
        d.recipientId,
      ]);
      expect(c.givenOn <= d.at.slice(0, 10)).toBe(true);
      const m = data.missions.find((x) => x.id === d.missionId)!;
      expect(m.contractSignedOn! <= d.at.slice(0, 10)).toBe(true);
    }
  });

  it('keeps the attachment budget, sizes 50 KiB–2 MiB, featured person has 10', () => {
    const total = data.attachments.reduce((s, a) => s + a.size, 0);
    expect(total).toBeLessThanOrEqual(20e6);
    expect(total).toBeGreaterThan(17e6);
    const featured = data.attachments.filter((a) => a.ownerId === data.candidates[0]!.id);
    expect(featured).toHaveLength(10);
    const rest = data.attachments.filter((a) => a.ownerId !== data.candidates[0]!.id);
    expect(Math.min(...rest.map((a) => a.size))).toBeGreaterThanOrEqual(50 * 1024);
    expect(Math.max(...rest.map((a) => a.size))).toBeLessThanOrEqual(2 * 1024 * 1024);
    const owners = new Set(data.candidates.map((c) => c.id));
    expect(data.attachments.every((a) => owners.has(a.ownerId))).toBe(true);
  });

  it('makes incompressible bytes, the same whole or in chunks', () => {
    const spec = { size: 300_003, contentSeed: 42 };
    const whole = attachmentBytes(spec);
    const chunks = [...attachmentChunks(spec, 65_537)];
    const joined = new Uint8Array(spec.size);
    let at = 0;
    for (const c of chunks) {
      joined.set(c, at);
      at += c.length;
    }
    expect(at).toBe(spec.size);
    expect(joined).toEqual(whole);
    const counts = new Array<number>(256).fill(0);
    for (const b of whole) counts[b]! += 1;
    // Uniform bytes: every value about size/256 times, and deflate finds nothing to exploit.
    expect(Math.min(...counts)).toBeGreaterThan(1000);
    expect(Math.max(...counts)).toBeLessThan(1350);
    expect(deflateSync(whole, { level: 9 }).length).toBeGreaterThan(spec.size);
  });

  it('the app’s own sweep erases or archives exactly the people made due', async () => {
    const gen = createSynthetic({ candidates: 300, now, seed: 5, due: 7 });
    const db = testDb();
    await db.transaction('rw', db.tables, async () => {
      await db.users.bulkAdd(gen.firm.users);
      await db.organisations.bulkAdd(gen.firm.organisations);
      await db.contacts.bulkAdd(gen.firm.contacts);
      await db.missions.bulkAdd(gen.firm.missions);
      await db.meta.put({ key: 'installSalt', value: 'ab'.repeat(32) });
      for (const b of gen.batches()) {
        await db.candidates.bulkAdd(b.candidates);
        await db.referees.bulkAdd(b.referees);
        await db.applications.bulkAdd(b.applications);
        await db.consents.bulkAdd(b.consents);
        await db.disclosures.bulkAdd(b.disclosures);
      }
    });
    const record = await runSweep(
      { db, now, actor: gen.firm.users[0]!.id },
      { pause: () => Promise.resolve() },
    );
    expect(record.erased + record.archived).toBeGreaterThanOrEqual(7);
    const left = new Set(await db.candidates.toCollection().primaryKeys());
    expect(gen.dueIds().filter((id) => left.has(id))).toEqual([]);
    expect(left.size).toBe(300 - 7);
    db.close();
  });

  it('fills a real database through Dexie', async () => {
    const db = testDb();
    await db.transaction('rw', [db.candidates, db.applications, db.missions], async () => {
      await db.candidates.bulkAdd(data.candidates);
      await db.applications.bulkAdd(data.applications);
      await db.missions.bulkAdd(data.missions);
    });
    expect(await db.candidates.count()).toBe(1_000);
    const m = await db.candidates.where('searchTokens').startsWith('mu').count();
    expect(m).toBeGreaterThan(0);
    db.close();
  });
});

/** Recomputes P7 from the rows: latest qualifying event plus its period. */
function expectedDeleteOn(d: SyntheticData, candidateId: string): string {
  let latest = -Infinity;
  const bump = (iso: string, months: number) => {
    latest = Math.max(latest, addMonthsToDay(dayOfIso(iso), months));
  };
  for (const a of d.applications.filter((x) => x.candidateId === candidateId)) {
    bump(a.receivedOn, a.missionId === null ? 3 : 36);
    for (const e of a.events) if (e.status === 'submitted' || e.status === 'hired') bump(e.on, 36);
  }
  for (const c of d.consents.filter((x) => x.candidateId === candidateId))
    if (c.dataReviewedOn !== null) bump(c.dataReviewedOn, 36);
  return isoOfDay(latest);
}
