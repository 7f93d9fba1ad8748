import { Dexie } from 'dexie';
import { samplePrefixes } from './prefixes';
import { rawPrefixQueries, rawPuts, rawSweep } from './raw';
import { seed } from './seed';
import { sweep } from './sweep';

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
  rawSweep,
  sweep,
  deleteDatabase: (name: string) => Dexie.delete(name),
};
export type BenchApi = typeof api;

declare global {
  interface Window {
    vivierBench?: BenchApi;
  }
}

window.vivierBench = api;
