/**
 * Entry names a zip may carry into Vivier: relative, forward slashes, no `.` or `..` segment,
 * no drive letter, no control characters. Checked by the writer (a bug) and the reader (an
 * attack: `../x` or `/abs` would escape the folder an unzip tool extracts into).
 */
export function isSafeEntryName(name: string): boolean {
  if (name.length === 0 || name.length > 1024) return false;
  if (name.startsWith('/') || name.includes('\\')) return false;
  if (/^[A-Za-z]:/.test(name)) return false;
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u001f\u007f]/.test(name)) return false;
  return name.split('/').every((seg) => seg !== '' && seg !== '.' && seg !== '..');
}

/** Duplicate check key: an unzip on Windows or macOS folds case and Unicode forms. */
export const entryNameKey = (name: string): string => name.normalize('NFC').toLowerCase();
