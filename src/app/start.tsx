// The app itself, loaded by main.tsx once zod is configured (see zod-config.ts).
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { dbPointer } from '../db/active-db';
import { openDemoIfChosen } from '../features/demo/demo-mode';
import { loadLanguage } from '../i18n/messages';
import { uiLanguage } from '../i18n/ui-language';
import { attachSync } from '../services/sync';
import { App } from './app';
import { runBackfills } from './backfill-runner';
import './styles.css';

// The active database is named by a pointer that a restore switches in one step (SPEC §5).
const pointer = dbPointer();
// A restore interrupted midway (tab closed) left a half-filled database that is not the active
// one: discard it, unless a restore is running in another tab right now.
await (
  navigator.locks
    ? navigator.locks.request('vivier-restore', { ifAvailable: true }, (lock) =>
        lock ? pointer.discardInactive() : undefined,
      )
    : pointer.discardInactive()
).catch(() => undefined);
// The demo firm, when chosen on the first-run screen, is a database of its own.
const demo = await openDemoIfChosen().catch(() => null);
const [db] = await Promise.all([demo ?? pointer.openActive(), loadLanguage(uiLanguage())]);
// Team sync's outbox goes on the firm's database before its first write (the demo never syncs).
if (!demo) await attachSync(db);

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App db={db} />
  </StrictMode>,
);

// Rows a schema upgrade left to rewrite are rewritten now, in small batches behind the first
// screen, never before it (the app answers correctly meanwhile).
void runBackfills(db).catch((error: unknown) => console.error('backfill failed', error));
