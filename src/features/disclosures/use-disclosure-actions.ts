import { useServiceContext } from '../../components/db-context';
import { toIsoDate, type LanguageCode } from '../../domain/common';
import { markNotified } from '../../services/disclosure';
import { recordConsent, withdrawAllConsents, withdrawConsent } from '../../services/disclosure';
import type { EvidenceFile } from '../../services/disclosure';
import { exportRegisterCsv, type RegisterFilter } from '../../services/disclosure';
import { submitToRecipient } from '../../services/disclosure';

export type Withdrawal = { on: string; channel: string; note: string };

/** The use-cases of this feature, each given a context made at the moment of the action. */
export function useDisclosureActions() {
  const makeContext = useServiceContext();
  return {
    recordConsent: (input: unknown, evidence: EvidenceFile | null) =>
      recordConsent(makeContext(), input, evidence),
    /** Art. 7(3), with when and how the candidate said so (Art. 7(1)). */
    withdrawConsent: (consentId: string, withdrawal: Withdrawal) =>
      withdrawConsent(makeContext(), consentId, withdrawal),
    withdrawAllConsents: (candidateId: string, withdrawal: Withdrawal) =>
      withdrawAllConsents(makeContext(), candidateId, withdrawal),
    submit: (input: unknown) => submitToRecipient(makeContext(), input),
    markNotified: (taskId: string, input: unknown) => markNotified(makeContext(), taskId, input),
    exportRegister: (filter: RegisterFilter, lang: LanguageCode) => {
      const ctx = makeContext();
      return exportRegisterCsv(ctx.db, filter, lang).then((blob) => ({
        blob,
        fileName: `disclosures-${toIsoDate(ctx.now)}.csv`,
      }));
    },
  };
}
