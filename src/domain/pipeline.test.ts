import { describe, expect, it } from 'vitest';
import { appendMove } from './pipeline';

const app = {
  status: 'received' as const,
  events: [
    {
      status: 'received' as const,
      on: '2026-02-01',
      at: '2026-02-01T09:00:00.000Z',
      by: 'u1',
      note: '',
    },
  ],
};
const stamp = { today: '2026-03-12', at: '2026-03-12T09:30:00.000Z', by: 'u2' };

describe('appendMove', () => {
  it('appends a dated event and sets the status', () => {
    const out = appendMove(app, { status: 'screening', on: '2026-03-01', note: 'call' }, stamp);
    expect(out).toEqual({
      ok: true,
      status: 'screening',
      events: [
        app.events[0],
        { status: 'screening', on: '2026-03-01', at: stamp.at, by: 'u2', note: 'call' },
      ],
    });
  });

  it('refuses the same status, a future date and a date before the last event', () => {
    expect(appendMove(app, { status: 'received', on: '2026-03-01', note: '' }, stamp)).toEqual({
      ok: false,
      reason: 'same-status',
    });
    expect(appendMove(app, { status: 'hired', on: '2026-03-13', note: '' }, stamp)).toMatchObject({
      ok: false,
      issues: [{ path: 'on', code: 'date-in-future' }],
    });
    expect(appendMove(app, { status: 'hired', on: '2026-01-31', note: '' }, stamp)).toMatchObject({
      ok: false,
      issues: [{ path: 'on', code: 'date-order' }],
    });
    expect(appendMove(app, { status: 'hired', on: '2026-02-01', note: '' }, stamp).ok).toBe(true);
  });
});
