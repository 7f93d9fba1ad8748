import type { PipelineStatus } from './application';
import type { Candidate, CandidateInput } from './candidate';
import type { FieldIssue, IsoDate } from './common';
import { candidateListKeys } from './list-keys';
import { noticeDueOn } from './notice';
import { personKeys } from './person-keys';

/** The input part of a candidate, in a fixed order: the names a rectification can report. */
export const candidateInputFields = [
  'identity',
  'contact',
  'qualifications',
  'languages',
  'experience',
  'profileLinks',
  'psychometrics',
  'interviewNotes',
  'notes',
  'source',
  'collectedOn',
  'notice',
] as const satisfies readonly (keyof CandidateInput)[];

/** Rules across fields or against today, beyond what the schema checks field by field. */
export function candidateIssues(c: CandidateInput, today: IsoDate): FieldIssue[] {
  const issues: FieldIssue[] = [];
  if (c.collectedOn > today) issues.push({ path: 'collectedOn', code: 'date-in-future' });
  if (c.notice !== null) {
    if (c.notice.givenOn > today) issues.push({ path: 'notice.givenOn', code: 'date-in-future' });
    else if (c.notice.givenOn < c.collectedOn)
      issues.push({ path: 'notice.givenOn', code: 'date-order' });
  }
  c.psychometrics.forEach((p, i) => {
    if (p.takenOn > today)
      issues.push({ path: `psychometrics.${i}.takenOn`, code: 'date-in-future' });
  });
  c.interviewNotes.forEach((n, i) => {
    if (n.on > today) issues.push({ path: `interviewNotes.${i}.on`, code: 'date-in-future' });
  });
  return issues;
}

/** The stored row: the input plus every field derived from it (indexes, Art. 14 due date). */
export function candidateRowOf(
  input: CandidateInput,
  meta: Pick<Candidate, 'id' | 'createdAt' | 'updatedAt' | 'deleteOn' | 'restricted' | 'objected'>,
  applications: readonly { missionId: string | null; status: PipelineStatus }[],
): Candidate {
  const keys = personKeys({
    ...input.identity,
    emails: input.contact.emails,
    phones: input.contact.phones,
  });
  return {
    ...input,
    // picked one by one: callers pass the old row, whose input fields must not win
    id: meta.id,
    createdAt: meta.createdAt,
    updatedAt: meta.updatedAt,
    deleteOn: meta.deleteOn,
    restricted: meta.restricted,
    objected: meta.objected,
    ...keys,
    noticeDueOn: noticeDueOn(input),
    listKeys: candidateListKeys({
      id: meta.id,
      sortName: keys.sortName,
      searchTokens: keys.searchTokens,
      source: input.source,
      applications,
    }),
  };
}

/** The input part of a stored row (what the edit form shows). */
export function candidateInputOf(row: Candidate): CandidateInput {
  const out = {} as Record<string, unknown>;
  for (const k of candidateInputFields) out[k] = row[k];
  return out as CandidateInput;
}
