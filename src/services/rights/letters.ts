import type { IsoDate, LanguageCode } from '../../domain/common';
import { assertNever } from '../../domain/assert-never';
import { err, ok, type Result } from '../../domain/result';
import { isOpen } from '../../domain/rights-deadlines';
import type { RightsRequest } from '../../domain/rights-request';
import type { ControllerDetails } from '../../domain/settings';
import type { MessageKey } from '../../i18n/messages';
import { formatDate, translate, translateCode, type Params } from '../../i18n/translate';

/**
 * Response letters of the rights desk, in the request's language, filled from the request.
 * A letter is plain structured text; the screen lays it out for printing.
 *
 * - acknowledgement: receipt and due date (any request);
 * - identity: asks for proof of identity when in doubt (Art. 12(6));
 * - extension: the new date and its reason, owed within the first month (Art. 12(3));
 * - answer: the outcome of a closed request, per type and outcome; a refusal names its ground
 *   and the remedies (Art. 12(4));
 * - restriction-lifted: told before a restriction ends (Art. 18(3)).
 */
export const letterKinds = [
  'acknowledgement',
  'identity',
  'extension',
  'answer',
  'restriction-lifted',
] as const;
export type LetterKind = (typeof letterKinds)[number];

export type LetterFacts = {
  controller: ControllerDetails;
  today: IsoDate;
  /** How the letter is addressed: the person's name and postal address, as known. */
  to: { name: string; address: string };
  /** Names of the organisations on the Art. 19 list (request.recipientIds, resolved). */
  recipientNames: readonly string[];
  /** For 'restriction-lifted': the day the restriction ends. */
  liftOn?: IsoDate;
};

export type Letter = {
  language: LanguageCode;
  from: string[];
  to: string[];
  date: string;
  reference: string;
  subject: string;
  salutation: string;
  paragraphs: string[];
  closing: string;
  signature: string;
};

export type LetterRefusal = 'request-still-open' | 'no-extension' | 'not-a-restriction';

/** Which letters make sense for this request now. */
export function availableLetters(request: RightsRequest): LetterKind[] {
  const open = isOpen(request.status);
  return letterKinds.filter((k) => composeCheck(k, request, open) === null);
}

function composeCheck(kind: LetterKind, r: RightsRequest, open: boolean): LetterRefusal | null {
  switch (kind) {
    case 'acknowledgement':
    case 'identity':
      return null;
    case 'extension':
      return r.extension === null ? 'no-extension' : null;
    case 'answer':
      return open ? 'request-still-open' : null;
    case 'restriction-lifted':
      return r.type === 'restriction' && r.status === 'completed' ? null : 'not-a-restriction';
    default:
      return assertNever(kind);
  }
}

export function composeLetter(
  kind: LetterKind,
  request: RightsRequest,
  facts: LetterFacts,
): Result<Letter, LetterRefusal> {
  const refusal = composeCheck(kind, request, isOpen(request.status));
  if (refusal) return err(refusal);
  const lang = request.language;
  const t = (key: MessageKey, params?: Params) => translate(lang, key, params);
  const day = (d: IsoDate) => formatDate(lang, d);
  const paragraphs: string[] = [];

  switch (kind) {
    case 'acknowledgement':
      paragraphs.push(
        t('letter.ack', { receivedOn: day(request.receivedOn), dueOn: day(request.dueOn) }),
      );
      if (request.type === 'erasure') paragraphs.push(t('letter.ack.erasure'));
      break;
    case 'identity':
      paragraphs.push(t('letter.identity'));
      break;
    case 'extension':
      paragraphs.push(
        t('letter.extension', {
          reason: request.extension!.reason,
          dueOn: day(request.extension!.dueOn),
        }),
      );
      break;
    case 'restriction-lifted':
      paragraphs.push(t('letter.lifted', { date: day(facts.liftOn ?? facts.today) }));
      break;
    case 'answer':
      paragraphs.push(...answer(request, facts, lang, t, day));
      break;
    default:
      return assertNever(kind);
  }
  paragraphs.push(t('letter.questions', { email: facts.controller.email }));

  return ok({
    language: lang,
    from: [facts.controller.name, facts.controller.address, facts.controller.email].filter(Boolean),
    to: [facts.to.name, ...facts.to.address.split(/\r?\n/)].map((l) => l.trim()).filter(Boolean),
    date: t('letter.date', { date: day(facts.today) }),
    reference: t('letter.reference', { ref: request.id.slice(0, 8).toUpperCase() }),
    subject: t(`letter.subject.${request.type}`, { date: day(request.receivedOn) }),
    salutation: t('letter.salutation'),
    paragraphs,
    closing: t('letter.closing'),
    signature: facts.controller.representative
      ? `${facts.controller.representative}, ${facts.controller.name}`
      : facts.controller.name,
  });
}

function answer(
  r: RightsRequest,
  facts: LetterFacts,
  lang: LanguageCode,
  t: (key: MessageKey, params?: Params) => string,
  day: (d: IsoDate) => string,
): string[] {
  if (r.status === 'refused') {
    const ground = r.refusal?.ground ?? 'other';
    const note = r.refusal?.note.trim() ?? '';
    return [
      t(`letter.refused.${ground}`),
      ...(note ? [t('letter.refused.note', { note })] : []),
      t('letter.remedy'),
    ];
  }
  if (r.subjectId === null) return [t('letter.no-data')];
  const closed = r.closedOn ?? facts.today;
  const told =
    facts.recipientNames.length > 0
      ? [t('letter.recipients', { recipients: facts.recipientNames.join(', ') })]
      : [];
  switch (r.type) {
    case 'access':
      return [t('letter.done.access')];
    case 'portability':
      return [t('letter.done.portability')];
    case 'rectification': {
      const fields = r.changedFields.map((f) => translateCode(lang, 'letter.field', f)).join(', ');
      return [t('letter.done.rectification', { fields }), ...told];
    }
    case 'erasure':
      return [t('letter.done.erasure', { date: day(closed) }), ...told];
    case 'restriction':
      return [t('letter.done.restriction', { date: day(closed) }), ...told];
    case 'objection':
      return r.subjectType === 'contact'
        ? [t('letter.done.objection-marketing')]
        : [t('letter.done.objection', { date: day(closed) }), ...told];
    default:
      return assertNever(r.type);
  }
}
