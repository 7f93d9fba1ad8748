import { Dexie } from 'dexie';
import { samplePrefixes } from './prefixes';
import { rawPrefixQueries, rawPuts } from './raw';
import { seed } from './seed';

/**
 * The benchmark page's API, called by the harness through page.evaluate. Built separately
 * from the app (never in dist/, never precached), served beside it so it shares its origin and
 * therefore its IndexedDB.
 */
const api = {
  seed,
  samplePrefixes,
  rawPrefixQueries,
  rawPuts,
  deleteDatabase: (name: string) => Dexie.delete(name),
};
export type BenchApi = typeof api;

declare global {
  interface Window {
    vivierBench?: BenchApi;
  }
}

window.vivierBench = api;
