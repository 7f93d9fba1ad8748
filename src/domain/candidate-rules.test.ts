import { describe, expect, it } from 'vitest';
import { isNamePrefixKey } from './list-keys';
import { candidateInput } from './candidate';
import { candidateInputOf, candidateIssues, candidateRowOf } from './candidate-rules';

describe('candidateRowOf', () => {
  it('derives keys and the due date from the new input, never from the old row', () => {
    const meta = { createdAt: '2026-01-05T10:00:00.000Z', updatedAt: '2026-01-05T10:00:00.000Z' };
    const first = candidateInput.parse({
      identity: { firstName: 'Hélène', lastName: 'Müller' },
      contact: { emails: ['h@example.fr'] },
      source: 'referral',
      collectedOn: '2026-01-05',
    });
    const old = candidateRowOf(
      first,
      { id: 'c1', ...meta, deleteOn: null, restricted: null, objected: null },
      [],
    );
    expect(old.noticeDueOn).toBe('2026-02-05');
    const input = candidateInput.parse({
      ...candidateInputOf(old),
      identity: { firstName: 'Jürgen', lastName: 'Groß' },
      notice: { givenOn: '2026-01-20', channel: 'phone', givenBy: 'A. Martin' },
    });
    const row = candidateRowOf(input, old, [{ missionId: 'm1', status: 'hired' }]);
    expect(row.id).toBe(old.id);
    expect(row.notice).toEqual(input.notice);
    expect(row.noticeDueOn).toBeNull();
    expect(row.sortName).toBe('gross jurgen');
    expect(row.searchTokens).toContain('gross');
    expect(row.listKeys.filter((k) => !isNamePrefixKey(k))).toHaveLength(4);
    expect(row.listKeys).toContain('prefix:gro\u0000gross jurgen\u0000' + row.id);
    expect(candidateInputOf(row)).toEqual(input);
  });

  it('checks dates against today', () => {
    const input = candidateInput.parse({
      identity: { firstName: 'A', lastName: 'B' },
      contact: {},
      source: 'email',
      collectedOn: '2026-03-01',
      psychometrics: [
        {
          id: 'p1',
          test: 'OPQ32',
          takenOn: '2026-04-01',
          administeredBy: 'X',
          informedOfMethodOn: '2026-03-01',
        },
      ],
      interviewNotes: [{ id: 'n1', on: '2026-03-13', author: 'X', text: 'ok' }],
    });
    expect(candidateIssues(input, '2026-03-12')).toEqual([
      { path: 'psychometrics.0.takenOn', code: 'date-in-future' },
      { path: 'interviewNotes.0.on', code: 'date-in-future' },
    ]);
  });
});
