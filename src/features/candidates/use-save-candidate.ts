import { useServiceContext } from '../../components/db-context';
import { useFailureText } from '../../components/failure-text';
import type { Candidate, CandidateInput } from '../../domain/candidate';
import { candidateInputOf } from '../../domain/candidate-rules';
import { updateCandidate } from '../../services/records';

import type { SaveOutcome } from '../../components/section';
export type { SaveOutcome };

/**
 * Saves one section of the candidate: the rest of the record as loaded, this part as edited
 * (a rectification, audited with the changed field names). Refused if the record changed since.
 */
export function useSaveCandidate(candidate: Candidate) {
  const makeContext = useServiceContext();
  const failureText = useFailureText();
  return async (patch: Partial<CandidateInput>): Promise<SaveOutcome> => {
    const out = await updateCandidate(
      makeContext(),
      candidate.id,
      { ...candidateInputOf(candidate), ...patch },
      candidate.updatedAt,
    );
    if (out.ok) return { ok: true };
    const issues = out.error.reason === 'invalid' ? out.error.issues : [];
    return { ok: false, issues, message: failureText(out.error) };
  };
}
