import { createContext, useContext, type ReactNode } from 'react';
import type { VivierDb } from '../db/database';
import type { User } from '../domain/user';
import type { ServiceContext } from '../services/core';

type Session = { db: VivierDb; user: User | undefined; refreshUser: () => void };

const SessionContext = createContext<Session | null>(null);

export function SessionProvider({ value, children }: { value: Session; children: ReactNode }) {
  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}

export function useSession(): Session {
  const value = useContext(SessionContext);
  if (!value) throw new Error('useSession outside SessionProvider');
  return value;
}

export function useDb(): VivierDb {
  return useSession().db;
}

/**
 * What a use-case needs, made at the moment of the action: the clock is read here, in the
 * shell, never in the rules.
 */
export function useServiceContext(): () => ServiceContext {
  const { db, user } = useSession();
  return () => {
    if (!user) throw new Error('No current user: first run not completed');
    return { db, now: new Date(), actor: user.id };
  };
}
