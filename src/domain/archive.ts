import { z } from 'zod';
import { id, isoDate, isoDateTime, requiredText } from './common';

/** P8: the minimal, read-only client archive of a submitted or hired candidate. */
export const archiveRow = z.object({
  id,
  name: requiredText(250),
  placements: z.array(
    z.object({
      missionId: id,
      client: requiredText(200),
      position: requiredText(200),
      submittedOn: isoDate.nullable(),
      hiredOn: isoDate.nullable(),
    }),
  ),
  archivedAt: isoDateTime,
  deleteOn: isoDate,
});
export type ArchiveEntry = z.infer<typeof archiveRow>;
