import type { I18n } from '../../components/i18n-context';
import type { HoldError } from '../../services/retention';

/** A hold service's failure in words. */
export const holdErrorText = (t: I18n['t'], error: HoldError): string =>
  error.reason === 'invalid' ? t('validation.invalid') : t(`reason.${error.reason}`);
