import { useState } from 'react';
import { useI18n } from '../../components/i18n-context';
import { Link } from '../../components/link';
import type { MessageKey } from '../../i18n/messages';
import type { SyncFailureReason } from '../../services/sync';
import { useSyncActions, useSyncStatus } from './use-sync';

const errorKeys = {
  offline: 'sync.error.offline',
  unauthorized: 'sync.error.unauthorized',
  'server-error': 'sync.error.server-error',
  'bad-response': 'sync.error.bad-response',
} as const satisfies Record<SyncFailureReason, MessageKey>;

/**
 * The sync status in the shell, for a laptop connected to the office: last synced, changes
 * waiting, offline, the last failure with its reason, and "Sync now". A status region, so a
 * screen reader hears it change; nothing shows on a laptop that works alone.
 */
export function SyncStatusBar() {
  const { t, dateTime, number } = useI18n();
  const status = useSyncStatus();
  const { syncNow } = useSyncActions();
  const [asked, setAsked] = useState(false);
  if (!status?.connection) return null;
  const offline = !status.online || status.error?.reason === 'offline';
  const parts: string[] = [
    status.syncing
      ? t('sync.status.syncing')
      : status.lastSyncedAt
        ? t('sync.status.last', { when: dateTime(status.lastSyncedAt) })
        : t('sync.status.never'),
  ];
  if (status.waiting > 0) parts.push(t('sync.status.waiting', { count: number(status.waiting) }));
  if (status.refused > 0) parts.push(t('sync.status.refused', { count: number(status.refused) }));
  return (
    <div className="sync-status" aria-label={t('sync.status.label')} role="region">
      <p role="status">
        {parts.join(' · ')}
        {offline && !status.syncing && <> · {t('sync.status.offline')}</>}
        {status.error && status.error.reason !== 'offline' && !status.syncing && (
          <>
            {' · '}
            <span className="warning">
              {t('sync.status.error', {
                reason: t(errorKeys[status.error.reason], {
                  status: status.error.status ?? '',
                }),
              })}
            </span>
          </>
        )}
      </p>
      <button
        type="button"
        disabled={status.syncing && asked}
        onClick={() => {
          setAsked(true);
          void syncNow().finally(() => setAsked(false));
        }}
      >
        {t('sync.now')}
      </button>{' '}
      <Link href="/sync">{t('nav.sync')}</Link>
    </div>
  );
}
