import { describe, expect, it } from 'vitest';
import {
  backupReadReasons,
  backupWriteReasons,
  dropReasons,
  restoreApplyReasons,
} from '../../domain/backup-reasons';
import { languages, messagesOf } from '../messages';

describe('backup catalogue', () => {
  it('has a text for every reason code, in every language', () => {
    const codes = [...backupReadReasons, ...backupWriteReasons, ...restoreApplyReasons];
    for (const lang of languages) {
      for (const code of codes)
        expect(messagesOf(lang), `${lang} ${code}`).toHaveProperty(`reason.${code}`);
      for (const reason of dropReasons)
        expect(messagesOf(lang)).toHaveProperty(`restore.drop.${reason}`);
    }
  });

  it('gives each reason its own message', () => {
    const codes = [
      ...new Set([...backupReadReasons, ...backupWriteReasons, ...restoreApplyReasons]),
    ];
    const texts = codes.map((c) => messagesOf('fr')[`reason.${c}`]);
    expect(new Set(texts).size).toBe(codes.length);
  });
});
