import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { decodeText, detectDelimiter, neutraliseFormula, parseCsv, writeCsv } from './csv';

const rowsOf = (text: string) => {
  const out = parseCsv(text);
  if (!out.ok) throw new Error(out.error);
  return out.rows;
};

describe('parseCsv', () => {
  it('reads French Excel: BOM, semicolons, CRLF', () => {
    const text = '\uFEFFNom;Prénom;E-mail\r\nMüller;Hélène;h@example.fr\r\nGroß;Jürgen;\r\n';
    expect(parseCsv(text)).toEqual({
      ok: true,
      delimiter: ';',
      rows: [
        ['Nom', 'Prénom', 'E-mail'],
        ['Müller', 'Hélène', 'h@example.fr'],
        ['Groß', 'Jürgen', ''],
      ],
    });
  });

  it('reads commas, LF, no BOM, no final newline', () => {
    expect(parseCsv('a,b\n1,2')).toEqual({
      ok: true,
      delimiter: ',',
      rows: [
        ['a', 'b'],
        ['1', '2'],
      ],
    });
  });

  it('reads quoted fields with delimiters, doubled quotes and line breaks inside', () => {
    const text = 'name;note\r\n"Dupont; Jean";"He said ""yes""\r\nthen left"\r\n"";x\r\n';
    expect(rowsOf(text)).toEqual([
      ['name', 'note'],
      ['Dupont; Jean', 'He said "yes"\r\nthen left'],
      ['', 'x'],
    ]);
  });

  it('skips blank lines and reads old Mac CR line ends', () => {
    expect(rowsOf('a;b\r\n\r\n1;2\r3;4\r\n')).toEqual([
      ['a', 'b'],
      ['1', '2'],
      ['3', '4'],
    ]);
  });

  it('reports an unterminated quote with the row where it started', () => {
    expect(parseCsv('a;b\n1;"2\n3;4\n')).toEqual({
      ok: false,
      error: 'unterminated-quote',
      row: 2,
    });
  });

  it('detects the delimiter from the first record only, outside quotes', () => {
    expect(detectDelimiter('"a,b";c;d\n1,2,3,4,5')).toBe(';');
    expect(detectDelimiter('a,b,c\n')).toBe(',');
    expect(detectDelimiter('a\tb\n')).toBe('\t');
    expect(detectDelimiter('Nom\n')).toBe(';');
  });

  it('reads a 10,000-row file', () => {
    const lines = ['Nom;Prénom;E-mail;Notes'];
    for (let i = 0; i < 10_000; i++)
      lines.push(`Müller${i};Hélène;h${i}@example.fr;"ligne 1\r\nligne ""2"""`);
    const rows = rowsOf('\uFEFF' + lines.join('\r\n') + '\r\n');
    expect(rows).toHaveLength(10_001);
    expect(rows[10_000]).toEqual([
      'Müller9999',
      'Hélène',
      'h9999@example.fr',
      'ligne 1\r\nligne "2"',
    ]);
  });
});

describe('writeCsv', () => {
  it('writes Excel-friendly text: BOM, semicolons, CRLF, quoting where needed', () => {
    expect(
      writeCsv([
        ['Nom', 'Note'],
        ['Dupont; Jean', 'a "b"\nc'],
        [' x', ''],
      ]),
    ).toBe('\uFEFFNom;Note\r\n"Dupont; Jean";"a ""b""\nc"\r\n" x";\r\n');
  });

  it('neutralises every cell a spreadsheet would read as a formula, phone numbers included', () => {
    expect(neutraliseFormula('=HYPERLINK("http://evil","x")')).toBe(
      `'=HYPERLINK("http://evil","x")`,
    );
    expect(neutraliseFormula('@SUM(A1)')).toBe(`'@SUM(A1)`);
    expect(neutraliseFormula('-2+3+cmd|x')).toBe(`'-2+3+cmd|x`);
    // Excel turns these into formulas too (OWASP CSV injection: =, +, -, @, tab, carriage return)
    expect(neutraliseFormula('+49 30 1234567')).toBe(`'+49 30 1234567`);
    expect(neutraliseFormula('-12,5')).toBe(`'-12,5`);
    expect(neutraliseFormula('\t=1+2')).toBe(`'\t=1+2`);
    expect(neutraliseFormula('\r=1+2')).toBe(`'\r=1+2`);
    expect(neutraliseFormula('Hélène')).toBe('Hélène');
    expect(neutraliseFormula('06 12 34 56 78')).toBe('06 12 34 56 78');
    expect(neutraliseFormula('a=b')).toBe('a=b');
  });

  it('writes a phone number so that Excel shows it as text, never as a formula', () => {
    const csv = writeCsv([
      ['Téléphone', 'Note'],
      ['+49 30 1234567', '=1+2'],
    ]);
    expect(csv).toBe(`\uFEFFTéléphone;Note\r\n'+49 30 1234567;'=1+2\r\n`);
    expect(writeCsv([['+49 30 1234567']], { escapeFormulas: false })).toBe(
      '\uFEFF+49 30 1234567\r\n',
    );
  });

  it('round-trips any table through parse', () => {
    const cell = fc.string({
      unit: fc.constantFrom('a', 'é', ';', ',', '"', '\n', '\r\n', ' ', 'ß', 'x'),
    });
    const table = fc.array(fc.array(cell, { minLength: 2, maxLength: 4 }), {
      minLength: 1,
      maxLength: 6,
    });
    fc.assert(
      fc.property(table, fc.constantFrom(';' as const, ',' as const), (rows, delimiter) => {
        const width = rows[0]!.length;
        const even = rows.map((r) => Array.from({ length: width }, (_, i) => r[i] ?? 'v'));
        const out = parseCsv(writeCsv(even, { delimiter, escapeFormulas: false }), delimiter);
        expect(out).toEqual({
          ok: true,
          delimiter,
          rows: even.filter((r) => !(r.length === 1 && r[0] === '')),
        });
      }),
    );
  });
});

describe('decodeText', () => {
  it('reads UTF-8, and falls back to Windows-1252 (Excel "CSV" on Windows)', () => {
    expect(decodeText(new TextEncoder().encode('Hélène;Müller'))).toEqual({
      text: 'Hélène;Müller',
      encoding: 'utf-8',
    });
    const cp1252 = new Uint8Array([
      0x48, 0xe9, 0x6c, 0xe8, 0x6e, 0x65, 0x3b, 0x80, 0x9c, 0x92, 0xdf,
    ]);
    expect(decodeText(cp1252)).toEqual({ text: 'Hélène;€œ’ß', encoding: 'windows-1252' });
  });
});
