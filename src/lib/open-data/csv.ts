/**
 * CSV as RFC 4180 describes it: comma-separated, CRLF line ends, and a field quoted (with inner
 * quotes doubled) when it holds a comma, a quote, a line break or leading/trailing spaces.
 * A UTF-8 byte-order mark is prepended on request, so spreadsheet programs read Vietnamese correctly.
 */

export type CsvValue = string | number | boolean | null | undefined;

const NEEDS_QUOTES = /[",\r\n]|^\s|\s$/;

export function csvField(value: CsvValue): string {
  if (value === null || value === undefined) return '';
  const text = String(value);
  return NEEDS_QUOTES.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

export function csvRow(values: readonly CsvValue[]): string {
  return values.map(csvField).join(',');
}

export interface CsvOptions {
  /** Prepend U+FEFF (Excel needs it to detect UTF-8). */
  bom?: boolean;
}

/**
 * A header row and one row per record, each line ended by CRLF, one line at a time (a national file
 * is never one string in memory; join the lines for one string).
 */
export function* csvLines<T>(
  columns: readonly { name: string; value: (row: T) => CsvValue }[],
  rows: Iterable<T>,
  options: CsvOptions = {},
): Generator<string> {
  yield `${options.bom ? '\uFEFF' : ''}${csvRow(columns.map((c) => c.name))}\r\n`;
  for (const r of rows) yield `${csvRow(columns.map((c) => c.value(r)))}\r\n`;
}

/** Parses RFC 4180 CSV back into rows of strings (used by tests and by anyone checking a download). */
export function parseCsv(text: string): string[][] {
  const input = text.startsWith('\uFEFF') ? text.slice(1) : text;
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < input.length; i++) {
    const c = input[i]!;
    if (quoted) {
      if (c === '"' && input[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"' && field === '') quoted = true;
    else if (c === ',') {
      row.push(field);
      field = '';
    } else if (c === '\r' || c === '\n') {
      if (c === '\r' && input[i + 1] === '\n') i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else field += c;
  }
  if (field !== '' || row.length > 0) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}
