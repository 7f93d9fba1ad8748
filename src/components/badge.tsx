import type { ReactNode } from 'react';

export type BadgeTone = 'info' | 'ok' | 'warning' | 'error' | 'neutral';

const classes: Record<BadgeTone, string> = {
  info: 'badge',
  ok: 'badge badge-ok',
  warning: 'badge badge-warning',
  error: 'badge badge-error',
  neutral: 'badge badge-neutral',
};

/** A state in a word ("restricted", "withdrawn"); the tone is never the only carrier of meaning. */
export function Badge({ tone = 'info', children }: { tone?: BadgeTone; children: ReactNode }) {
  return <span className={classes[tone]}>{children}</span>;
}
