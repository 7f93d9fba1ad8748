import type { ConsentStanding } from '../domain/consent-state';
import type { NoticeState } from '../domain/notice';
import type { BadgeTone } from './badge';

/** The badge tone of a consent standing: active is good news, withdrawn a stop. */
export const consentTone: Record<ConsentStanding, BadgeTone> = {
  active: 'ok',
  withdrawn: 'error',
  none: 'neutral',
};

/** The badge tone of an Art. 14 notice state, from nothing owed to overdue. */
export const noticeTone: Record<NoticeState, BadgeTone> = {
  'not-owed': 'neutral',
  given: 'ok',
  pending: 'info',
  'due-soon': 'warning',
  overdue: 'error',
};
