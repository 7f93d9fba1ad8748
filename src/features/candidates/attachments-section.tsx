import { useState, type DragEvent } from 'react';
import { useDb, useServiceContext } from '../../components/db-context';
import { saveBlob } from '../../components/download';
import { useFailureText } from '../../components/failure-text';
import { SelectField } from '../../components/fields';
import { useI18n } from '../../components/i18n-context';
import { attachmentKinds } from '../../domain/attachment';
import {
  acceptedExtensions,
  maxAttachmentBytes,
  type AttachmentKind,
} from '../../domain/attachment-rules';
import { addAttachment, attachmentForOpening, deleteAttachment } from '../../services/records';
import { useAttachments } from './use-candidate';

/**
 * Files of a candidate or referee: added by picker or drag and drop, opened in a new tab only
 * when that is safe (PDF, images), otherwise downloaded; never rendered in our origin.
 */
export function AttachmentsSection({
  ownerType,
  ownerId,
  readOnly = false,
}: {
  ownerType: 'candidate' | 'referee';
  ownerId: string;
  readOnly?: boolean;
}) {
  const { t, bytes, dateTime } = useI18n();
  const db = useDb();
  const makeContext = useServiceContext();
  const failureText = useFailureText();
  const files = useAttachments(ownerType, ownerId);
  const [kind, setKind] = useState<AttachmentKind>('cv');
  const [messages, setMessages] = useState<string[]>([]);
  const [over, setOver] = useState(false);
  const [busy, setBusy] = useState(false);

  const add = async (list: FileList | null) => {
    if (!list || list.length === 0) return;
    setBusy(true);
    const problems: string[] = [];
    for (const file of Array.from(list)) {
      const out = await addAttachment(makeContext(), {
        ownerType,
        ownerId,
        kind,
        name: file.name,
        blob: file,
      });
      if (!out.ok) problems.push(`${file.name}: ${failureText(out.error)}`);
    }
    setMessages(problems);
    setBusy(false);
  };
  const open = async (id: string) => {
    const out = await attachmentForOpening(db, id);
    if (!out.ok) return setMessages([failureText(out.error)]);
    const { blob, name, inline } = out.value;
    if (!inline) return saveBlob(blob, name);
    const url = URL.createObjectURL(blob);
    window.open(url, '_blank', 'noopener');
    setTimeout(() => URL.revokeObjectURL(url), 60_000);
  };
  const drop = (e: DragEvent<HTMLDivElement>) => {
    e.preventDefault();
    setOver(false);
    if (!readOnly) void add(e.dataTransfer.files);
  };

  return (
    <section className="panel" aria-labelledby={`files-${ownerId}`}>
      <h2 id={`files-${ownerId}`}>{t('records.section.attachments')}</h2>
      {files.length === 0 ? (
        <p className="muted">{t('records.section.none')}</p>
      ) : (
        <table>
          <thead>
            <tr>
              <th scope="col">{t('records.attachment.name')}</th>
              <th scope="col">{t('records.attachment.kindLabel')}</th>
              <th scope="col">{t('records.attachment.size')}</th>
              <th scope="col">{t('records.attachment.addedAt')}</th>
              <th scope="col">{t('records.form.actions')}</th>
            </tr>
          </thead>
          <tbody>
            {files.map((f) => (
              <tr key={f.id}>
                <td>
                  {f.name}
                  <div className="muted small" title={t('records.attachment.sha256')}>
                    SHA-256 {f.sha256.slice(0, 16)}…
                  </div>
                </td>
                <td>{t(`records.attachment.kind.${f.kind}`)}</td>
                <td>{bytes(f.size)}</td>
                <td>{dateTime(f.addedAt)}</td>
                <td>
                  <button type="button" className="secondary" onClick={() => void open(f.id)}>
                    {t('records.attachment.open-named', { name: f.name })}
                  </button>{' '}
                  {!readOnly && (
                    <button
                      type="button"
                      className="secondary"
                      onClick={() => void deleteAttachment(makeContext(), f.id)}
                    >
                      {t('records.attachment.remove-named', { name: f.name })}
                    </button>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {!readOnly && (
        <div
          className={over ? 'drop-zone drop-over' : 'drop-zone'}
          data-testid={`drop-${ownerType}`}
          onDragOver={(e) => {
            e.preventDefault();
            setOver(true);
          }}
          onDragLeave={() => setOver(false)}
          onDrop={drop}
        >
          <SelectField
            label={t('records.attachment.kindLabel')}
            value={kind}
            onChange={setKind}
            options={attachmentKinds.map((k) => ({
              value: k,
              label: t(`records.attachment.kind.${k}`),
            }))}
          />
          <label className="file-picker">
            {t('records.attachment.drop')}
            <input
              type="file"
              multiple
              disabled={busy}
              accept={acceptedExtensions(kind).join(',')}
              onChange={(e) => {
                void add(e.target.files);
                e.target.value = '';
              }}
            />
          </label>
          <p className="hint">
            {t('records.attachment.limit', { size: bytes(maxAttachmentBytes) })}
          </p>
        </div>
      )}
      {messages.length > 0 && (
        <div role="alert" className="error">
          {messages.map((m) => (
            <p key={m}>{m}</p>
          ))}
        </div>
      )}
    </section>
  );
}
