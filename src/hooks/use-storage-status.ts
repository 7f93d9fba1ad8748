import { useCallback, useEffect, useState } from 'react';

export type StorageStatus = {
  /** true: the browser will not evict our data; false: refused; null: not supported. */
  persisted: boolean | null;
  usage: number | null;
  quota: number | null;
};

async function readStatus(): Promise<StorageStatus> {
  const storage = navigator.storage;
  if (!storage?.persisted) return { persisted: null, usage: null, quota: null };
  const [persisted, estimate] = await Promise.all([storage.persisted(), storage.estimate()]);
  return { persisted, usage: estimate.usage ?? null, quota: estimate.quota ?? null };
}

/**
 * Persistent storage and space used. `request` asks the browser not to evict the data (it may
 * refuse: headless Chromium always does; the screen says so).
 */
export function useStorageStatus(): { status: StorageStatus | null; request: () => Promise<void> } {
  const [status, setStatus] = useState<StorageStatus | null>(null);
  useEffect(() => {
    let live = true;
    void readStatus().then((s) => live && setStatus(s));
    return () => {
      live = false;
    };
  }, []);
  const request = useCallback(async () => {
    if (navigator.storage?.persist) await navigator.storage.persist();
    setStatus(await readStatus());
  }, []);
  return { status, request };
}
