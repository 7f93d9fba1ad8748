// Real Dexie over an in-memory IndexedDB: tests exercise the same code as the app.
import 'fake-indexeddb/auto';

// Every catalogue, as the app loads them on demand: components and services translate at once.
import { languages, loadLanguage } from '../i18n/messages';
await Promise.all(languages.map(loadLanguage));
