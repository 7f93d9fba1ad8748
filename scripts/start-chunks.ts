import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** What the chunking pass tells a name function about a module (Rolldown's `ModuleInfo`). */
type ModuleGraph = {
  getModuleInfo(id: string): { importedIds: readonly string[] } | null;
};

const root = resolve(fileURLToPath(new URL('..', import.meta.url)));
const at = (path: string) => resolve(root, path);

/**
 * The first screens a recruiter sees: Home (a returning user's start) and the candidate list
 * (the screen the start-up benchmark times). Each is a root of the start graph with everything it
 * imports statically; screens opened later stay lazy chunks of their own.
 */
const roots = {
  start: at('src/app/start.tsx'),
  'candidate-list': at('src/features/candidates/candidates-screen.tsx'),
} as const;

/** Libraries every first screen needs, in one chunk that changes only when they are upgraded. */
const vendor = /[\\/]node_modules[\\/](react|react-dom|scheduler|dexie|dexie-react-hooks|zod)[\\/]/;

const closures = new WeakMap<ModuleGraph, Map<string, string>>();

/**
 * The entry's own static imports (zod-config.ts and the little main.tsx needs to ask for a
 * language) stay out of every group: a group chunk holds zod and the schemas, and if main.tsx
 * imported it statically it would run before zod-config.ts has told zod not to probe for eval.
 */
const entry = at('src/app/main.tsx');

/** Every module statically reachable from each root, the first root claiming a shared one. */
function chunkNames(graph: ModuleGraph): Map<string, string> {
  let names = closures.get(graph);
  if (names) return names;
  names = new Map();
  const starts: [string, string][] = [['entry', entry], ...Object.entries(roots)];
  for (const [name, rootId] of starts) {
    const stack = [rootId];
    while (stack.length > 0) {
      const id = stack.pop()!;
      if (names.has(id)) continue;
      names.set(id, name);
      stack.push(...(graph.getModuleInfo(id)?.importedIds ?? []));
    }
  }
  closures.set(graph, names);
  return names;
}

/**
 * Rolldown's chunk groups for the first screens' graph; every other module is left to automatic
 * chunking (a lazy screen's own chunks). Instead of some sixty small chunks requested one import
 * level after another, the start graph is three files that main.tsx's one dynamic import of
 * start.tsx preloads together (and a fourth, the candidate list, that main.tsx requests beside
 * it when the list is the screen opened): the libraries, the app's start code and the list.
 * The groups are claimed in priority order, so a library goes to `vendor` before the app groups
 * (which take their modules' dependencies with them) can reach it.
 */
export const startChunkGroups = [
  {
    debugName: 'vendor',
    name: (id: string, graph: ModuleGraph) =>
      vendor.test(id) && chunkNames(graph).get(id) !== 'entry' ? 'vendor' : null,
    priority: 30,
  },
  ...Object.keys(roots).map((group, i) => ({
    debugName: group,
    name: (id: string, graph: ModuleGraph) => (chunkNames(graph).get(id) === group ? group : null),
    priority: 20 - i,
    // Not the dependencies too: those of the entry stay in the entry's own chunks.
    includeDependenciesRecursively: false,
  })),
];
