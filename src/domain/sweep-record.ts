import { z } from 'zod';
import { isoDate, isoDateTime } from './common';

const count = z.number().int().min(0);

/** What the last retention sweep did: the retention screen shows it. */
export const sweepRecord = z.object({
  /** When it finished (the laptop's clock). */
  at: isoDateTime,
  /** The calendar day it swept for: people due before this day. */
  today: isoDate,
  erased: count,
  archived: count,
  /** Due people skipped because a hold pauses their deletion. */
  held: count,
  /** Client archive entries removed at the end of their own period (P8). */
  archiveErased: count,
});
export type SweepRecord = z.infer<typeof sweepRecord>;
