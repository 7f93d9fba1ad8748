import { describe, expect, it } from 'vitest';
import { csvCell, toCsv } from './csv';

describe('csv', () => {
  it.each([
    ['plain', 'plain'],
    ['Müller; Hélène', '"Müller; Hélène"'],
    ['say "hi"', '"say ""hi"""'],
    ['two\nlines', '"two\nlines"'],
    [' padded', '" padded"'],
    ['=HYPERLINK("http://x")', `"'=HYPERLINK(""http://x"")"`],
    ['+33 6 12', "'+33 6 12"],
    ['-1', "'-1"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['', ''],
  ])('%j → %j', (raw, cell) => expect(csvCell(raw)).toBe(cell));

  it('starts with a BOM, separates with ; and ends records with CRLF', () => {
    expect(
      toCsv([
        ['a', 'b'],
        ['é', 'x;y'],
      ]),
    ).toBe('\uFEFFa;b\r\né;"x;y"\r\n');
  });
});
