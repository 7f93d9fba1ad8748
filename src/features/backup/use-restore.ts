import { useCallback, useState } from 'react';
import { useSession } from '../../components/db-context';
import { dbPointer } from '../../db/active-db';
import { parseIdentityFile } from '../../lib/age';
import { applyRestore } from '../../services/backup';
import { planRestore, type RestorePlan } from '../../services/backup';
import type { BackupSecret, RestoreFailure } from '../../services/backup';

export type RestoreState =
  | { step: 'choose' }
  | { step: 'checking'; done: number; total: number }
  | { step: 'review'; plan: RestorePlan }
  | { step: 'applying'; done: number; total: number }
  | { step: 'done' }
  | ({ step: 'failed' } & RestoreFailure);

export type RestoreKey = { keyFile: File } | { passphrase: string };

/** Only one restore at a time in this browser; the start-up cleanup waits for it too. */
export const restoreLock = 'vivier-restore';

const withLock = <T>(work: () => Promise<T>): Promise<T> =>
  navigator.locks ? (navigator.locks.request(restoreLock, work) as Promise<T>) : work();

/**
 * Check (decrypt, verify, plan: nothing written), review, then on confirmation apply into the
 * other database and reload the app on it.
 */
export function useRestore() {
  const { db, user } = useSession();
  const [state, setState] = useState<RestoreState>({ step: 'choose' });

  const check = useCallback(
    async (file: File, key: RestoreKey) => {
      setState({ step: 'checking', done: 0, total: 0 });
      const secret: BackupSecret =
        'passphrase' in key
          ? { passphrase: key.passphrase }
          : { identities: parseIdentityFile(await key.keyFile.text()) };
      const plan = await planRestore(
        { db, now: new Date(), actor: user?.id ?? null },
        file,
        secret,
      );
      setState(plan.ok ? { step: 'review', plan: plan.value } : { step: 'failed', ...plan.error });
    },
    [db, user],
  );

  /** `actor`: who restores; on a new laptop, the backup user they said they are (or nobody). */
  const apply = useCallback(
    async (plan: RestorePlan, actor: string | null) => {
      setState({ step: 'applying', done: 0, total: 0 });
      const pointer = dbPointer();
      const result = await withLock(() =>
        applyRestore({ db, now: new Date(), actor: user?.id ?? actor }, pointer, plan, {
          onProgress: (done, total) => setState({ step: 'applying', done, total }),
        }),
      );
      if (!result.ok) return setState({ step: 'failed', ...result.error });
      setState({ step: 'done' });
      location.reload();
    },
    [db, user],
  );

  const restart = useCallback(() => setState({ step: 'choose' }), []);
  return { state, check, apply, restart };
}
