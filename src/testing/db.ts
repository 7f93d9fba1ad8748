import { createDb, type VivierDb } from '../db/database';
import type { SchemaVersion } from '../db/schema-versions';
import type { ServiceContext } from '../services/context';

let counter = 0;

/** A fresh, empty database with a unique name. */
export function testDb(versions?: readonly SchemaVersion[]): VivierDb {
  counter += 1;
  return createDb(`vivier-test-${counter}-${crypto.randomUUID()}`, versions);
}

export const testNow = new Date('2026-03-12T09:30:00.000Z');

export function testContext(db: VivierDb = testDb(), now: Date = testNow): ServiceContext {
  return { db, now, actor: 'user-test' };
}
