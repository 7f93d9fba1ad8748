import { maxAttachmentBytes } from '../domain/attachment-rules';
import type { MessageKey } from '../i18n/messages';
import {
  backupReadReasons,
  backupWriteReasons,
  restoreApplyReasons,
} from '../domain/backup-reasons';
import type { ChangedSince, NotFoundKind } from '../services/core';
import { disclosureReasons } from '../services/disclosure';
import { erasureReasons } from '../services/erasure';
import { recordsReasons } from '../services/records';
import { retentionReasons } from '../services/retention';
import { rightsReasons } from '../services/rights';
import { useI18n } from './i18n-context';

/** Every reason code that has its sentence in the catalogues, `reason.<code>`. */
type CodeOf<K> = K extends `reason.${infer R}` ? R : never;
type ReasonWithText = CodeOf<MessageKey>;

/**
 * A failure the catalogues can say: its reason code has a `reason.<code>` text, or it is one of
 * the shared shapes whose text depends on what was missing or what changed. A service failure
 * whose reason has no text does not compile where it is shown.
 */
export type SayableFailure =
  | { reason: 'not-found'; kind: NotFoundKind }
  | { reason: 'changed-meanwhile'; since: ChangedSince }
  | { reason: Exclude<ReasonWithText, 'not-found' | 'changed-meanwhile'> };

/**
 * The reason codes of every capability, each list kept beside its capability (`reasons.ts`): a
 * code added there without its `reason.<code>` text does not compile here.
 */
export const capabilityReasons = [
  ...recordsReasons,
  ...retentionReasons,
  ...erasureReasons,
  // a refused disclosure is said by the guard's own codes, one sentence each (disclosure-guard.ts)
  ...disclosureReasons.filter((r) => r !== 'refused'),
  ...rightsReasons,
  ...backupReadReasons,
  ...backupWriteReasons,
  ...restoreApplyReasons,
  'restricted',
  'in-use',
] as const satisfies readonly ReasonWithText[];

const notFoundKeys = {
  record: 'reason.not-found',
  person: 'reason.person-not-found',
  hold: 'reason.hold-not-found',
  request: 'reason.request-not-found',
} as const satisfies Record<NotFoundKind, MessageKey>;

const changedKeys = {
  loaded: 'reason.stale',
  previewed: 'reason.changed-since-preview',
  reviewed: 'reason.changed-since-review',
  read: 'reason.changed-meanwhile',
} as const satisfies Record<ChangedSince, MessageKey>;

/** The message key of a failure: the typed map from reason code to text. */
export function failureKey(failure: SayableFailure): MessageKey {
  if (failure.reason === 'not-found' && 'kind' in failure) return notFoundKeys[failure.kind];
  if (failure.reason === 'changed-meanwhile' && 'since' in failure)
    return changedKeys[failure.since];
  return `reason.${failure.reason}`;
}

/**
 * A service's expected failure as one sentence (failureKey). Invalid input gets a pointer to
 * the fields, whose own messages sit beside them.
 */
export function useFailureText() {
  const { t, bytes } = useI18n();
  return (failure: SayableFailure | { reason: 'invalid' }): string => {
    if (failure.reason === 'invalid') return t('records.form.check-fields');
    return t(failureKey(failure), {
      size: bytes(maxAttachmentBytes),
      row: 'row' in failure && typeof failure.row === 'number' ? failure.row : '',
    });
  };
}
