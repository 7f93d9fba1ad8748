import { useState } from 'react';
import { useServiceContext } from '../../components/db-context';
import { useFailureText } from '../../components/failure-text';
import { useI18n } from '../../components/i18n-context';
import { Link } from '../../components/link';
import { navigate } from '../../components/navigation';
import { Section } from '../../components/section';
import type { Mission } from '../../domain/mission';
import { deleteMission, updateMission } from '../../services/records';
import { AddApplicant } from './add-applicant';
import { MissionFields, missionInputOf, type MissionForm } from './mission-fields';
import { PipelineBoard } from './pipeline-board';
import { useMission } from './use-missions';

const formOf = (m: Mission): MissionForm => ({
  clientId: m.clientId,
  partnerId: m.partnerId ?? '',
  position: m.position,
  location: m.location,
  contractRef: m.contractRef,
  contractSignedOn: m.contractSignedOn ?? '',
  status: m.status,
  openedOn: m.openedOn,
  closedOn: m.closedOn ?? '',
});

/** A mission: its contract (signed date empty until signed) and its pipeline. */
export function MissionScreen({ id }: { id: string }) {
  const { t, date } = useI18n();
  const data = useMission(id);
  const makeContext = useServiceContext();
  const failureText = useFailureText();
  const [form, setForm] = useState<MissionForm | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  if (data === undefined) return <p>{t('app.loading')}</p>;
  if (data === null) return <h1>{t('reason.not-found')}</h1>;
  const { mission, clientName, partnerName } = data;
  const current = form ?? formOf(mission);
  return (
    <>
      <p>
        <Link href="/missions">← {t('records.list.missions')}</Link>
      </p>
      <h1>
        {mission.position} — {clientName}
      </h1>
      {mission.contractSignedOn === null && (
        <p className="warning">{t('records.mission.unsigned')}</p>
      )}
      {message && (
        <p role="alert" className="error">
          {message}
        </p>
      )}
      <Section
        title={t('records.mission.details')}
        onEdit={() => setForm(formOf(mission))}
        onCancel={() => setForm(null)}
        dirty={form !== null && JSON.stringify(form) !== JSON.stringify(formOf(mission))}
        view={
          <dl>
            <dt>{t('records.mission.client')}</dt>
            <dd>
              <Link href={`/organisations/${encodeURIComponent(mission.clientId)}`}>
                {clientName}
              </Link>
            </dd>
            {partnerName !== null && (
              <>
                <dt>{t('records.mission.partner')}</dt>
                <dd>{partnerName}</dd>
              </>
            )}
            <dt>{t('records.mission.location')}</dt>
            <dd>{mission.location}</dd>
            <dt>{t('records.mission.contractRef')}</dt>
            <dd>{mission.contractRef}</dd>
            <dt>{t('records.mission.contractSignedOn')}</dt>
            <dd>{mission.contractSignedOn ? date(mission.contractSignedOn) : '—'}</dd>
            <dt>{t('records.mission.status')}</dt>
            <dd>{t(`records.missionStatus.${mission.status}`)}</dd>
            <dt>{t('records.mission.openedOn')}</dt>
            <dd>{date(mission.openedOn)}</dd>
            {mission.closedOn && (
              <>
                <dt>{t('records.mission.closedOn')}</dt>
                <dd>{date(mission.closedOn)}</dd>
              </>
            )}
          </dl>
        }
        onSave={async () => {
          const out = await updateMission(
            makeContext(),
            id,
            missionInputOf(current),
            mission.updatedAt,
          );
          if (out.ok) {
            setForm(null);
            return { ok: true };
          }
          return {
            ok: false,
            issues: out.error.reason === 'invalid' ? out.error.issues : [],
            message: failureText(out.error),
          };
        }}
        edit={(issues) => <MissionFields value={current} onChange={setForm} issues={issues} />}
      />
      <PipelineBoard missionId={id} />
      {mission.status === 'open' && <AddApplicant missionId={id} />}
      <p>
        <button
          type="button"
          className="danger"
          onClick={async () => {
            if (!confirm(t('records.mission.confirm-delete'))) return;
            const out = await deleteMission(makeContext(), id);
            if (out.ok) navigate('/missions');
            else setMessage(failureText(out.error));
          }}
        >
          {t('records.mission.delete')}
        </button>
      </p>
    </>
  );
}
