import type { z } from 'zod';
import { fieldIssues, type FieldIssue } from '../../domain/common';
import { err, type Err } from '../../domain/result';

/**
 * The expected failures every capability shares, as values with reason codes. Each reason is
 * shown by its own message (components/failure-text.ts maps a failure to its message key, and the
 * compiler proves the key exists).
 */

/** Bad input, one issue per field and code: the form shows each beside its field. */
export type Invalid = { reason: 'invalid'; issues: FieldIssue[] };

/** What a use-case can find gone: a record of the files, a person, a hold, a rights request. */
export type NotFoundKind = 'record' | 'person' | 'hold' | 'request';
export type NotFound<K extends NotFoundKind = NotFoundKind> = { reason: 'not-found'; kind: K };

/**
 * What the user acted on changed meanwhile (another tab, another restore): since the form was
 * loaded, since the import preview, since the restore summary was reviewed, or since the dossier
 * was read for a disclosure. Nothing was written; look again, then act again.
 */
export type ChangedSince = 'loaded' | 'previewed' | 'reviewed' | 'read';
export type ChangedMeanwhile<S extends ChangedSince = ChangedSince> = {
  reason: 'changed-meanwhile';
  since: S;
};

/** Art. 18: a restricted person is kept read-only until the restriction is lifted. */
export type Restricted = { reason: 'restricted' };
/** Other records still point at this one (missions of a client, applications of a mission). */
export type InUse = { reason: 'in-use' };

/**
 * Invalid input as a value, each (field, code) once: zod reports a malformed date twice (its
 * pattern and its calendar check), and the form should say it once.
 */
export const invalid = (issues: readonly FieldIssue[]): Err<Invalid> =>
  err({
    reason: 'invalid',
    issues: issues.filter(
      (x, i) => issues.findIndex((y) => y.path === x.path && y.code === x.code) === i,
    ),
  });
export const invalidZod = (e: z.ZodError): Err<Invalid> => invalid(fieldIssues(e));
export const notFound = <K extends NotFoundKind>(kind: K): Err<NotFound<K>> =>
  err({ reason: 'not-found', kind });
export const changedMeanwhile = <S extends ChangedSince>(since: S): Err<ChangedMeanwhile<S>> =>
  err({ reason: 'changed-meanwhile', since });
