import { useI18n } from '../../components/i18n-context';
import type { RulesPreview } from '../../services/retention';

const listed = 100;

/** Who the change moves and by how many days, before anything is saved. */
export function RulesPreviewTable({ preview }: { preview: RulesPreview }) {
  const { t, plural, date, number } = useI18n();
  const { moves, people } = preview;
  if (moves.length === 0)
    return <p role="status">{t('retention.preview.none', { people: number(people) })}</p>;
  const sooner = moves.filter((m) => m.days !== null && m.days < 0).length;
  const later = moves.filter((m) => m.days !== null && m.days > 0).length;
  return (
    <section aria-labelledby="retention-preview">
      <h3 id="retention-preview">{t('retention.preview.title')}</h3>
      <p role="status">
        {t('retention.preview.summary', {
          count: number(moves.length),
          people: number(people),
          sooner: number(sooner),
          later: number(later),
        })}
        {moves.length > listed && ` ${t('retention.preview.shown', { count: listed })}`}
      </p>
      <table>
        <thead>
          <tr>
            <th scope="col">{t('retention.preview.col.person')}</th>
            <th scope="col">{t('retention.preview.col.from')}</th>
            <th scope="col">{t('retention.preview.col.to')}</th>
            <th scope="col">{t('retention.preview.col.change')}</th>
          </tr>
        </thead>
        <tbody>
          {moves.slice(0, listed).map((m) => (
            <tr key={`${m.personType}-${m.id}`}>
              <td>
                {m.name} <span className="hint">({t(`retention.personType.${m.personType}`)})</span>
              </td>
              <td>{m.from ? date(m.from) : '—'}</td>
              <td>{date(m.to)}</td>
              <td>
                {m.days === null
                  ? t('retention.preview.new')
                  : m.days < 0
                    ? plural('retention.preview.sooner', -m.days)
                    : plural('retention.preview.later', m.days)}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
