import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { startChunkGroups } from './start-chunks';

const root = resolve(fileURLToPath(new URL('..', import.meta.url)));
const at = (path: string) => resolve(root, path);

// A small graph shaped like the app's: the entry asks for a language, start.tsx draws Home with
// React and Dexie, the candidate list shares some of it, a backup screen is only reached lazily.
const main = at('src/app/main.tsx');
const messages = at('src/i18n/messages.ts');
const start = at('src/app/start.tsx');
const home = at('src/features/home/home-screen.tsx');
const list = at('src/features/candidates/candidates-screen.tsx');
const virtualList = at('src/components/virtual-list.tsx');
const react = at('node_modules/react/index.js');
const dexie = at('node_modules/dexie/dist/dexie.js');
const age = at('node_modules/age-encryption/dist/index.js');
const backup = at('src/features/backup/backup-screen.tsx');
const imports: Record<string, string[]> = {
  [main]: [messages],
  [start]: [messages, home, react, dexie],
  [home]: [react],
  [list]: [virtualList, react, home],
  [virtualList]: [react],
  [backup]: [age, react],
};
const graph = { getModuleInfo: (id: string) => ({ importedIds: imports[id] ?? [] }) };

/** The group each module lands in, groups tried in priority order (as Rolldown claims them). */
function groupOf(id: string): string | null {
  const byPriority = [...startChunkGroups].sort((a, b) => b.priority - a.priority);
  for (const group of byPriority) {
    const name = group.name(id, graph);
    if (name !== null) return name;
  }
  return null;
}

describe('start chunk groups', () => {
  it('puts the first screens in a few chunks: libraries, start code, candidate list', () => {
    expect(groupOf(start)).toBe('start');
    expect(groupOf(home)).toBe('start');
    expect(groupOf(react)).toBe('vendor');
    expect(groupOf(dexie)).toBe('vendor');
    expect(groupOf(list)).toBe('candidate-list');
    expect(groupOf(virtualList)).toBe('candidate-list');
  });

  it('leaves the entry’s own imports and lazy screens to automatic chunking', () => {
    // in a group chunk, messages.ts would be imported statically by main.tsx: zod would run
    // before zod-config.ts
    expect(groupOf(messages)).toBeNull();
    expect(groupOf(backup)).toBeNull();
    expect(groupOf(age)).toBeNull();
  });

  it('keeps the entry’s dependencies out of the app groups’ chunks', () => {
    for (const group of startChunkGroups.slice(1))
      expect(group).toMatchObject({ includeDependenciesRecursively: false });
  });
});
