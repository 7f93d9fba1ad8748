import './zod-config';

import { loadLanguage } from '../i18n/messages';
import { uiLanguage } from '../i18n/ui-language';

// The interface language's catalogue downloads beside the app, not after it.
void loadLanguage(uiLanguage());
void import('./start');
