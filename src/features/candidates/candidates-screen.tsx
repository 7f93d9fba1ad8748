import { useDeferredValue, useRef, useState } from 'react';
import { useServiceContext } from '../../components/db-context';
import { saveBlob } from '../../components/download';
import { SelectField, TextField } from '../../components/fields';
import { useI18n } from '../../components/i18n-context';
import { Link } from '../../components/link';
import { VirtualList } from '../../components/virtual-list';
import { useSlashFocus } from '../../hooks/use-slash-focus';
import { pipelineStatuses, type PipelineStatus } from '../../domain/application';
import { candidateSources, type CandidateSource } from '../../domain/candidate';
import { toIsoDate } from '../../domain/common';
import { exportCandidatesCsv } from '../../services/search';
import type { CandidateQuery } from '../../services/search';
import { CandidateRow } from './candidate-row';
import { useCandidateList, useOpenMissions } from './use-candidate-list';

const any = '' as const;

/** Candidates by name (never scored, P6), with prefix search and filters, windowed. */
export function CandidatesScreen() {
  const { t, lang, number } = useI18n();
  const makeContext = useServiceContext();
  const missions = useOpenMissions();
  const [text, setText] = useState('');
  const [status, setStatus] = useState<PipelineStatus | typeof any>(any);
  const [source, setSource] = useState<CandidateSource | typeof any>(any);
  const [missionId, setMissionId] = useState('');
  const [noticeDue, setNoticeDue] = useState(false);
  const [includeRestricted, setIncludeRestricted] = useState(false);
  const query: CandidateQuery = {
    text: useDeferredValue(text),
    includeRestricted,
    filter: {
      ...(status ? { status } : {}),
      ...(source ? { source } : {}),
      ...(missionId ? { missionId } : {}),
      ...(noticeDue ? { noticeDue } : {}),
    },
  };
  const list = useCandidateList(query);
  const searchForm = useRef<HTMLFormElement>(null);
  useSlashFocus(searchForm, 'input[type="search"]');

  const exportList = async () => {
    const ctx = makeContext();
    const { csv } = await exportCandidatesCsv(ctx, lang, query);
    saveBlob(
      new Blob([csv], { type: 'text/csv;charset=utf-8' }),
      `${t('records.export.fileName')}-${toIsoDate(ctx.now)}.csv`,
    );
  };

  return (
    <>
      <h1>{t('records.list.candidates')}</h1>
      <p className="actions">
        <Link href="/candidates/new" className="button">
          {t('records.candidate.new')}
        </Link>{' '}
        <Link href="/candidates/import" className="button secondary">
          {t('records.import.title')}
        </Link>{' '}
        <button type="button" className="secondary" onClick={() => void exportList()}>
          {t('records.export.csv')}
        </button>
      </p>
      <form
        ref={searchForm}
        role="search"
        className="filters"
        onSubmit={(e) => e.preventDefault()}
        noValidate
      >
        <TextField
          type="search"
          label={t('records.search.label')}
          hint={t('workspace.search.shortcut')}
          value={text}
          onChange={setText}
        />
        <SelectField
          label={t('records.filter.status')}
          value={status}
          onChange={setStatus}
          options={[
            { value: any, label: t('records.filter.any') },
            ...pipelineStatuses.map((s) => ({ value: s, label: t(`records.pipeline.${s}`) })),
          ]}
        />
        <SelectField
          label={t('records.filter.source')}
          value={source}
          onChange={setSource}
          options={[
            { value: any, label: t('records.filter.any') },
            ...candidateSources.map((s) => ({ value: s, label: t(`records.source.${s}`) })),
          ]}
        />
        <SelectField
          label={t('records.filter.mission')}
          value={missionId}
          onChange={setMissionId}
          options={[
            { value: any, label: t('records.filter.any') },
            ...missions.map((m) => ({ value: m.id, label: `${m.position} (${m.clientName})` })),
          ]}
        />
        <label className="check">
          <input
            type="checkbox"
            checked={noticeDue}
            onChange={(e) => setNoticeDue(e.target.checked)}
          />{' '}
          {t('records.filter.noticeDue')}
        </label>
        {text.trim() !== '' && (
          <label className="check">
            <input
              type="checkbox"
              checked={includeRestricted}
              onChange={(e) => setIncludeRestricted(e.target.checked)}
            />{' '}
            {t('records.search.includeRestricted')}
          </label>
        )}
      </form>
      <p role="status">
        {list.total !== null && t('records.list.count', { count: number(list.total) })}{' '}
        {t('records.list.sortedByName')}
      </p>
      {list.loaded && list.items.length === 0 ? (
        <p>{text ? t('records.search.noResult') : t('records.list.empty')}</p>
      ) : (
        <VirtualList
          items={list.items}
          rowHeight={52}
          height={560}
          label={t('records.list.candidates')}
          keyOf={(c) => c.id}
          hasMore={list.hasMore}
          onEndReached={list.loadMore}
          renderRow={(c) => <CandidateRow candidate={c} />}
        />
      )}
    </>
  );
}
