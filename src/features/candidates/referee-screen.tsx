import type { ComponentType } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { useDb } from '../../components/db-context';
import { useI18n } from '../../components/i18n-context';
import { Link } from '../../components/link';
import { historyOf } from '../../services/audit';
import { getReferee } from '../../services/records';
import { AttachmentsSection } from './attachments-section';

type Panel = ComponentType<{ personType: 'candidate' | 'referee' | 'contact'; personId: string }>;

/**
 * A referee's own page: a data subject in their own right, with their files, what other
 * features show about them (rights requests, retention) and their history. They are edited
 * from the candidate's page, where they belong.
 */
export function RefereeScreen({ id, panels = [] }: { id: string; panels?: readonly Panel[] }) {
  const { t, date, dateTime } = useI18n();
  const db = useDb();
  const referee = useLiveQuery(async () => (await getReferee(db, id)) ?? null, [db, id]);
  const history = useLiveQuery(() => historyOf(db, [{ entity: 'referee', id }]), [db, id]) ?? [];
  if (referee === undefined) return <p>{t('app.loading')}</p>;
  if (referee === null) return <h1>{t('reason.not-found')}</h1>;
  return (
    <>
      <p>
        <Link href={`/candidates/${encodeURIComponent(referee.candidateId)}`}>
          ← {t('records.referee.candidate')}
        </Link>
      </p>
      <h1>
        {referee.firstName} {referee.lastName}
      </h1>
      <dl>
        <dt>{t('records.referee.relationship')}</dt>
        <dd>{referee.relationship}</dd>
        <dt>{t('records.referee.organisation')}</dt>
        <dd>{referee.organisation}</dd>
        <dt>{t('records.referee.email')}</dt>
        <dd>{referee.email ?? '—'}</dd>
        <dt>{t('records.referee.phone')}</dt>
        <dd>{referee.phone ?? '—'}</dd>
        <dt>{t('records.referee.statement')}</dt>
        <dd className="pre">{referee.statement}</dd>
        <dt>{t('records.referee.permissionToContactOn')}</dt>
        <dd>
          {referee.permissionToContactOn
            ? date(referee.permissionToContactOn)
            : t('records.referee.noPermission')}
        </dd>
      </dl>
      <AttachmentsSection ownerType="referee" ownerId={id} />
      {panels.map((Panel, i) => (
        <Panel key={i} personType="referee" personId={id} />
      ))}
      <section className="panel" aria-labelledby="referee-history">
        <h2 id="referee-history">{t('records.section.history')}</h2>
        <ul>
          {history.map((h) => (
            <li key={h.seq}>
              {dateTime(h.at)} — {h.actorName ?? t('records.history.unknownUser')}: {h.action}
              {h.fields.length > 0 && ` (${h.fields.join(', ')})`}
            </li>
          ))}
        </ul>
      </section>
    </>
  );
}
