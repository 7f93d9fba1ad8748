import { useEffect, useId, useSyncExternalStore } from 'react';

/**
 * Which forms hold unsaved input. The update prompt never applies an update while one does,
 * and the browser asks before a reload or close loses it.
 */
const dirty = new Set<string>();
const listeners = new Set<() => void>();
const notify = () => listeners.forEach((l) => l());

const onBeforeUnload = (e: BeforeUnloadEvent) => {
  if (dirty.size > 0) e.preventDefault();
};

export function useDirtyForm(isDirty: boolean): void {
  const id = useId();
  useEffect(() => {
    if (!isDirty) return;
    dirty.add(id);
    if (dirty.size === 1) window.addEventListener('beforeunload', onBeforeUnload);
    notify();
    return () => {
      dirty.delete(id);
      if (dirty.size === 0) window.removeEventListener('beforeunload', onBeforeUnload);
      notify();
    };
  }, [id, isDirty]);
}

export function useAnyFormDirty(): boolean {
  return useSyncExternalStore(
    (l) => {
      listeners.add(l);
      return () => listeners.delete(l);
    },
    () => dirty.size > 0,
  );
}
