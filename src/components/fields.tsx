import { useId, type ReactNode } from 'react';
import type { FieldIssue } from '../domain/common';
import { useI18n } from './i18n-context';

/** The first issue for a field path, as translated text. */
export function useFieldError(issues: readonly FieldIssue[] | undefined) {
  const { t } = useI18n();
  return (path: string): string | undefined => {
    const issue = issues?.find((i) => i.path === path || i.path.startsWith(`${path}.`));
    return issue ? t(`validation.${issue.code}`) : undefined;
  };
}

type FieldShell = {
  label: string;
  error?: string | undefined;
  hint?: ReactNode;
  children: (ids: { id: string; describedBy: string | undefined }) => ReactNode;
};

function Field({ label, error, hint, children }: FieldShell) {
  const id = useId();
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  const describedBy = [hintId, errorId].filter(Boolean).join(' ') || undefined;
  return (
    <div className={error ? 'field field-invalid' : 'field'}>
      <label htmlFor={id}>{label}</label>
      {hint && (
        <p className="hint" id={hintId}>
          {hint}
        </p>
      )}
      {children({ id, describedBy })}
      {error && (
        <p className="field-error" id={errorId}>
          {error}
        </p>
      )}
    </div>
  );
}

type TextFieldProps = {
  label: string;
  value: string;
  onChange: (value: string) => void;
  error?: string | undefined;
  hint?: ReactNode;
  type?: 'text' | 'email' | 'tel' | 'url' | 'date' | 'number' | 'password' | 'search';
  required?: boolean;
  multiline?: boolean;
  autoComplete?: string;
  name?: string;
};

export function TextField({
  label,
  value,
  onChange,
  error,
  hint,
  type = 'text',
  required,
  multiline,
  autoComplete,
  name,
}: TextFieldProps) {
  return (
    <Field label={label} error={error} hint={hint}>
      {({ id, describedBy }) =>
        multiline ? (
          <textarea
            id={id}
            name={name}
            value={value}
            required={required}
            aria-invalid={error ? true : undefined}
            aria-describedby={describedBy}
            onChange={(e) => onChange(e.target.value)}
            rows={5}
          />
        ) : (
          <input
            id={id}
            name={name}
            type={type}
            value={value}
            required={required}
            autoComplete={autoComplete}
            aria-invalid={error ? true : undefined}
            aria-describedby={describedBy}
            onChange={(e) => onChange(e.target.value)}
          />
        )
      }
    </Field>
  );
}

type SelectFieldProps<V extends string> = {
  label: string;
  value: V | '';
  onChange: (value: V) => void;
  options: readonly { value: V; label: string }[];
  error?: string | undefined;
  hint?: ReactNode;
  required?: boolean;
  placeholder?: string;
};

export function SelectField<V extends string>({
  label,
  value,
  onChange,
  options,
  error,
  hint,
  required,
  placeholder,
}: SelectFieldProps<V>) {
  return (
    <Field label={label} error={error} hint={hint}>
      {({ id, describedBy }) => (
        <select
          id={id}
          value={value}
          required={required}
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy}
          onChange={(e) => onChange(e.target.value as V)}
        >
          {placeholder !== undefined && (
            <option value="" disabled>
              {placeholder}
            </option>
          )}
          {options.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </select>
      )}
    </Field>
  );
}
