import { useServiceContext } from '../../components/db-context';
import { toIsoDate, type LanguageCode } from '../../domain/common';
import { markNotified } from '../../services/disclosure';
import { recordConsent, withdrawAllConsents, withdrawConsent } from '../../services/disclosure';
import type { EvidenceFile } from '../../services/disclosure';
import { exportRegisterCsv, type RegisterFilter } from '../../services/disclosure';
import { submitToRecipient } from '../../services/disclosure';

/** The use-cases of this feature, each given a context made at the moment of the action. */
export function useDisclosureActions() {
  const makeContext = useServiceContext();
  return {
    recordConsent: (input: unknown, evidence: EvidenceFile | null) =>
      recordConsent(makeContext(), input, evidence),
    /** Art. 7(3): one click, dated today. */
    withdrawConsent: (consentId: string) => {
      const ctx = makeContext();
      return withdrawConsent(ctx, consentId, { on: toIsoDate(ctx.now) });
    },
    withdrawAllConsents: (candidateId: string) => {
      const ctx = makeContext();
      return withdrawAllConsents(ctx, candidateId, { on: toIsoDate(ctx.now) });
    },
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
