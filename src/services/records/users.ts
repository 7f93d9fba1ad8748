import { fieldIssues } from '../../domain/common';
import { err, ok, type Result } from '../../domain/result';
import { userInput, userRow, type User } from '../../domain/user';
import { defaultSettings } from '../../domain/settings';
import type { VivierDb } from '../../db/database';
import { getMeta, setMeta } from '../../db/meta';
import { parseRow } from '../../db/rows';
import { transactWithAudit } from '../audit';
import type { Invalid } from '../core';

const randomHex = (bytes: number): string =>
  Array.from(crypto.getRandomValues(new Uint8Array(bytes)), (b) =>
    b.toString(16).padStart(2, '0'),
  ).join('');

/**
 * First run: the person using this laptop says who they are; they become the actor of every
 * audit entry. Also lays down the installation salt and the policy's default settings.
 */
export async function registerUser(
  db: VivierDb,
  now: Date,
  input: unknown,
): Promise<Result<User, Invalid>> {
  const parsed = userInput.safeParse(input);
  if (!parsed.success) return err({ reason: 'invalid', issues: fieldIssues(parsed.error) });
  const user: User = { ...parsed.data, id: crypto.randomUUID(), createdAt: now.toISOString() };
  const ctx = { db, now, actor: user.id };
  await transactWithAudit(ctx, [db.users, db.meta, db.settings], async () => {
    await db.users.add(user);
    await setMeta(db, 'currentUserId', user.id);
    const audit = [{ action: 'user.create', entity: 'user', id: user.id }];
    if ((await getMeta(db, 'installSalt')) === undefined)
      await setMeta(db, 'installSalt', randomHex(32));
    if ((await db.settings.get('settings')) === undefined) {
      await db.settings.add(defaultSettings);
      audit.push({ action: 'settings.create', entity: 'settings', id: 'settings' });
    }
    return { result: user, audit };
  });
  return ok(user);
}

/** The user of this laptop, or undefined before the first run. */
export async function currentUser(db: VivierDb): Promise<User | undefined> {
  const id = await getMeta(db, 'currentUserId');
  if (id === undefined) return undefined;
  const row = await db.users.get(id);
  return row === undefined ? undefined : parseRow(userRow, 'users', row);
}
