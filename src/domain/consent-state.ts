import type { IsoDate } from './common';
import type { Consent } from './consent';

/**
 * Where a consent stands on a given day. Consents are never edited: a change is a new record
 * whose `supersedes` names the old one, so "superseded" is derived from the other records.
 * - withdrawn: the candidate took it back (Art. 7(3)); this wins over everything else.
 * - superseded: a later record replaced it.
 * - future: dated after `today` (a clock that jumped): not yet valid.
 * - active: none of the above.
 */
export type ConsentState = 'active' | 'superseded' | 'withdrawn' | 'future';

export function consentStates(
  consents: readonly Consent[],
  today: IsoDate,
): Map<string, ConsentState> {
  const superseded = new Set(
    consents.flatMap((c) => (c.supersedes === null ? [] : [c.supersedes])),
  );
  return new Map(
    consents.map((c): [string, ConsentState] => [
      c.id,
      c.withdrawnOn !== null
        ? 'withdrawn'
        : superseded.has(c.id)
          ? 'superseded'
          : c.givenOn > today
            ? 'future'
            : 'active',
    ]),
  );
}

/** The consents naming this exact candidate, mission and recipient (P3, P4). */
export const consentsFor = (
  consents: readonly Consent[],
  candidateId: string,
  missionId: string,
  recipientId: string,
): Consent[] =>
  consents.filter(
    (c) =>
      c.candidateId === candidateId && c.missionId === missionId && c.recipientId === recipientId,
  );

/** What a recruiter needs at a glance for one mission and one recipient. */
export type ConsentStanding = 'active' | 'withdrawn' | 'none';

/**
 * The consent standing of a mission towards each recipient: the mission's client and partner
 * firm (always listed, "none" when nobody asked) and any other recipient a consent names.
 * Active when one consent is active today; withdrawn when the last word was a withdrawal
 * (Art. 7(3)); none otherwise (a consent dated in the future is not yet one).
 */
export function consentStandings(
  consents: readonly (Pick<Consent, 'missionId' | 'recipientId'> & { state: ConsentState })[],
  mission: { id: string; clientId: string; partnerId: string | null },
): { recipientId: string; standing: ConsentStanding }[] {
  const forMission = consents.filter((c) => c.missionId === mission.id);
  const recipients = [
    ...new Set([
      mission.clientId,
      ...(mission.partnerId === null ? [] : [mission.partnerId]),
      ...forMission.map((c) => c.recipientId),
    ]),
  ];
  return recipients.map((recipientId) => {
    const states = forMission.filter((c) => c.recipientId === recipientId).map((c) => c.state);
    const standing: ConsentStanding = states.includes('active')
      ? 'active'
      : states.includes('withdrawn')
        ? 'withdrawn'
        : 'none';
    return { recipientId, standing };
  });
}
