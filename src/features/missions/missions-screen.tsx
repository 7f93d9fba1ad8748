import { useState } from 'react';
import { SelectField } from '../../components/fields';
import { useI18n } from '../../components/i18n-context';
import { Link } from '../../components/link';
import { VirtualList } from '../../components/virtual-list';
import { missionStatuses } from '../../domain/mission';
import type { MissionStatus } from '../../services/records';
import { useMissionList } from './use-missions';

/** Missions by title or by date (never ranked), filtered by status. */
export function MissionsScreen() {
  const { t, date } = useI18n();
  const [status, setStatus] = useState<MissionStatus | ''>('');
  const [order, setOrder] = useState<'title' | 'opened'>('title');
  const list = useMissionList({ order, ...(status ? { status } : {}) });
  return (
    <>
      <h1>{t('records.list.missions')}</h1>
      <p>
        <Link href="/missions/new" className="button">
          {t('records.mission.new')}
        </Link>
      </p>
      <div className="filters">
        <SelectField
          label={t('records.mission.status')}
          value={status}
          onChange={setStatus}
          options={[
            { value: '', label: t('records.filter.any') },
            ...missionStatuses.map((s) => ({ value: s, label: t(`records.missionStatus.${s}`) })),
          ]}
        />
        <SelectField
          label={t('records.list.sort')}
          value={order}
          onChange={setOrder}
          options={[
            { value: 'title', label: t('records.list.sortedByName') },
            { value: 'opened', label: t('records.list.sortedByDate') },
          ]}
        />
      </div>
      {list.loaded && list.items.length === 0 ? (
        <p>{t('records.list.empty')}</p>
      ) : (
        <VirtualList
          items={list.items}
          rowHeight={44}
          height={480}
          label={t('records.list.missions')}
          keyOf={(m) => m.id}
          hasMore={list.hasMore}
          onEndReached={list.loadMore}
          renderRow={(m) => (
            <div className="row">
              <Link href={`/missions/${encodeURIComponent(m.id)}`}>{m.position}</Link>
              <span className="muted">{list.clients.get(m.clientId) ?? ''}</span>
              <span className="muted">{date(m.openedOn)}</span>
              <span>{t(`records.missionStatus.${m.status}`)}</span>
              {m.contractSignedOn === null && (
                <span className="badge badge-warning">{t('records.mission.unsignedShort')}</span>
              )}
            </div>
          )}
        />
      )}
    </>
  );
}
