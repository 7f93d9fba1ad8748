import { canonicalJson, canonicalUnion, compareText } from './canonical';
import type { Mark } from './document';
import { flaggedKinds, kindSpecs, processingFlags, type ReplicatedKind } from './kinds';

/**
 * One version of one replicated record, as this laptop has it or as the hub sent it. An erased
 * version is the CouchDB deletion: it carries nothing, not even a stamp.
 */
export type LiveVersion = {
  readonly state: 'live';
  readonly kind: ReplicatedKind;
  readonly hlc: string;
  readonly device: string;
  readonly author: string;
  readonly marks: readonly Mark[];
  readonly body: Readonly<Record<string, unknown>>;
};
export type ErasedVersion = { readonly state: 'erased' };
export type Version = LiveVersion | ErasedVersion;
export const erasedVersion: ErasedVersion = { state: 'erased' };

type Body = Readonly<Record<string, unknown>>;

/**
 * The merge rule, for any number of concurrent versions of one record. It is a join: the result
 * does not depend on the order or grouping of the versions, and merging a version in twice is
 * merging it once, so every laptop that sees the same versions computes the same record.
 *
 * 1. Erasure dominates (GDPR Art. 17, policy: "deleted within one week"): if any version is a
 *    deletion, the record is erased, whatever the clocks of the others.
 * 2. Otherwise the base is the version with the greatest stamp (hybrid logical clock, ties
 *    by device id inside the stamp); for append-only entries, the one with the least: the
 *    original entry stays the evidence.
 * 3. Over the base, the protective facts of every version are kept, whatever the clocks:
 *    - a restriction (Art. 18) or objection (Art. 21) raised anywhere stays until a change that
 *      had seen that very block lifts it (its marks: a set is active unless a lift names it);
 *    - a consent withdrawn anywhere stays withdrawn (Art. 7(3)), with the earliest withdrawal;
 *    - a hold keeps its widest reach: open-ended beats dated, a later end beats an earlier one;
 *      once lifted it stays lifted (the lift names the hold it lifts, so it had seen it);
 *    - a disclosure or Art. 19 task whose candidate was pseudonymised stays pseudonymised, a
 *      task notified anywhere stays notified;
 *    - events and lists that only grow (application events, a request's recipients and
 *      changed fields, a tombstone's hashes) are merged as a union.
 */
export function merge(versions: readonly Version[]): Version {
  if (versions.length === 0) throw new Error('merge needs at least one version');
  if (versions.some((v) => v.state === 'erased')) return erasedVersion;
  const live = distinct(versions as readonly LiveVersion[]);
  if (live.length === 1) return live[0]!;
  const kind = live[0]!.kind;
  if (live.some((v) => v.kind !== kind)) throw new Error('merge of versions of different kinds');
  const ordered = [...live].sort(compareVersions);
  const base = kindSpecs[kind].order === 'last-writer' ? ordered[ordered.length - 1]! : ordered[0]!;
  const marks = canonicalUnion(live.map((v) => v.marks));
  return {
    state: 'live',
    kind,
    hlc: base.hlc,
    device: base.device,
    author: base.author,
    marks,
    body: protect(
      kind,
      base.body,
      live.map((v) => v.body),
      marks,
    ),
  };
}

/** Order of versions: by stamp; equal stamps (never made by a correct laptop) by content. */
function compareVersions(a: LiveVersion, b: LiveVersion): number {
  return compareText(a.hlc, b.hlc) || compareText(canonicalJson(a), canonicalJson(b));
}

function distinct(versions: readonly LiveVersion[]): LiveVersion[] {
  const byText = new Map<string, LiveVersion>();
  for (const v of versions) byText.set(canonicalJson(v), v);
  return [...byText.values()];
}

/** The least value by canonical text among those present: a deterministic pick. */
function least<T>(values: readonly T[]): T | undefined {
  return [...values].sort((a, b) => compareText(canonicalJson(a), canonicalJson(b)))[0];
}

function protect(
  kind: ReplicatedKind,
  base: Body,
  bodies: readonly Body[],
  marks: readonly Mark[],
): Body {
  const out: Record<string, unknown> = { ...base };
  if (flaggedKinds.has(kind))
    for (const flag of processingFlags) {
      const own = marks.filter((m) => m.flag === flag);
      if (own.length > 0) out[flag] = activeBlock(own);
    }
  switch (kind) {
    case 'consent': {
      const withdrawal = least(
        bodies
          .filter((b) => b.withdrawnOn !== null && b.withdrawnOn !== undefined)
          .map((b) => [b.withdrawnOn, b.withdrawnBy ?? null, b.withdrawalNote ?? ''] as const),
      );
      if (withdrawal) [out.withdrawnOn, out.withdrawnBy, out.withdrawalNote] = withdrawal;
      break;
    }
    case 'hold': {
      const ends = bodies.map((b) => b.endsOn as string | null);
      out.endsOn = ends.includes(null) ? null : [...(ends as string[])].sort(compareText).at(-1);
      const lifts = bodies.map((b) => b.liftedOn).filter((d): d is string => typeof d === 'string');
      if (lifts.length > 0) out.liftedOn = [...lifts].sort(compareText)[0];
      break;
    }
    case 'disclosure':
      if (bodies.some((b) => b.candidateId === null)) out.candidateId = null;
      break;
    case 'notification-task': {
      if (bodies.some((b) => b.candidateId === null)) out.candidateId = null;
      const done = least(
        bodies
          .filter((b) => b.state === 'done')
          .map((b) => [b.notifiedOn ?? null, b.notifiedHow ?? ''] as const),
      );
      if (done) {
        out.state = 'done';
        [out.notifiedOn, out.notifiedHow] = done;
      }
      break;
    }
    case 'application':
      out.events = canonicalUnion(bodies.map((b) => (b.events as unknown[]) ?? [])).sort((a, b) =>
        compareText(String((a as { at: string }).at), String((b as { at: string }).at)),
      );
      break;
    case 'rights-request':
      out.changedFields = canonicalUnion(bodies.map((b) => (b.changedFields as unknown[]) ?? []));
      out.recipientIds = canonicalUnion(bodies.map((b) => (b.recipientIds as unknown[]) ?? []));
      break;
    case 'tombstone':
      out.identifierHashes = canonicalUnion(
        bodies.map((b) => (b.identifierHashes as unknown[]) ?? []),
      );
      break;
    default:
      break;
  }
  return out;
}

/** The block in force: the latest raised that no lift names, or none. */
function activeBlock(marks: readonly Mark[]): Mark['value'] {
  const lifted = new Set(marks.filter((m) => m.op === 'lift').map((m) => m.tag));
  const active = marks
    .filter((m) => m.op === 'set' && !lifted.has(m.tag))
    .sort((a, b) => compareText(a.tag, b.tag));
  return active.at(-1)?.value ?? null;
}

/**
 * The version a local change becomes: the new body stamped `hlc`, with the marks of the
 * previous version carried over, a set mark when a block is raised (or re-dated) and a lift mark
 * naming each block in force when it is lifted. So a lift only lifts what its author had seen.
 */
export function localVersion(
  previous: LiveVersion | undefined,
  change: Pick<LiveVersion, 'kind' | 'hlc' | 'device' | 'author' | 'body'>,
): LiveVersion {
  const marks: Mark[] = [...(previous?.marks ?? [])];
  if (flaggedKinds.has(change.kind))
    for (const flag of processingFlags) {
      const own = marks.filter((m) => m.flag === flag);
      const inForce =
        own.length > 0 ? activeBlock(own) : ((previous?.body[flag] as Mark['value']) ?? null);
      const wanted = (change.body[flag] as Mark['value'] | undefined) ?? null;
      if (canonicalJson(inForce) === canonicalJson(wanted)) continue;
      const lifted = new Set(own.filter((m) => m.op === 'lift').map((m) => m.tag));
      for (const m of own)
        if (m.op === 'set' && !lifted.has(m.tag)) marks.push({ ...m, op: 'lift', value: null });
      if (wanted !== null) marks.push({ flag, op: 'set', tag: change.hlc, value: wanted });
    }
  return { state: 'live', ...change, marks: canonicalUnion([marks]) };
}
