import type { Application } from '../domain/application';
import type { Candidate } from '../domain/candidate';
import type { Consent } from '../domain/consent';
import type { Disclosure } from '../domain/disclosure';
import type { Referee } from '../domain/referee';
import { drawAttachmentSize, type AttachmentSpec } from './synthetic-attachments';
import { dayOfInstant, dayOfIso, instantOn } from './synthetic-dates';
import { generateFirm, idKinds, type SyntheticFirm } from './synthetic-firm';
import { fold } from '../domain/fold';
import { generatePerson, type PeopleContext, type Person } from './synthetic-people';
import { otherDocuments } from './synthetic-names';
import { createRng, mixSeed, syntheticUuid, type Rng } from './synthetic-random';

export { attachmentBytes, attachmentChunks, materialiseAttachment } from './synthetic-attachments';
export type { AttachmentSpec } from './synthetic-attachments';
export type { SyntheticFirm } from './synthetic-firm';

/**
 * A deterministic synthetic firm for benchmarks and end-to-end tests: the same options give the
 * same rows, byte for byte, in Node and in the browser (no Node API here). Rows are complete
 * stored rows, as their domain schemas output them, with sortName and searchTokens from
 * personKeys. People are generated in batches, so 100k candidates can be written to IndexedDB
 * without holding them all, and attachments are specs whose bytes are made on demand.
 */
export type SyntheticOptions = {
  candidates: number;
  /** The reference date: every event lies in the 4 years before it. */
  now: Date;
  seed?: number;
  /**
   * How many candidates are past their deletion date (policy periods, P7). Everyone else is at
   * least a week from it. Default: 1% of candidates.
   */
  due?: number;
  /**
   * How many candidates reach their deletion date in the coming week (1 to 6 days after now),
   * for the demo's "expiring soon" list. Default 0: everyone not due is at least a week away.
   */
  expiring?: number;
  /** Total size of attachments (CVs, test reports, letters). Default 0. */
  attachmentBytes?: number;
};

export const syntheticSizes = { small: 1_000, medium: 10_000, large: 100_000 } as const;

export type SyntheticBatch = {
  candidates: Candidate[];
  referees: Referee[];
  applications: Application[];
  consents: Consent[];
  disclosures: Disclosure[];
  attachments: AttachmentSpec[];
};

export type SyntheticData = SyntheticFirm & SyntheticBatch;

export type SyntheticGenerator = {
  firm: SyntheticFirm;
  /** Ids of the candidates past their deletion date, in generation order. */
  dueIds(): string[];
  /** Ids of the candidates whose deletion date falls in the coming week. */
  expiringIds(): string[];
  /** A candidate that is never due and has exactly 10 attachments (when the budget allows). */
  featuredCandidateId: string;
  candidateId(index: number): string;
  /** The people, in batches of `size` candidates; each call starts again from the seed. */
  batches(size?: number): Generator<SyntheticBatch>;
};

const featuredFiles = 10;

export function createSynthetic(options: SyntheticOptions): SyntheticGenerator {
  const seed = options.seed ?? 1;
  const n = options.candidates;
  const due = Math.min(n - 1, options.due ?? Math.ceil(n / 100));
  const today = dayOfInstant(options.now);
  const firm = generateFirm({ seed, candidates: n, today });
  const dueFlags = chooseDue(createRng(mixSeed(seed, 0xd0e)), n, due);
  // its own PRNG stream: without the option, the rows are exactly those made before it existed
  chooseExpiring(createRng(mixSeed(seed, 0xe8b)), dueFlags, options.expiring ?? 0);
  const candidateId = (i: number) => syntheticUuid(seed, idKinds.candidate, i);

  function* batches(size = 5_000): Generator<SyntheticBatch> {
    const ctx: PeopleContext = {
      seed,
      rng: createRng(mixSeed(seed, 0x9e0)),
      firm,
      today,
      nowMinute: Math.floor((options.now.getTime() % 86_400_000) / 60_000),
      counters: { application: 0, consent: 0, disclosure: 0, referee: 0, note: 0, psychometric: 0 },
      missionDays: firm.missions.map((m) => dayOfIso(m.openedOn)),
    };
    const files = attachmentPlanner(seed, n, options.attachmentBytes ?? 0);
    let batch = emptyBatch();
    for (let i = 0; i < n; i++) {
      const person = generatePerson(ctx, i, dueFlags[i] === 1, dueFlags[i] === 2);
      add(batch, person);
      batch.attachments.push(...files(i, person.candidate));
      if (batch.candidates.length === size) {
        yield batch;
        batch = emptyBatch();
      }
    }
    if (batch.candidates.length > 0) yield batch;
  }

  return {
    firm,
    dueIds: () => [...dueFlags.keys()].filter((i) => dueFlags[i] === 1).map(candidateId),
    expiringIds: () => [...dueFlags.keys()].filter((i) => dueFlags[i] === 2).map(candidateId),
    featuredCandidateId: candidateId(0),
    candidateId,
    batches,
  };
}

/** Everything at once: for tests and the 1k and 10k sizes. */
export function generateSynthetic(options: SyntheticOptions): SyntheticData {
  const gen = createSynthetic(options);
  const all = emptyBatch();
  for (const b of gen.batches()) {
    for (const key of Object.keys(all) as (keyof SyntheticBatch)[])
      (all[key] as unknown[]).push(...b[key]);
  }
  return { ...gen.firm, ...all };
}

const emptyBatch = (): SyntheticBatch => ({
  candidates: [],
  referees: [],
  applications: [],
  consents: [],
  disclosures: [],
  attachments: [],
});

function add(batch: SyntheticBatch, p: Person): void {
  batch.candidates.push(p.candidate);
  batch.referees.push(...p.referees);
  batch.applications.push(...p.applications);
  batch.consents.push(...p.consents);
  batch.disclosures.push(...p.disclosures);
}

/** Exactly `k` of `n` indices (Floyd's sampling), never index 0: the featured person stays. */
function chooseDue(rng: Rng, n: number, k: number): Uint8Array {
  const flags = new Uint8Array(n);
  for (let j = n - k; j < n; j++) {
    const t = rng.int(1, j);
    if (flags[t] === 1) flags[j] = 1;
    else flags[t] = 1;
  }
  return flags;
}

/** Marks `k` people neither due nor featured (index 0) with 2: their date is in the coming week. */
function chooseExpiring(rng: Rng, flags: Uint8Array, k: number): void {
  const free = flags.reduce((count, f, i) => count + (i > 0 && f === 0 ? 1 : 0), 0);
  if (k > free) throw new Error(`only ${free} people can be made expiring, not ${k}`);
  for (let picked = 0; picked < k;) {
    const i = rng.int(1, flags.length - 1);
    if (flags[i] !== 0) continue;
    flags[i] = 2;
    picked++;
  }
}

/**
 * Spreads the attachment budget evenly over the candidates: after candidate i, about
 * budget·(i+1)/n bytes are attached, never more than the budget. The featured candidate gets 10
 * files first. Its own PRNG stream, so the budget never changes the people.
 */
function attachmentPlanner(seed: number, n: number, budget: number) {
  const rng = createRng(mixSeed(seed, 0xa77));
  let spent = 0;
  let count = 0;
  let pending = drawAttachmentSize(rng);
  return (i: number, c: Candidate): AttachmentSpec[] => {
    const out: AttachmentSpec[] = [];
    const add = (size: number) => {
      const kind =
        out.length === 0
          ? 'cv'
          : c.psychometrics.length > 0 && out.length === 1
            ? 'test-report'
            : 'other';
      const last = fold(c.identity.lastName).replace(/[^a-z0-9]+/g, '-');
      const de = c.identity.language === 'de';
      const name =
        kind === 'cv'
          ? `${de ? 'Lebenslauf' : 'CV'}_${last}.pdf`
          : kind === 'test-report'
            ? `Rapport_${c.psychometrics[0]!.test.replace(/\s+/g, '_')}_${last}.pdf`
            : `${rng.pick(otherDocuments[c.identity.language])}_${last}.${out.length % 3 === 2 ? 'jpg' : 'pdf'}`;
      out.push({
        id: syntheticUuid(seed, idKinds.attachment, count++),
        ownerType: 'candidate',
        ownerId: c.id,
        kind,
        name,
        type: name.endsWith('.jpg') ? 'image/jpeg' : 'application/pdf',
        size,
        addedAt: instantOn(dayOfIso(c.collectedOn), 600 + out.length),
        contentSeed: rng.uint32(),
      });
      spent += size;
    };
    if (i === 0) {
      const cap = Math.floor(budget / (2 * featuredFiles));
      for (let k = 0; k < featuredFiles && cap > 0; k++) add(drawAttachmentSize(rng, cap));
      return out;
    }
    const target = (budget * (i + 1)) / n;
    while (spent + pending <= target) {
      add(pending);
      pending = drawAttachmentSize(rng);
    }
    return out;
  };
}
