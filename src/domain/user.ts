import { z } from 'zod';
import { id, isoDateTime, requiredText } from './common';

export const userRoles = ['partner', 'recruiter', 'research-officer', 'admin'] as const;
export type UserRole = (typeof userRoles)[number];

export const userInput = z.object({
  name: requiredText(120),
  role: z.enum(userRoles, { error: 'invalid-choice' }),
});
export type UserInput = z.infer<typeof userInput>;

/** A member of the firm using this laptop: the actor of audit entries (by id only). */
export const userRow = userInput.extend({ id, createdAt: isoDateTime });
export type User = z.infer<typeof userRow>;
