// Tests compute the texts they look for with the app's own catalogues: load them all.
import { languages, loadLanguage } from '../../src/i18n/messages';

await Promise.all(languages.map(loadLanguage));
