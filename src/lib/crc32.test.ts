import { describe, expect, it } from 'vitest';
import { createCrc32 } from './crc32';

describe('crc32', () => {
  it('gives the check value of the IEEE polynomial', () => {
    const c = createCrc32();
    c.update(new TextEncoder().encode('12345'));
    c.update(new TextEncoder().encode('6789'));
    expect(c.value()).toBe(0xcbf43926);
  });
});
