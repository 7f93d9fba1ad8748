import type { LockManagerLike } from '../services/retention';

/**
 * An in-memory stand-in for the browser's Web Locks API (absent from Node), shared by several
 * "tabs": exclusive locks, `ifAvailable` answered with a null lock when taken.
 */
export function inMemoryLocks(): LockManagerLike {
  const held = new Set<string>();
  const waiting = new Map<string, (() => void)[]>();
  const release = (name: string) => {
    held.delete(name);
    const next = waiting.get(name)?.shift();
    if (next) next();
  };
  return {
    async request(name, options, callback) {
      if (held.has(name)) {
        if (options.ifAvailable) return callback(null);
        await new Promise<void>((resolve) =>
          waiting.set(name, [...(waiting.get(name) ?? []), resolve]),
        );
      }
      held.add(name);
      try {
        return await callback({ name, mode: 'exclusive' });
      } finally {
        release(name);
      }
    },
  };
}
