import { useI18n } from '../../components/i18n-context';
import type { MessageKey } from '../../i18n/messages';
import { useCandidateHistory } from './use-candidate';

/** Labels of the field names audit entries hold (never values). */
const fieldLabels: Record<string, MessageKey> = {
  identity: 'records.section.identity',
  contact: 'records.section.contact',
  qualifications: 'records.section.qualifications',
  languages: 'records.section.languages',
  experience: 'records.section.experience',
  profileLinks: 'records.section.profileLinks',
  psychometrics: 'records.section.psychometrics',
  interviewNotes: 'records.section.interviewNotes',
  notes: 'records.section.notes',
  source: 'records.field.source',
  collectedOn: 'records.field.collectedOn',
  notice: 'records.section.notice',
  attachments: 'records.section.attachments',
  status: 'records.application.status',
  events: 'records.application.events',
  firstName: 'records.field.firstName',
  lastName: 'records.field.lastName',
  relationship: 'records.referee.relationship',
  organisation: 'records.referee.organisation',
  email: 'records.referee.email',
  phone: 'records.referee.phone',
  statement: 'records.referee.statement',
  permissionToContactOn: 'records.referee.permissionToContactOn',
};

const verbs = ['create', 'update', 'delete', 'import', 'move', 'add'] as const;
const entities = ['candidate', 'application', 'referee', 'attachment'] as const;

/** Rectification history: which parts changed, when, and by whom (Art. 16, P12). */
export function HistorySection({ candidateId }: { candidateId: string }) {
  const { t, dateTime } = useI18n();
  const history = useCandidateHistory(candidateId);
  const label = (name: string) => (fieldLabels[name] ? t(fieldLabels[name]) : name);
  const action = (entity: string, name: string) => {
    const [prefix = '', verb = ''] = name.split('.');
    const what = (entities as readonly string[]).includes(
      prefix === 'attachment' ? 'attachment' : entity,
    )
      ? t(
          `records.entity.${(prefix === 'attachment' ? 'attachment' : entity) as (typeof entities)[number]}`,
        )
      : entity;
    const done = (verbs as readonly string[]).includes(verb)
      ? t(`records.action.${verb as (typeof verbs)[number]}`)
      : name;
    return `${what}: ${done}`;
  };
  return (
    <section className="panel" aria-labelledby="history-heading">
      <h2 id="history-heading">{t('records.section.history')}</h2>
      <table>
        <thead>
          <tr>
            <th scope="col">{t('records.history.when')}</th>
            <th scope="col">{t('records.history.who')}</th>
            <th scope="col">{t('records.history.what')}</th>
            <th scope="col">{t('records.history.fields')}</th>
          </tr>
        </thead>
        <tbody>
          {history.map((h) => (
            <tr key={h.seq}>
              <td>{dateTime(h.at)}</td>
              <td>{h.actorName ?? t('records.history.unknownUser')}</td>
              <td>{action(h.entity, h.action)}</td>
              <td>{h.fields.map(label).join(', ')}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
