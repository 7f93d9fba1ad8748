import type { FieldIssue } from '../domain/common';
import { err } from '../domain/result';
import type { InvalidInput } from './users';

/**
 * Invalid input as a value, one issue per field and code: zod reports a malformed date twice
 * (its pattern and its calendar check), and the form should say it once.
 */
export const invalidInput = (issues: readonly FieldIssue[]) =>
  err<InvalidInput>({
    reason: 'invalid',
    issues: issues.filter(
      (x, i) => issues.findIndex((y) => y.path === x.path && y.code === x.code) === i,
    ),
  });
