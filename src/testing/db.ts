import { createDb, type VivierDb } from '../db/database';
import type { SchemaVersion } from '../db/schema-versions';
import type { ServiceContext } from '../services/core';

let counter = 0;

/** A fixed installation salt, as the first run lays down (services that hash need one). */
export const testSalt = 'a5'.repeat(32);

/** A fresh database with a unique name, holding only the installation salt. */
export function testDb(versions?: readonly SchemaVersion[]): VivierDb {
  counter += 1;
  const db = createDb(`vivier-test-${counter}-${crypto.randomUUID()}`, versions);
  db.on('populate', (tx) => {
    void tx.table('meta').add({ key: 'installSalt', value: testSalt });
  });
  return db;
}

export const testNow = new Date('2026-03-12T09:30:00.000Z');

export function testContext(db: VivierDb = testDb(), now: Date = testNow): ServiceContext {
  return { db, now, actor: 'user-test' };
}
