import { useState } from 'react';
import type { FieldIssue } from '../../domain/common';
import type { Result } from '../../domain/result';
import type { RightsFailure } from '../../services/rights';

/** Runs a rights-desk action, keeping its failure (reason or field issues) for the form. */
export function useAction() {
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<RightsFailure | null>(null);
  const [issues, setIssues] = useState<FieldIssue[]>([]);
  const run = async <T>(action: () => Promise<Result<T, RightsFailure>>): Promise<boolean> => {
    setBusy(true);
    try {
      const result = await action();
      setFailure(result.ok ? null : result.error);
      setIssues(!result.ok && result.error.reason === 'invalid' ? result.error.issues : []);
      return result.ok;
    } finally {
      setBusy(false);
    }
  };
  return { run, busy, failure, issues };
}
