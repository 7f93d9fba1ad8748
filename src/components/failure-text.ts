import { maxAttachmentBytes } from '../domain/attachment-rules';
import type { MessageKey } from '../i18n/messages';
import { useI18n } from './i18n-context';

/**
 * A service's expected failure as one sentence: `reason.<code>` from the catalogues. Invalid
 * input gets a pointer to the fields, whose own messages sit beside them.
 */
export function useFailureText() {
  const { t, bytes } = useI18n();
  return (failure: { reason: string; row?: number }): string => {
    if (failure.reason === 'invalid') return t('records.form.check-fields');
    return t(`reason.${failure.reason}` as MessageKey, {
      size: bytes(maxAttachmentBytes),
      row: failure.row ?? '',
    });
  };
}
