import { Dexie } from 'dexie';
import { accessExport } from './access-export';
import { ageFloor, backup, rawPutAll, restore } from './backup';
import { firstResults, samplePrefixes, serviceSearchTimes } from './prefixes';
import { importCsv } from './csv-import';
import { rawPrefixQueries, rawPutRows, rawPuts, rawSweep } from './raw';
import { seed } from './seed';
import { sweep } from './sweep';

/**
 * The benchmark page's API, called by the harness through page.evaluate. Built separately
 * from the app (never in dist/, never precached), served beside it so it shares its origin and
 * therefore its IndexedDB.
 */
const api = {
  backup,
  restore,
  ageFloor,
  rawPutAll,
  accessExport,
  seed,
  samplePrefixes,
  firstResults,
  serviceSearchTimes,
  rawPrefixQueries,
  rawPuts,
  rawPutRows,
  importCsv,
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
