import { useI18n } from '../../components/i18n-context';
import { Link } from '../../components/link';
import { useLocation } from '../../components/navigation';
import { VirtualList } from '../../components/virtual-list';
import { organisationKinds } from '../../domain/organisation';
import type { OrganisationKind } from '../../services/records';
import { useOrganisationList } from './use-organisations';

const titles = {
  client: 'records.list.clients',
  partner: 'records.list.partners',
  recipient: 'records.list.recipients',
} as const;

/** Clients, partner firms and recipients, each by name; non-EEA recipients flagged. */
export function OrganisationsScreen() {
  const { t } = useI18n();
  const { search } = useLocation();
  const asked = search.get('kind');
  const kind: OrganisationKind = organisationKinds.find((k) => k === asked) ?? 'client';
  const list = useOrganisationList(kind);
  return (
    <>
      <h1>{t('records.organisations.title')}</h1>
      <nav aria-label={t('records.organisations.kinds')}>
        <ul className="tabs">
          {organisationKinds.map((k) => (
            <li key={k}>
              <Link href={`/clients?kind=${k}`} aria-current={k === kind ? 'page' : undefined}>
                {t(titles[k])}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      <h2>{t(titles[kind])}</h2>
      <p>
        <Link href={`/organisations/new?kind=${kind}`} className="button">
          {t(`records.organisation.new.${kind}`)}
        </Link>
      </p>
      {list.loaded && list.items.length === 0 ? (
        <p>{t('records.list.empty')}</p>
      ) : (
        <VirtualList
          items={list.items}
          rowHeight={44}
          height={480}
          label={t(titles[kind])}
          keyOf={(o) => o.id}
          hasMore={list.hasMore}
          onEndReached={list.loadMore}
          renderRow={(o) => (
            <div className="row">
              <Link href={`/organisations/${encodeURIComponent(o.id)}`}>{o.name}</Link>
              <span className="muted">{o.country}</span>
              {o.role && <span className="muted">{t(`records.role.${o.role}`)}</span>}
              {o.transfer !== 'inside-eea' && (
                <span
                  className={o.transfer === 'covered' ? 'badge badge-warning' : 'badge badge-error'}
                >
                  {t(`records.transfer.${o.transfer}`)}
                </span>
              )}
            </div>
          )}
        />
      )}
    </>
  );
}
