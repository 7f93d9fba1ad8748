import type { FieldIssue } from '../../domain/common';
import { err } from '../../domain/result';
import type { Invalid } from './failures';

/**
 * Invalid input as a value, one issue per field and code: zod reports a malformed date twice
 * (its pattern and its calendar check), and the form should say it once.
 */
export const invalidInput = (issues: readonly FieldIssue[]) =>
  err<Invalid>({
    reason: 'invalid',
    issues: issues.filter(
      (x, i) => issues.findIndex((y) => y.path === x.path && y.code === x.code) === i,
    ),
  });
