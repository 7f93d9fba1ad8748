// The CSP forbids eval. Zod probes for it (new Function) when it builds an object schema, which
// reports a violation even though it falls back; so tell it not to try. Zod reads its settings
// from globalThis.__zod_globalConfig, so this module sets that without importing zod, and
// main.tsx loads everything else only after it (a dynamic import): however the bundler splits
// the chunks, no schema can be built before this line has run.
const g = globalThis as { __zod_globalConfig?: Record<string, unknown> };
g.__zod_globalConfig = Object.assign(g.__zod_globalConfig ?? {}, { jitless: true });
