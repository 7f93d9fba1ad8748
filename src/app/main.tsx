import './zod-config';

import { loadLanguage } from '../i18n/messages';
import { uiLanguage } from '../i18n/ui-language';
import { stripBase } from '../lib/base-path';

// The interface language's catalogue downloads beside the app, not after it.
void loadLanguage(uiLanguage());
void import('./start');
// So does the candidate list when it is the screen opened (a bookmark, a reload): its chunk is
// requested now rather than once start.tsx has rendered the shell that asks for it.
if (stripBase(location.pathname, import.meta.env.BASE_URL) === '/candidates')
  void import('../features/candidates/candidates-screen');
