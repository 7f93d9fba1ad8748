import { useI18n } from '../../components/i18n-context';
import type { RetentionReason } from '../../domain/retention';
import { explainReason, type MissionNames } from '../../i18n/retention-text';

/** "submitted to Client X on 12 March 2026 (3 years, policy rule P7)", one line per reason. */
export function ReasonLines({
  because,
  missions,
}: {
  because: readonly RetentionReason[];
  missions: ReadonlyMap<string, MissionNames>;
}) {
  const { lang } = useI18n();
  if (because.length === 1)
    return (
      <>
        {explainReason(
          lang,
          because[0]!,
          because[0]!.missionId ? missions.get(because[0]!.missionId) : undefined,
        )}
      </>
    );
  return (
    <ul className="reasons">
      {because.map((r, i) => (
        <li key={i}>
          {explainReason(lang, r, r.missionId ? missions.get(r.missionId) : undefined)}
        </li>
      ))}
    </ul>
  );
}
