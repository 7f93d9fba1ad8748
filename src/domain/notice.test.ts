import { describe, expect, it } from 'vitest';
import { candidateSources } from './candidate';
import { noticeDueOn, noticeOwed, noticeState } from './notice';

const given = { givenOn: '2026-01-20' };

describe('Art. 14 notice', () => {
  it('is owed only for sources other than the candidate', () => {
    const owed = candidateSources.filter(noticeOwed);
    expect(owed.sort()).toEqual([
      'direct-approach',
      'referral',
      'research-officer',
      'social-media',
    ]);
  });

  it('is due one month after collection until given', () => {
    expect(noticeDueOn({ source: 'social-media', collectedOn: '2026-01-31', notice: null })).toBe(
      '2026-02-28',
    );
    expect(noticeDueOn({ source: 'referral', collectedOn: '2026-03-10', notice: null })).toBe(
      '2026-04-10',
    );
    expect(
      noticeDueOn({ source: 'referral', collectedOn: '2026-03-10', notice: given }),
    ).toBeNull();
    expect(noticeDueOn({ source: 'email', collectedOn: '2026-03-10', notice: null })).toBeNull();
  });

  it.each([
    ['email', null, null, '2026-03-01', 'not-owed'],
    ['referral', given, null, '2026-03-01', 'given'],
    ['referral', null, '2026-04-10', '2026-03-01', 'pending'],
    ['referral', null, '2026-04-10', '2026-04-03', 'due-soon'],
    ['referral', null, '2026-04-10', '2026-04-10', 'due-soon'],
    ['referral', null, '2026-04-10', '2026-04-11', 'overdue'],
  ] as const)('%s, notice %o, due %s, today %s: %s', (source, notice, due, today, state) => {
    expect(noticeState({ source, notice, noticeDueOn: due }, today)).toBe(state);
  });
});
