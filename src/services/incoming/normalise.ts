import type { ArchiveEntry } from '../../domain/archive';
import type { Candidate } from '../../domain/candidate';
import type { Contact } from '../../domain/contact';
import {
  normaliseArchive,
  normaliseCandidate,
  normaliseContact,
  normaliseMission,
  normaliseOrganisation,
  normaliseReferee,
  type IncomingContext,
} from '../../domain/incoming';
import type { Mission } from '../../domain/mission';
import type { Organisation } from '../../domain/organisation';
import type { Referee } from '../../domain/referee';

/** The records whose rows carry derived fields, by table. */
export type IncomingRecords = {
  candidates: Candidate;
  referees: Referee;
  contacts: Contact;
  organisations: Organisation;
  missions: Mission;
  archive: ArchiveEntry;
};
export type IncomingKind = keyof IncomingRecords;

const normalisers: {
  [K in IncomingKind]: (row: IncomingRecords[K], ctx: IncomingContext) => IncomingRecords[K];
} = {
  candidates: normaliseCandidate,
  referees: normaliseReferee,
  contacts: normaliseContact,
  organisations: normaliseOrganisation,
  missions: normaliseMission,
  archive: normaliseArchive,
};

export const hasDerivedFields = (table: string): table is IncomingKind => table in normalisers;

/**
 * A validated record from outside with every derived field recomputed from its data, the
 * records it depends on (`ctx`) and the rules in force: deletion date, sort and search keys,
 * list keys, the Art. 14 due date, a client archive entry's deletion date. A stored derived value is never believed.
 */
export function normaliseIncoming<K extends IncomingKind>(
  kind: K,
  record: IncomingRecords[K],
  ctx: IncomingContext,
): IncomingRecords[K] {
  return normalisers[kind](record, ctx);
}
