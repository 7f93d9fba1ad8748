import { Suspense, useId, useLayoutEffect, useRef, useState, type ReactNode } from 'react';
import type { ButtonVariant } from './button';
import { useI18n } from './i18n-context';

/** Closes the open form; with a message, the form saved and the message says what happened. */
export type Done = (message?: string) => void;

export type Action = {
  id: string;
  label: string;
  variant?: ButtonVariant;
  /** The form, given `done` to call once it saved (or to cancel without a message). */
  form: (done: Done) => ReactNode;
};

const focusable =
  'input:not([disabled]):not([type="hidden"]), select:not([disabled]), textarea:not([disabled]), button:not([disabled]):not([data-cancel]), a[href]';

/**
 * Buttons that each open their form below them, one at a time: focus moves into the form that
 * opens, Escape closes it and focus goes back to its button, and a successful save closes it and
 * says so in a status message. Nothing is open until the user asks.
 */
export function ActionBar({ label, actions }: { label: string; actions: readonly Action[] }) {
  const { t } = useI18n();
  const base = useId();
  const [open, setOpen] = useState<string | null>(null);
  const [status, setStatus] = useState('');
  const buttons = useRef(new Map<string, HTMLButtonElement>());
  const area = useRef<HTMLDivElement>(null);
  const returnTo = useRef<string | null>(null);

  // A layout effect: focus moves in the same commit as the form appears or goes.
  useLayoutEffect(() => {
    if (open === null) {
      if (returnTo.current) buttons.current.get(returnTo.current)?.focus();
      returnTo.current = null;
      return;
    }
    returnTo.current = open;
    const region = area.current;
    if (!region) return;
    const first = region.querySelector<HTMLElement>(focusable);
    (first ?? region).focus();
    if (first) return;
    // A form whose code or data is still loading: focus waits on the region, then goes to the
    // first field as soon as it is there (unless the user has moved on meanwhile).
    const observer = new MutationObserver(() => {
      const field = region.querySelector<HTMLElement>(focusable);
      if (!field) return;
      observer.disconnect();
      if (document.activeElement === region || document.activeElement === document.body)
        field.focus();
    });
    observer.observe(region, { childList: true, subtree: true });
    return () => observer.disconnect();
  }, [open]);

  const done: Done = (message) => {
    setStatus(message ?? '');
    setOpen(null);
  };
  // Escape also closes the form when focus fell back to the page (a button that disabled itself
  // while saving drops focus to the body).
  useLayoutEffect(() => {
    if (open === null) return;
    const onKey = (e: KeyboardEvent) => {
      if (e.key !== 'Escape' || e.target !== document.body) return;
      setStatus('');
      setOpen(null);
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [open]);
  const current = actions.find((a) => a.id === open);
  return (
    <div className="action-bar-wrap">
      <div className="action-bar" role="group" aria-label={label}>
        {actions.map((a) => (
          <button
            key={a.id}
            ref={(el) => {
              if (el) buttons.current.set(a.id, el);
              else buttons.current.delete(a.id);
            }}
            type="button"
            className={
              a.variant === 'danger'
                ? 'btn btn-danger'
                : a.variant === 'primary'
                  ? 'btn'
                  : 'btn btn-secondary'
            }
            aria-expanded={open === a.id}
            aria-controls={open === a.id ? `${base}-form` : undefined}
            onClick={() => {
              setStatus('');
              setOpen(open === a.id ? null : a.id);
            }}
          >
            {a.label}
          </button>
        ))}
        <p role="status" className="ok action-status">
          {status}
        </p>
      </div>
      {current && (
        <div
          ref={area}
          id={`${base}-form`}
          className="action-form"
          role="region"
          aria-label={current.label}
          tabIndex={-1}
          onKeyDown={(e) => {
            if (e.key === 'Escape') {
              e.stopPropagation();
              done();
            }
          }}
        >
          <Suspense fallback={<p className="muted">{t('app.loading')}</p>}>
            {current.form(done)}
          </Suspense>
          <p>
            <button type="button" className="btn btn-secondary" data-cancel onClick={() => done()}>
              {t('workspace.cancel')}
            </button>
          </p>
        </div>
      )}
    </div>
  );
}
