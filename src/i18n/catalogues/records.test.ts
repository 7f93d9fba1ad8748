import { describe, expect, it } from 'vitest';
import { pipelineStatuses } from '../../domain/application';
import { attachmentKinds } from '../../domain/attachment';
import { candidateSources, languageLevels } from '../../domain/candidate';
import { importFields } from '../../domain/candidate-import';
import { missionStatuses } from '../../domain/mission';
import { organisationKinds, recipientRoles } from '../../domain/organisation';
import { languages, messagesOf } from '../messages';

const reasons = [
  'not-found',
  'stale',
  'restricted',
  'in-use',
  'already-applied',
  'same-status',
  'file-too-large',
  'file-type-not-allowed',
  'file-empty',
  'storage-full',
  'duplicate-in-file',
  'duplicate-in-db',
  'csv-unterminated-quote',
  'csv-empty',
  'mapping-incomplete',
  'nothing-to-import',
  'changed-since-preview',
];

describe('records catalogue', () => {
  const keys: string[] = [
    ...candidateSources.map((s) => `records.source.${s}`),
    ...pipelineStatuses.map((s) => `records.pipeline.${s}`),
    ...missionStatuses.map((s) => `records.missionStatus.${s}`),
    ...organisationKinds.map((k) => `records.organisation.kind.${k}`),
    ...recipientRoles.map((r) => `records.role.${r}`),
    ...attachmentKinds.map((k) => `records.attachment.kind.${k}`),
    ...languageLevels.map((l) => `records.level.${l}`),
    ...importFields.map((f) => `records.import.field.${f}`),
    ...['email', 'letter', 'phone', 'in-person'].map((c) => `records.noticeChannel.${c}`),
    ...['not-owed', 'given', 'pending', 'due-soon', 'overdue'].map(
      (s) => `records.noticeState.${s}`,
    ),
    ...['inside-eea', 'covered', 'not-covered'].map((s) => `records.transfer.${s}`),
    ...reasons.map((r) => `reason.${r}`),
  ];

  it.each(languages)(
    'has a %s text for every source, status, kind, role and reason code',
    (lang) => {
      const missing = keys.filter((k) => !(k in messagesOf(lang)));
      expect(missing).toEqual([]);
    },
  );

  it('speaks each language: the French and German texts are not the English ones', () => {
    const same = (lang: 'fr' | 'de') =>
      keys.filter((k) => {
        const key = k as keyof ReturnType<typeof messagesOf>;
        return messagesOf(lang)[key] === messagesOf('en')[key] && messagesOf('en')[key].length > 12;
      });
    expect(same('fr')).toEqual([]);
    expect(same('de')).toEqual([]);
  });
});
