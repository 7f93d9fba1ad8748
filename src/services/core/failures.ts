import type { z } from 'zod';
import { fieldIssues, type FieldIssue } from '../../domain/common';
import { err, type Err } from '../../domain/result';

/** Expected failures of the record services, as values with reason codes (see i18n records). */
export type Invalid = { reason: 'invalid'; issues: FieldIssue[] };
export type NotFound = { reason: 'not-found' };
/** Someone (another tab) saved this record since it was loaded: reload before editing. */
export type Stale = { reason: 'stale' };
/** Art. 18: a restricted person is kept read-only until the restriction is lifted. */
export type Restricted = { reason: 'restricted' };
/** Other records still point at this one (missions of a client, applications of a mission). */
export type InUse = { reason: 'in-use' };

export const invalid = (issues: FieldIssue[]): Err<Invalid> => err({ reason: 'invalid', issues });
export const invalidZod = (e: z.ZodError): Err<Invalid> => invalid(fieldIssues(e));
export const notFound = (): Err<NotFound> => err({ reason: 'not-found' });
