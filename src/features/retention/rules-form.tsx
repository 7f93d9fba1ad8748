import { useState, type FormEvent } from 'react';
import { TextField, useFieldError } from '../../components/fields';
import { useI18n } from '../../components/i18n-context';
import type { FieldIssue } from '../../domain/common';
import { presetNames } from '../../domain/retention-presets';
import type { RetentionRules } from '../../domain/settings';
import { useDirtyForm } from '../../hooks/use-dirty-form';
import type { RulesPreview } from '../../services/retention';
import { RulesPreviewTable } from './rules-preview';
import {
  fromDraft,
  nullableFields,
  numberFields,
  sameDraft,
  toDraft,
  withPreset,
  type Draft,
} from './rules-draft';
import { useRetentionActions } from './use-retention';

function Checkbox(props: { label: string; checked: boolean; onChange: (v: boolean) => void }) {
  return (
    <div className="field field-checkbox">
      <label>
        <input
          type="checkbox"
          checked={props.checked}
          onChange={(e) => props.onChange(e.target.checked)}
        />{' '}
        {props.label}
      </label>
    </div>
  );
}

/**
 * The rules, with the presets one click away. A change is previewed (who moves, by how much)
 * before it can be saved; saving is audited and moves every date in the same transaction.
 */
export function RulesForm({ saved }: { saved: RetentionRules }) {
  const { t, plural } = useI18n();
  const actions = useRetentionActions();
  const [draft, setDraft] = useState<Draft>(() => toDraft(saved));
  const [issues, setIssues] = useState<FieldIssue[]>();
  const [preview, setPreview] = useState<{ of: Draft; result: RulesPreview }>();
  const [message, setMessage] = useState<string>();
  const [busy, setBusy] = useState(false);
  const savedDraft = toDraft(saved);
  const dirty = !sameDraft(draft, savedDraft);
  useDirtyForm(dirty);
  const errorOf = useFieldError(issues);

  // Saved elsewhere (another tab) while nothing was being edited here: follow it.
  const savedKey = JSON.stringify(savedDraft);
  const [seenKey, setSeenKey] = useState(savedKey);
  if (seenKey !== savedKey) {
    setSeenKey(savedKey);
    if (JSON.stringify(draft) === seenKey) setDraft(savedDraft);
  }

  const edit = (next: Draft) => {
    setDraft(next);
    setMessage(undefined);
  };

  const onPreview = async (e: FormEvent) => {
    e.preventDefault();
    setBusy(true);
    const r = await actions.preview(fromDraft(draft));
    setBusy(false);
    if (!r.ok) {
      setIssues(r.error.issues);
      setPreview(undefined);
      return;
    }
    setIssues(undefined);
    setPreview({ of: draft, result: r.value });
  };

  const previewed = preview !== undefined && sameDraft(preview.of, draft);
  const onSave = async () => {
    if (!previewed) return;
    setBusy(true);
    const r = await actions.save(fromDraft(draft));
    setBusy(false);
    if (!r.ok) {
      setIssues(r.error.issues);
      return;
    }
    setPreview(undefined);
    setDraft(toDraft(r.value.rules));
    const count = r.value.moves.length;
    setMessage(plural('retention.rules.saved', count));
  };

  return (
    <section className="panel" aria-labelledby="retention-rules">
      <h2 id="retention-rules">{t('retention.rules.title')}</h2>
      <p>{t('retention.rules.current', { name: t(`retention.preset.${saved.preset}`) })}</p>
      <h3>{t('retention.rules.presets')}</h3>
      <ul className="presets">
        {presetNames.map((name) => (
          <li key={name}>
            <button
              type="button"
              className="secondary"
              onClick={() => edit(withPreset(draft, name))}
            >
              {t(`retention.preset.${name}`)}
            </button>{' '}
            <span className="hint">{t(`retention.preset.${name}.help`)}</span>
          </li>
        ))}
      </ul>
      <form noValidate onSubmit={(e) => void onPreview(e)}>
        {numberFields.map((f) => (
          <TextField
            key={f}
            type="number"
            label={t(`retention.field.${f}`)}
            value={draft[f]}
            onChange={(v) => edit({ ...draft, [f]: v })}
            error={errorOf(f)}
            hint={nullableFields.has(f) ? t('retention.rules.empty') : undefined}
          />
        ))}
        <Checkbox
          label={t('retention.field.blockAfterRejection')}
          checked={draft.blockAfterRejection}
          onChange={(v) => edit({ ...draft, blockAfterRejection: v })}
        />
        <Checkbox
          label={t('retention.field.archiveSubmittedOrHired')}
          checked={draft.archiveSubmittedOrHired}
          onChange={(v) => edit({ ...draft, archiveSubmittedOrHired: v })}
        />
        <p className="actions">
          <button type="submit" disabled={busy}>
            {t('retention.rules.preview')}
          </button>{' '}
          <button type="button" disabled={busy || !previewed} onClick={() => void onSave()}>
            {t('retention.rules.save')}
          </button>{' '}
          <button
            type="button"
            className="secondary"
            disabled={!dirty}
            onClick={() => {
              edit(savedDraft);
              setIssues(undefined);
              setPreview(undefined);
            }}
          >
            {t('retention.rules.discard')}
          </button>
        </p>
        {dirty && !previewed && <p className="hint">{t('retention.rules.previewFirst')}</p>}
      </form>
      {previewed && <RulesPreviewTable preview={preview.result} />}
      {message && (
        <p role="status" className="ok">
          {message}
        </p>
      )}
    </section>
  );
}
