import { Dexie } from 'dexie';
import { createDb } from '../../db/database';
import { demoDbName } from '../../db/demo-db';
import { toIsoDate } from '../../domain/common';
import type { RightsRequestInput } from '../../domain/rights-request';
import { registerRequest } from '../../services/rights';
import { createSynthetic } from '../../testing/synthetic';
import { writeSynthetic } from '../../testing/synthetic-db';

/** Big enough to feel like a firm, small enough to be written in seconds on a laptop. */
export const demoShape = { candidates: 300, due: 4, expiring: 10, attachmentBytes: 3_000_000 };

const daysBefore = (now: Date, days: number) => toIsoDate(new Date(now.getTime() - days * 864e5));

/**
 * The demo firm: the synthetic generator's invented people (the same one the benchmarks use),
 * dated around `now`, with a few people past their date (the start-up sweep erases them, P7),
 * some expiring this week, and rights requests due soon and overdue (P9, GDPR Art. 12(3)).
 * Written into the demo database only.
 */
export async function writeDemoFirm(now: Date): Promise<void> {
  await Dexie.delete(demoDbName);
  const db = createDb(demoDbName);
  try {
    const gen = createSynthetic({ ...demoShape, now, seed: 2026 });
    await writeSynthetic(db, gen);
    const taken = new Set([...gen.dueIds(), ...gen.expiringIds()]);
    const people = Array.from({ length: 20 }, (_, i) => gen.candidateId(i + 1)).filter(
      (id) => !taken.has(id),
    );
    const ctx = { db, now, actor: gen.firm.users[0]!.id };
    const requests: Omit<RightsRequestInput, 'subjectType' | 'subjectId'>[] = [
      // erasure within one week (P9): due in two days
      {
        type: 'erasure',
        receivedOn: daysBefore(now, 5),
        channel: 'email',
        language: 'fr',
        details: '',
      },
      // one month (Art. 12(3)): due in a few days
      {
        type: 'access',
        receivedOn: daysBefore(now, 27),
        channel: 'letter',
        language: 'de',
        details: '',
      },
      // overdue
      {
        type: 'rectification',
        receivedOn: daysBefore(now, 40),
        channel: 'phone',
        language: 'en',
        details: '',
      },
      {
        type: 'objection',
        receivedOn: daysBefore(now, 2),
        channel: 'email',
        language: 'fr',
        details: '',
      },
    ];
    for (const [i, r] of requests.entries()) {
      const done = await registerRequest(ctx, {
        ...r,
        subjectType: 'candidate',
        subjectId: people[i]!,
      });
      if (!done.ok) throw new Error(`demo rights request refused: ${done.error.reason}`);
    }
  } finally {
    db.close();
  }
}
