import { stringify } from 'csv-stringify/sync';

/** A cell of a CSV export: text, a number (written with a decimal comma) or empty. */
export type CsvCell = string | number | null;

/**
 * Rows as CSV for a Dutch spreadsheet, written by the maintained `csv-stringify`: semicolons between
 * fields (a comma is the decimal separator in Dutch Excel), a decimal comma, CRLF line ends, and a
 * byte-order mark so that Excel reads UTF-8. A field holding a semicolon, a double quote or a line
 * break is quoted, with quotes doubled.
 *
 * Text that a spreadsheet would take for a formula (starting with =, +, -, @, a tab or a carriage
 * return, or their full-width forms) gets a leading apostrophe, so that a name typed into the service
 * cannot run as a formula on a manager's machine (CSV injection). Numbers are never changed.
 */
export function spreadsheetCsv(rows: readonly (readonly CsvCell[])[]): string {
  return stringify(rows.map((row) => [...row]), {
    bom: true,
    cast: { number: (value) => String(value).replace('.', ',') },
    delimiter: ';',
    escape_formulas: true,
    // The library quotes a lone \n or \r only when told to once the record delimiter is set.
    quote_record_delimiter: true,
    record_delimiter: 'windows',
  });
}
