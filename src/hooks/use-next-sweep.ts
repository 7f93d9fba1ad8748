import { useSyncExternalStore } from 'react';

/**
 * When this tab's retention sweep runs next: the app shell's runner sets it, the retention screen
 * shows it. A tiny shared store, since a feature never imports the app.
 */
let next: number | null = null;
const listeners = new Set<() => void>();

export function setNextSweep(at: Date | null): void {
  next = at === null ? null : at.getTime();
  listeners.forEach((l) => l());
}

export function useNextSweep(): Date | null {
  const value = useSyncExternalStore(
    (l) => {
      listeners.add(l);
      return () => listeners.delete(l);
    },
    () => next,
  );
  return value === null ? null : new Date(value);
}
