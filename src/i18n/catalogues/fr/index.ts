import type { Messages } from '../../messages';
import { common } from './common';
import { validation } from './validation';
import { backup } from './backup';
import { disclosure } from './disclosure';
import { retention } from './retention';
import { rights } from './rights';
import { rightsExport } from './rights-export';
import { rightsFacts } from './rights-facts';
import { rightsArt30 } from './rights-art30';
import { rightsLetters } from './rights-letters';
import { records } from './records';
import { recordsScreens } from './records-screens';
import { rightsUi } from './rights-ui';
import { arrival } from './arrival';
import { workspace } from './workspace';
import { sync } from './sync';

/** Every area in French, the firm’s language and the default. One chunk per language: only the languages in use are loaded. */
export const areas = [
  common,
  validation,
  backup,
  disclosure,
  retention,
  rights,
  rightsExport,
  rightsFacts,
  rightsArt30,
  rightsLetters,
  records,
  recordsScreens,
  rightsUi,
  arrival,
  workspace,
  sync,
] as const;

export const fr: Messages = {
  ...common,
  ...validation,
  ...backup,
  ...disclosure,
  ...retention,
  ...rights,
  ...rightsExport,
  ...rightsFacts,
  ...rightsArt30,
  ...rightsLetters,
  ...records,
  ...recordsScreens,
  ...rightsUi,
  ...arrival,
  ...workspace,
  ...sync,
};
