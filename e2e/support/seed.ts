import type { Page } from 'playwright-core';
import type { PipelineStatus } from '../../src/domain/application';
import { fold } from '../../src/domain/fold';
import { candidateRetention } from '../../src/domain/retention';
import { policyRetention } from '../../src/domain/settings';
import { buildApplication, buildCandidate } from '../../src/testing/builders';

/**
 * Writes rows straight into the app's IndexedDB, as another tab would: for tests whose subject
 * is not how the rows were typed (the records screens prove that) but what happens to them.
 * Reload the page afterwards so the app reads them.
 */
export async function putRows(page: Page, rows: Record<string, unknown[]>): Promise<void> {
  await page.evaluate(
    (rows) =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('vivier');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const tx = db.transaction(Object.keys(rows), 'readwrite');
          for (const [store, list] of Object.entries(rows))
            for (const row of list) tx.objectStore(store).put(row);
          tx.oncomplete = () => {
            db.close();
            resolve();
          };
          tx.onerror = () => reject(tx.error);
        };
      }),
    rows,
  );
}

export async function countRows(page: Page, store: string): Promise<number> {
  return page.evaluate(
    (store) =>
      new Promise<number>((resolve, reject) => {
        const open = indexedDB.open('vivier');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const req = db.transaction(store).objectStore(store).count();
          req.onsuccess = () => {
            db.close();
            resolve(req.result);
          };
          req.onerror = () => reject(req.error);
        };
      }),
    store,
  );
}

/** A candidate with applications and the deletion date the records services would store. */
export function candidateWith(
  name: { firstName: string; lastName: string },
  apps: { missionId: string | null; statuses: [PipelineStatus, string][] }[],
) {
  const collectedOn = apps[0]!.statuses[0]![1];
  const base = buildCandidate({
    identity: { ...name, language: 'fr' },
    contact: {
      emails: [`${fold(name.firstName)}.${fold(name.lastName)}@example.fr`],
      phones: [],
      addresses: [],
    },
    collectedOn,
  });
  const applications = apps.map((a) =>
    buildApplication({
      candidateId: base.id,
      missionId: a.missionId,
      receivedOn: a.statuses[0]![1],
      statuses: a.statuses,
    }),
  );
  const { deleteOn } = candidateRetention(
    { collectedOn, applications, consents: [] },
    policyRetention,
  );
  return { candidate: { ...base, deleteOn }, applications };
}
