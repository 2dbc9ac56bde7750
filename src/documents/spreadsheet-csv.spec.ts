import { spreadsheetCsv } from './spreadsheet-csv';

/** The lines of a CSV without its byte-order mark, split at CRLF (a line break inside a quoted field stays). */
const body = (csv: string) => csv.replace(/^\uFEFF/, '');

describe('A CSV for a Dutch spreadsheet', () => {
  it('starts with a byte-order mark, separates fields with semicolons and ends every row with CRLF', () => {
    // given a header and a row, when they are written
    const csv = spreadsheetCsv([['Regio', 'Aantal'], ['Twente', 12]]);
    // then Excel gets UTF-8, semicolons and CRLF, also after the last row
    expect(csv).toBe('\uFEFFRegio;Aantal\r\nTwente;12\r\n');
  });

  it('writes numbers with a decimal comma and empty cells as nothing', () => {
    expect(body(spreadsheetCsv([[12.5, 0, null, -3.25, 'tekst']]))).toBe('12,5;0;;-3,25;tekst\r\n');
  });

  it('keeps an empty row as an empty line', () => {
    expect(body(spreadsheetCsv([['a'], [], ['b']]))).toBe('a\r\n\r\nb\r\n');
  });

  it('quotes fields with a semicolon, a double quote or a line break, and doubles the quotes', () => {
    // given text with each character that would break a row
    const csv = spreadsheetCsv([['Oude Markt 1; Enschede', 'de "Raad"', 'regel 1\nregel 2', 'regel 1\r\nregel 2', 'een\rtwee']]);
    // then each such field is quoted, and nothing else
    expect(body(csv)).toBe('"Oude Markt 1; Enschede";"de ""Raad""";"regel 1\nregel 2";"regel 1\r\nregel 2";"een\rtwee"\r\n');
  });

  it('does not quote commas, which are no separator here', () => {
    expect(body(spreadsheetCsv([['Twente, Almelo', 'a,b']]))).toBe('Twente, Almelo;a,b\r\n');
  });

  it.each([
    ['=HYPERLINK("http://x.test","klik")', `"'=HYPERLINK(""http://x.test"",""klik"")"`],
    ['+31 53 000 0000', "'+31 53 000 0000"],
    ['-2+3', "'-2+3"],
    ['@SUM(A1:A2)', "'@SUM(A1:A2)"],
    ['\t=1', "'\t=1"],
    ['\uFF1D1+1', "'\uFF1D1+1"],
  ])('defuses text that a spreadsheet would take for a formula: %j', (text, written) => {
    // given a cell typed by someone that starts like a formula, when it is written
    // then it starts with an apostrophe, quoted as any other field when it must be
    expect(body(spreadsheetCsv([[text]]))).toBe(`${written}\r\n`);
  });

  it('leaves numbers, and text with a formula character further on, as they are', () => {
    expect(body(spreadsheetCsv([[-5, 'a=b', 'Rijssen-Holten', '2026-03', '<5']]))).toBe('-5;a=b;Rijssen-Holten;2026-03;<5\r\n');
  });
});
