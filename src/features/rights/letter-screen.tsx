import { useState } from 'react';
import { TextField } from '../../components/fields';
import { useCatalogue, useI18n } from '../../components/i18n-context';
import { Link } from '../../components/link';
import { composeLetter, letterKinds, type LetterKind } from '../../services/rights';
import type { Subject } from '../../services/rights';
import type { RightsRequest } from '../../domain/rights-request';
import type { ControllerDetails } from '../../domain/settings';
import { today, useRequest } from './use-rights';
import './rights.css';

function addressOf(subject: Subject | null): { name: string; address: string } {
  if (!subject) return { name: '', address: '' };
  if (subject.type === 'candidate')
    return {
      name: `${subject.row.identity.firstName} ${subject.row.identity.lastName}`,
      address: subject.row.contact.addresses[0] ?? subject.row.contact.emails[0] ?? '',
    };
  if (subject.type === 'contact')
    return {
      name: `${subject.row.firstName} ${subject.row.lastName}`,
      address: subject.row.addresses[0] ?? subject.row.emails[0] ?? '',
    };
  return {
    name: `${subject.row.firstName} ${subject.row.lastName}`,
    address: subject.row.email ?? '',
  };
}

/** A response letter, filled from the request, ready to print (or to copy into an email). */
export function LetterScreen({ id, kind }: { id: string; kind: string }) {
  const { t } = useI18n();
  const data = useRequest(id);
  // the letter is written in the request's language, which may not be the interface's
  const catalogueReady = useCatalogue(data?.request?.language);
  if (!data || (data.request && !catalogueReady)) return <p>{t('app.loading')}</p>;
  if (!data.request || !(letterKinds as readonly string[]).includes(kind))
    return <h1>{t('app.not-found')}</h1>;
  return (
    <Letter
      kind={kind as LetterKind}
      request={data.request}
      subject={data.subject}
      recipients={data.recipients}
      controller={data.settings.controller}
    />
  );
}

type LetterProps = {
  kind: LetterKind;
  request: RightsRequest;
  subject: Subject | null;
  recipients: string[];
  controller: ControllerDetails;
};

function Letter({ kind, request, subject, recipients, controller }: LetterProps) {
  const { t } = useI18n();
  const initial = addressOf(subject);
  const [name, setName] = useState(initial.name);
  const [address, setAddress] = useState(initial.address);
  const [liftOn, setLiftOn] = useState(today());
  const letter = composeLetter(kind, request, {
    controller,
    today: today(),
    to: { name, address },
    recipientNames: recipients,
    liftOn,
  });
  return (
    <>
      <div className="no-print">
        <p>
          <Link href={`/rights/${request.id}`}>{t('rights.ui.back-request')}</Link>
        </p>
        <h1>{t(`rights.ui.letter.${kind}`)}</h1>
        <p className="hint">{t('rights.ui.letter-hint')}</p>
        <TextField label={t('rights.ui.letter-to-name')} value={name} onChange={setName} />
        <TextField
          label={t('rights.ui.letter-to-address')}
          value={address}
          onChange={setAddress}
          multiline
        />
        {kind === 'restriction-lifted' && (
          <TextField
            label={t('rights.ui.lift-on')}
            type="date"
            value={liftOn}
            onChange={setLiftOn}
          />
        )}
        <button type="button" onClick={() => window.print()}>
          {t('rights.ui.print')}
        </button>
      </div>
      {letter.ok ? (
        <article className="letter" lang={letter.value.language} aria-label={letter.value.subject}>
          <p className="letter-from">{letter.value.from.join('\n')}</p>
          <p className="letter-to">{letter.value.to.join('\n')}</p>
          <p className="letter-date">{letter.value.date}</p>
          <p>{letter.value.reference}</p>
          <p>
            <strong>{letter.value.subject}</strong>
          </p>
          <p>{letter.value.salutation}</p>
          {letter.value.paragraphs.map((p, i) => (
            <p key={i}>{p}</p>
          ))}
          <p>{letter.value.closing}</p>
          <p>{letter.value.signature}</p>
        </article>
      ) : (
        <p role="alert" className="error">
          {t(`rights.ui.letter-refused.${letter.error}`)}
        </p>
      )}
    </>
  );
}
