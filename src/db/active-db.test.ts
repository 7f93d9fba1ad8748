import { Dexie } from 'dexie';
import { describe, expect, it } from 'vitest';
import { dbPointer } from './active-db';

const prefix = () => `ptr-${crypto.randomUUID()}`;

describe('active database pointer', () => {
  it('starts on the first database and switches only from the one it points at', async () => {
    const p = dbPointer(prefix());
    const [a, b] = p.names;
    expect(await p.active()).toBe(a);
    expect(await p.inactive()).toBe(b);
    expect(await p.switchTo(b, a)).toBe(false);
    expect(await p.switchTo(a, b)).toBe(true);
    expect(await p.active()).toBe(b);
    expect(await p.switchTo(a, b)).toBe(false);
    expect((await p.openActive()).name).toBe(b);
  });

  it('discards the database not pointed at', async () => {
    const p = dbPointer(prefix());
    const [a, b] = p.names;
    const leftover = await p.openActive();
    await leftover.open();
    leftover.close();
    await p.switchTo(a, b);
    expect(await Dexie.exists(a)).toBe(true);
    await p.discardInactive();
    expect(await Dexie.exists(a)).toBe(false);
  });
});
