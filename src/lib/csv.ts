/**
 * CSV as spreadsheets write it (RFC 4180 plus what Excel does): UTF-8 with or without a BOM,
 * `;` (French Excel) or `,`, quoted fields with doubled quotes and line breaks inside, CRLF, LF
 * or CR line ends. Written back Excel-friendly: BOM, `;`, CRLF, quoting where needed.
 */
export type CsvDelimiter = ';' | ',' | '\t';

export type CsvParse =
  | { ok: true; delimiter: CsvDelimiter; rows: string[][] }
  | { ok: false; error: 'unterminated-quote'; row: number };

const bom = '\uFEFF';

/** The delimiter of the first record: the candidate that occurs most outside quotes. */
export function detectDelimiter(text: string): CsvDelimiter {
  const counts = { ';': 0, ',': 0, '\t': 0 };
  let quoted = false;
  for (const ch of text.startsWith(bom) ? text.slice(1) : text) {
    if (ch === '"') quoted = !quoted;
    else if (!quoted && (ch === '\n' || ch === '\r')) break;
    else if (!quoted && ch in counts) counts[ch as CsvDelimiter] += 1;
  }
  // a tie (a one-column file) goes to `;`, what French Excel writes
  if (counts['\t'] > counts[';'] && counts['\t'] > counts[',']) return '\t';
  return counts[','] > counts[';'] ? ',' : ';';
}

export function parseCsv(
  input: string,
  delimiter: CsvDelimiter = detectDelimiter(input),
): CsvParse {
  const text = input.startsWith(bom) ? input.slice(1) : input;
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  let fieldStarted = false;
  let startOfRecord = 1;
  let line = 1;
  const endField = () => {
    row.push(field);
    field = '';
    fieldStarted = false;
  };
  const endRow = () => {
    endField();
    // a blank line is not a record
    if (!(row.length === 1 && row[0] === '')) rows.push(row);
    row = [];
  };
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"') {
        if (text[i + 1] === '"') {
          field += '"';
          i++;
        } else quoted = false;
      } else {
        if (ch === '\n' || (ch === '\r' && text[i + 1] !== '\n')) line++;
        field += ch;
      }
    } else if (ch === '"' && !fieldStarted) {
      quoted = true;
      fieldStarted = true;
    } else if (ch === delimiter) {
      endField();
    } else if (ch === '\r' || ch === '\n') {
      if (ch === '\r' && text[i + 1] === '\n') i++;
      endRow();
      line++;
      startOfRecord = line;
    } else {
      field += ch;
      fieldStarted = true;
    }
  }
  if (quoted) return { ok: false, error: 'unterminated-quote', row: startOfRecord };
  if (field !== '' || fieldStarted || row.length > 0) endRow();
  return { ok: true, delimiter, rows };
}

/**
 * Text of a file: UTF-8 (with or without BOM) when it is valid UTF-8, else Windows-1252, which
 * is what Excel's plain "CSV" format writes on a French or German Windows.
 */
export function decodeText(bytes: Uint8Array): {
  text: string;
  encoding: 'utf-8' | 'windows-1252';
} {
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8' };
  } catch {
    let text = '';
    for (const b of bytes)
      text += b >= 0x80 && b <= 0x9f ? cp1252High[b - 0x80] : String.fromCharCode(b);
    return { text, encoding: 'windows-1252' };
  }
}

/**
 * Windows-1252 differs from Latin-1 only in 0x80–0x9F (€, curly quotes, Œ, œ, Ÿ…). Decoded by
 * hand: some runtimes' TextDecoder('windows-1252') is really Latin-1.
 */
const cp1252High = [
  '€',
  '\u0081',
  '‚',
  'ƒ',
  '„',
  '…',
  '†',
  '‡',
  'ˆ',
  '‰',
  'Š',
  '‹',
  'Œ',
  '\u008d',
  'Ž',
  '\u008f',
  '\u0090',
  '‘',
  '’',
  '“',
  '”',
  '•',
  '–',
  '—',
  '˜',
  '™',
  'š',
  '›',
  'œ',
  '\u009d',
  'ž',
  'Ÿ',
];

const formulaStart = /^[=+\-@\t\r]/;

/**
 * Every cell a spreadsheet would read as a formula — one starting with `=`, `+`, `-`, `@`, a tab
 * or a carriage return (OWASP, CSV injection) — is prefixed with an apostrophe, so it is shown as
 * text. No exception for what looks like a phone number: Excel reads `+49 30 1234567` as a
 * formula too. The import drops the apostrophe again (domain/candidate-import.ts).
 */
export function neutraliseFormula(cell: string): string {
  return formulaStart.test(cell) ? `'${cell}` : cell;
}

export function writeCsv(
  rows: readonly (readonly string[])[],
  options: { delimiter?: CsvDelimiter; bom?: boolean; escapeFormulas?: boolean } = {},
): string {
  const { delimiter = ';', bom: withBom = true, escapeFormulas = true } = options;
  const quote = (raw: string) => {
    const cell = escapeFormulas ? neutraliseFormula(raw) : raw;
    return cell.includes(delimiter) || /["\r\n]/.test(cell) || cell !== cell.trim()
      ? `"${cell.replace(/"/g, '""')}"`
      : cell;
  };
  const body = rows.map((r) => r.map(quote).join(delimiter)).join('\r\n');
  return (withBom ? bom : '') + body + (rows.length > 0 ? '\r\n' : '');
}
