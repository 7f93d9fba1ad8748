// Real Dexie over an in-memory IndexedDB: tests exercise the same code as the app.
import 'fake-indexeddb/auto';
