import type { LanguageCode } from '../domain/common';
import type { RetentionDate, RetentionReason } from '../domain/retention';
import { formatDate, translate, translatePlural } from './translate';

/** "3 years", "3 ans", "3 Jahre"; "6 months"; whole years when the months make years. */
export function formatPeriod(lang: LanguageCode, months: number): string {
  if (months === 0) return translate(lang, 'retention.period.none');
  if (months % 12 === 0) return translatePlural(lang, 'retention.period.years', months / 12);
  return translatePlural(lang, 'retention.period.months', months);
}

export type MissionNames = { client: string; position: string };

/** One line of the explanation: "submitted to Client X on 12 March 2026 (3 years, policy rule P7)". */
export function explainReason(
  lang: LanguageCode,
  reason: RetentionReason,
  mission?: MissionNames,
): string {
  return translate(lang, `retention.because.${reason.event}`, {
    date: formatDate(lang, reason.on),
    period: formatPeriod(lang, reason.months),
    rule: translate(lang, `retention.rule.${reason.rule}`),
    client: mission?.client ?? '—',
    position: mission?.position ?? '—',
  });
}

/** The heading and lines the candidate page shows. */
export function explainRetention(
  lang: LanguageCode,
  date: RetentionDate,
  missionNames: (missionId: string) => MissionNames | undefined = () => undefined,
  held = false,
): { heading: string; lines: string[]; blocked: string | null } {
  return {
    heading: translate(lang, held ? 'retention.keptUntil.held' : 'retention.keptUntil', {
      date: formatDate(lang, date.deleteOn),
    }),
    lines: date.because.map((r) =>
      explainReason(lang, r, r.missionId ? missionNames(r.missionId) : undefined),
    ),
    blocked:
      date.blockedSince === null
        ? null
        : translate(lang, 'retention.blockedSince', { date: formatDate(lang, date.blockedSince) }),
  };
}
