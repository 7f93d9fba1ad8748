import { z } from 'zod';
import { err, ok, type Result } from '../result';

/**
 * A hybrid logical clock (Kulkarni et al., 2014): physical milliseconds, a counter for events in
 * the same millisecond (or while the wall clock lags a clock seen from another laptop), and the
 * device id that breaks ties. Every change a laptop makes gets a fresh stamp, greater than every
 * stamp that laptop has made or seen, so "last writer" is a total order shared by all laptops
 * even when their wall clocks disagree. The domain never reads the clock: `now` is passed in.
 */
export type Hlc = { readonly ms: number; readonly counter: number; readonly device: string };

/** Random, lowercase hex: a device id says nothing about its owner. */
export const deviceId = z.string().regex(/^[0-9a-f]{8,64}$/);

const msDigits = 15; // up to year 33658: the encoding stays fixed width
const counterDigits = 6;
export const maxCounter = 10 ** counterDigits - 1;

/** `ms.counter.device`, fixed width, so comparing the strings compares the clocks. */
export const hlcText = z
  .string()
  .regex(new RegExp(`^\\d{${msDigits}}\\.\\d{${counterDigits}}\\.[0-9a-f]{8,64}$`));

export function encodeHlc(h: Hlc): string {
  return `${String(h.ms).padStart(msDigits, '0')}.${String(h.counter).padStart(counterDigits, '0')}.${h.device}`;
}

export function decodeHlc(text: string): Hlc | null {
  if (!hlcText.safeParse(text).success) return null;
  const [ms, counter, device] = text.split('.') as [string, string, string];
  return { ms: Number(ms), counter: Number(counter), device };
}

/** The total order: physical time, then counter, then device id (as the encoded text sorts). */
export function compareHlc(a: Hlc, b: Hlc): number {
  if (a.ms !== b.ms) return a.ms < b.ms ? -1 : 1;
  if (a.counter !== b.counter) return a.counter < b.counter ? -1 : 1;
  return a.device === b.device ? 0 : a.device < b.device ? -1 : 1;
}

export const zeroHlc = (device: string): Hlc => ({ ms: 0, counter: 0, device });

/** Past the counter's width the clock borrows a millisecond: it stays monotonic and fixed width. */
function normalise(ms: number, counter: number, device: string): Hlc {
  return counter > maxCounter ? { ms: ms + 1, counter: 0, device } : { ms, counter, device };
}

/** A local event (a change made on this laptop) at wall time `now` (ms since the epoch). */
export function tick(clock: Hlc, now: number): Hlc {
  const wall = Math.floor(now);
  if (wall > clock.ms) return { ms: wall, counter: 0, device: clock.device };
  return normalise(clock.ms, clock.counter + 1, clock.device);
}

export type ReceiveFailure = { reason: 'clock-ahead'; aheadMs: number };

/**
 * Merges a stamp seen on a pulled change into the local clock. A stamp further ahead of this
 * laptop's wall clock than `maxDriftMs` (a laptop whose clock is set a year ahead) is refused:
 * adopting it would let that laptop's edits win every merge for a year. The caller still merges
 * the change (its order against other changes is its stamp's), it only does not move the clock.
 */
export function receive(
  clock: Hlc,
  remote: Hlc,
  now: number,
  maxDriftMs: number = Number.POSITIVE_INFINITY,
): Result<Hlc, ReceiveFailure> {
  const wall = Math.floor(now);
  if (remote.ms - wall > maxDriftMs)
    return err({ reason: 'clock-ahead', aheadMs: remote.ms - wall });
  const ms = Math.max(clock.ms, remote.ms, wall);
  let counter: number;
  if (ms === clock.ms && ms === remote.ms) counter = Math.max(clock.counter, remote.counter) + 1;
  else if (ms === clock.ms) counter = clock.counter + 1;
  else if (ms === remote.ms) counter = remote.counter + 1;
  else counter = 0;
  return ok(normalise(ms, counter, clock.device));
}
