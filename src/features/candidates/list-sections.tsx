import { useSession } from '../../components/db-context';
import { useI18n } from '../../components/i18n-context';
import { languageLevels, type Candidate } from '../../domain/candidate';
import { toIsoDate } from '../../domain/common';
import { ItemsSection } from './items-section';
import { useAttachments } from './use-candidate';

/** The categories that are lists: qualifications, languages, positions, links, tests, notes. */
export function ListSections({ candidate }: { candidate: Candidate }) {
  const { t, date } = useI18n();
  const { user } = useSession();
  const files = useAttachments('candidate', candidate.id);
  const today = toIsoDate(new Date());
  return (
    <>
      <ItemsSection
        candidate={candidate}
        field="qualifications"
        title={t('records.section.qualifications')}
        fields={[
          { key: 'title', label: 'records.field.qualification.title', kind: 'text' },
          { key: 'institution', label: 'records.field.qualification.institution', kind: 'text' },
          {
            key: 'year',
            label: 'records.field.qualification.year',
            kind: 'number',
            nullable: true,
          },
        ]}
        renderItem={(q) => {
          const item = q as Candidate['qualifications'][number];
          return [item.title, item.institution, item.year].filter(Boolean).join(', ');
        }}
      />
      <ItemsSection
        candidate={candidate}
        field="languages"
        title={t('records.section.languages')}
        fields={[
          { key: 'language', label: 'records.field.spokenLanguage.language', kind: 'text' },
          {
            key: 'level',
            label: 'records.field.spokenLanguage.level',
            kind: 'select',
            options: languageLevels.map((l) => ({ value: l, label: t(`records.level.${l}`) })),
          },
        ]}
        renderItem={(l) => {
          const item = l as Candidate['languages'][number];
          return `${item.language}: ${t(`records.level.${item.level}`)}`;
        }}
      />
      <ItemsSection
        candidate={candidate}
        field="experience"
        title={t('records.section.experience')}
        fields={[
          { key: 'title', label: 'records.field.position.title', kind: 'text' },
          { key: 'organisation', label: 'records.field.position.organisation', kind: 'text' },
          { key: 'from', label: 'records.field.position.from', kind: 'date' },
          { key: 'to', label: 'records.field.position.to', kind: 'date', nullable: true },
          { key: 'description', label: 'records.field.position.description', kind: 'textarea' },
        ]}
        renderItem={(p) => {
          const item = p as Candidate['experience'][number];
          return (
            <>
              <strong>{item.title}</strong>, {item.organisation} ({date(item.from)} –{' '}
              {item.to ? date(item.to) : t('records.position.current')})
              {item.description && <div>{item.description}</div>}
            </>
          );
        }}
      />
      <ItemsSection
        candidate={candidate}
        field="profileLinks"
        title={t('records.section.profileLinks')}
        fields={[
          {
            key: 'kind',
            label: 'records.field.profileLink.kind',
            kind: 'select',
            options: (['linkedin', 'xing', 'other'] as const).map((k) => ({
              value: k,
              label: t(`records.linkKind.${k}`),
            })),
          },
          { key: 'url', label: 'records.field.profileLink.url', kind: 'url' },
        ]}
        renderItem={(l) => {
          const item = l as Candidate['profileLinks'][number];
          return (
            <>
              {t(`records.linkKind.${item.kind}`)}:{' '}
              <a href={item.url} target="_blank" rel="noopener noreferrer">
                {item.url}
              </a>
            </>
          );
        }}
      />
      <ItemsSection
        candidate={candidate}
        field="psychometrics"
        withId
        title={t('records.section.psychometrics')}
        note={<p className="hint">{t('records.psychometric.confidential')}</p>}
        fields={[
          { key: 'test', label: 'records.field.psychometric.test', kind: 'text' },
          {
            key: 'informedOfMethodOn',
            label: 'records.field.psychometric.informedOfMethodOn',
            kind: 'date',
          },
          { key: 'takenOn', label: 'records.field.psychometric.takenOn', kind: 'date' },
          {
            key: 'administeredBy',
            label: 'records.field.psychometric.administeredBy',
            kind: 'text',
          },
          { key: 'summary', label: 'records.field.psychometric.summary', kind: 'textarea' },
          {
            key: 'attachmentId',
            label: 'records.field.psychometric.attachment',
            kind: 'select',
            nullable: true,
            options: [
              { value: '', label: t('records.form.none') },
              ...files.map((f) => ({ value: f.id, label: f.name })),
            ],
          },
        ]}
        renderItem={(p) => {
          const item = p as Candidate['psychometrics'][number];
          return (
            <>
              <strong>{item.test}</strong> — {date(item.takenOn)}, {item.administeredBy}
              <div className="muted">
                {t('records.field.psychometric.informedOfMethodOn')}:{' '}
                {date(item.informedOfMethodOn)}
              </div>
              {item.summary && <div>{item.summary}</div>}
            </>
          );
        }}
      />
      <ItemsSection
        candidate={candidate}
        field="interviewNotes"
        withId
        title={t('records.section.interviewNotes')}
        note={
          <p className="warning" role="note">
            {t('records.art9.reminder')}
          </p>
        }
        blank={{ on: today, author: user?.name ?? '' }}
        fields={[
          { key: 'on', label: 'records.field.interviewNote.on', kind: 'date' },
          { key: 'author', label: 'records.field.interviewNote.author', kind: 'text' },
          {
            key: 'text',
            label: 'records.field.interviewNote.text',
            kind: 'textarea',
            hint: t('records.art9.short'),
          },
        ]}
        renderItem={(n) => {
          const item = n as Candidate['interviewNotes'][number];
          return (
            <>
              <strong>{date(item.on)}</strong>, {item.author}
              <div className="pre">{item.text}</div>
            </>
          );
        }}
      />
    </>
  );
}
