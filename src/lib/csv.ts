/**
 * CSV that Excel opens correctly in French and German locales: `;` between fields, CRLF between
 * records, a UTF-8 byte-order mark so accents survive, RFC 4180 quoting. A cell that starts like a
 * formula (= + - @, tab, CR) is prefixed with an apostrophe so that opening the file never runs it.
 */
export const csvSeparator = ';';
const bom = '\uFEFF';

export function csvCell(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[";\r\n]|^\s|\s$/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

export function toCsv(rows: readonly (readonly string[])[]): string {
  return bom + rows.map((r) => r.map(csvCell).join(csvSeparator)).join('\r\n') + '\r\n';
}
