import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  compareHlc,
  decodeHlc,
  encodeHlc,
  maxCounter,
  receive,
  tick,
  zeroHlc,
  type Hlc,
} from './hlc';

const devA = 'aaaaaaaa';
const devB = 'bbbbbbbb';

const hlcArb = fc.record({
  ms: fc.integer({ min: 0, max: 4_102_444_800_000 }),
  counter: fc.integer({ min: 0, max: maxCounter }),
  device: fc.stringMatching(/^[0-9a-f]{8,16}$/),
});

describe('hybrid logical clock', () => {
  it('ticks to the wall clock when it is ahead, else counts', () => {
    const c0 = zeroHlc(devA);
    const c1 = tick(c0, 1000);
    expect(c1).toEqual({ ms: 1000, counter: 0, device: devA });
    expect(tick(c1, 1000)).toEqual({ ms: 1000, counter: 1, device: devA });
    // the wall clock went back (NTP correction): the clock does not
    expect(tick(c1, 500)).toEqual({ ms: 1000, counter: 1, device: devA });
  });

  it('borrows a millisecond when the counter is full, staying fixed width', () => {
    const full: Hlc = { ms: 7, counter: maxCounter, device: devA };
    const next = tick(full, 0);
    expect(next).toEqual({ ms: 8, counter: 0, device: devA });
    expect(encodeHlc(next) > encodeHlc(full)).toBe(true);
  });

  it('after receiving a stamp, the next local stamp is greater than it', () => {
    const local = { ms: 1000, counter: 3, device: devA };
    const remote = { ms: 5000, counter: 9, device: devB };
    const merged = receive(local, remote, 2000);
    expect(merged).toEqual({ ok: true, value: { ms: 5000, counter: 10, device: devA } });
    if (!merged.ok) return;
    expect(compareHlc(tick(merged.value, 2000), remote)).toBe(1);
  });

  it('counts past the greatest counter when both clocks and the wall agree', () => {
    const r = receive({ ms: 9, counter: 4, device: devA }, { ms: 9, counter: 2, device: devB }, 9);
    expect(r).toEqual({ ok: true, value: { ms: 9, counter: 5, device: devA } });
  });

  it('refuses a remote stamp too far ahead of the wall clock', () => {
    const yearMs = 365 * 24 * 3600 * 1000;
    const r = receive(zeroHlc(devA), { ms: 1000 + yearMs, counter: 0, device: devB }, 1000, 60_000);
    expect(r).toEqual({ ok: false, error: { reason: 'clock-ahead', aheadMs: yearMs } });
  });

  it('the encoded text sorts exactly as the clocks compare', () => {
    fc.assert(
      fc.property(hlcArb, hlcArb, (a, b) => {
        const byText = encodeHlc(a) < encodeHlc(b) ? -1 : encodeHlc(a) > encodeHlc(b) ? 1 : 0;
        expect(byText).toBe(compareHlc(a, b));
        expect(decodeHlc(encodeHlc(a))).toEqual(a);
      }),
    );
  });

  it('is a total order: antisymmetric and transitive', () => {
    fc.assert(
      fc.property(hlcArb, hlcArb, hlcArb, (a, b, c) => {
        expect(Math.sign(compareHlc(a, b))).toBe(-Math.sign(compareHlc(b, a)));
        if (compareHlc(a, b) <= 0 && compareHlc(b, c) <= 0)
          expect(compareHlc(a, c)).toBeLessThanOrEqual(0);
      }),
    );
  });

  it('is monotonic under any interleaving of ticks and receives', () => {
    const step = fc.oneof(
      fc.record({ t: fc.constant('tick' as const), now: fc.integer({ min: 0, max: 10_000 }) }),
      fc.record({
        t: fc.constant('recv' as const),
        now: fc.integer({ min: 0, max: 10_000 }),
        remote: hlcArb,
      }),
    );
    fc.assert(
      fc.property(fc.array(step, { maxLength: 40 }), (steps) => {
        let clock = zeroHlc(devA);
        for (const s of steps) {
          const next =
            s.t === 'tick'
              ? tick(clock, s.now)
              : receive(clock, { ...s.remote, ms: s.remote.ms % 20_000 }, s.now);
          const value = 'ok' in next ? (next.ok ? next.value : clock) : next;
          expect(compareHlc(value, clock)).toBeGreaterThan(-1);
          if (s.t === 'tick') expect(compareHlc(value, clock)).toBe(1);
          if (s.t === 'recv' && 'ok' in next && next.ok)
            expect(compareHlc(value, { ...s.remote, ms: s.remote.ms % 20_000 })).toBe(1);
          clock = value;
        }
      }),
    );
  });

  it('rejects text that is not a stamp', () => {
    expect(decodeHlc('2026-01-01')).toBeNull();
    expect(decodeHlc(`${'1'.repeat(15)}.000001.ZZZZZZZZ`)).toBeNull();
  });
});
