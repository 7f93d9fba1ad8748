/**
 * Seeded randomness for synthetic data. mulberry32 is tiny and fast (one multiply-xorshift per
 * draw); it is for reproducible test data only, never for secrets. No Node API: the same code
 * runs in vitest and in the benchmark page.
 */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return (t ^ (t >>> 14)) >>> 0;
  };
}

export type Rng = {
  /** Uniform in [0, 1). */
  next(): number;
  uint32(): number;
  /** Uniform integer in [min, max], both included. */
  int(min: number, max: number): number;
  chance(p: number): boolean;
  pick<T>(items: readonly T[]): T;
  /** Picks by weight: [[value, weight], …]. */
  weighted<T>(pairs: readonly (readonly [T, number])[]): T;
  hex(chars: number): string;
};

const hexDigits = '0123456789abcdef';
const byteHex = Array.from({ length: 256 }, (_, b) => hexDigits[b >> 4]! + hexDigits[b & 15]!);

export function createRng(seed: number): Rng {
  const u32 = mulberry32(seed);
  const next = () => u32() / 4294967296;
  const int = (min: number, max: number) => min + Math.floor(next() * (max - min + 1));
  return {
    next,
    uint32: u32,
    int,
    chance: (p) => next() < p,
    pick: (items) => items[Math.floor(next() * items.length)]!,
    weighted(pairs) {
      let total = 0;
      for (const [, w] of pairs) total += w;
      let r = next() * total;
      for (const [v, w] of pairs) {
        r -= w;
        if (r < 0) return v;
      }
      return pairs[pairs.length - 1]![0];
    },
    hex(chars) {
      let s = '';
      for (let i = 0; i < chars; i += 2) s += byteHex[u32() & 255];
      return s.length === chars ? s : s.slice(0, chars);
    },
  };
}

/** A 32-bit mix of several integers (murmur3 finaliser), to derive independent seeds. */
export function mixSeed(...parts: number[]): number {
  let h = 0x9e3779b9;
  for (const p of parts) {
    h ^= p >>> 0;
    h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
    h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
    h ^= h >>> 16;
  }
  return h >>> 0;
}

const hex8 = (n: number) =>
  byteHex[n >>> 24]! + byteHex[(n >>> 16) & 255]! + byteHex[(n >>> 8) & 255]! + byteHex[n & 255]!;

/**
 * A random-looking UUID (version 4 layout) that is a pure function of (seed, kind, index), so a
 * test or the benchmark can name the 12,345th candidate without generating the others. Random
 * keys, like crypto.randomUUID() in the app, spread writes over the primary-key B-tree.
 */
export function syntheticUuid(seed: number, kind: number, index: number): string {
  const r = mulberry32(mixSeed(seed, kind, index));
  const a = hex8(r());
  const b = hex8(r());
  const c = hex8(r());
  const d = hex8(r());
  const variant = hexDigits[8 + (parseInt(c[0]!, 16) & 3)];
  return `${a}-${b.slice(0, 4)}-4${b.slice(5, 8)}-${variant}${c.slice(1, 4)}-${c.slice(4)}${d}`;
}
