/**
 * CSV in and out, RFC 4180 style, small enough to read in one sitting (no library: the
 * candidate import and the export need only this, and the escaping rule below is ours).
 */

/**
 * Parses CSV text into rows of cells. Quoted cells may hold the separator, quotes (doubled)
 * and line breaks; CRLF, LF and CR all end a row; a leading byte-order mark is dropped;
 * blank lines are skipped. The separator is `,` unless the first line has more `;` than `,`
 * outside quotes (spreadsheets in Norwegian locales save with `;`).
 */
export function parseCsv(text: string): string[][] {
  const input = text.startsWith('\ufeff') ? text.slice(1) : text;
  const separator = detectSeparator(input);
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  let cellStarted = false;
  const endCell = () => {
    row.push(cell);
    cell = '';
    cellStarted = false;
  };
  const endRow = () => {
    endCell();
    if (!(row.length === 1 && row[0]!.trim() === '')) rows.push(row);
    row = [];
  };
  for (let i = 0; i < input.length; i++) {
    const ch = input[i]!;
    if (quoted) {
      if (ch === '"') {
        if (input[i + 1] === '"') {
          cell += '"';
          i++;
        } else {
          quoted = false;
        }
      } else {
        cell += ch;
      }
      continue;
    }
    if (ch === '"' && !cellStarted) {
      quoted = true;
      cellStarted = true;
    } else if (ch === separator) {
      endCell();
    } else if (ch === '\r' || ch === '\n') {
      if (ch === '\r' && input[i + 1] === '\n') i++;
      endRow();
    } else {
      cell += ch;
      cellStarted = true;
    }
  }
  if (cell !== '' || row.length > 0) endRow();
  return rows;
}

function detectSeparator(input: string): ',' | ';' {
  let commas = 0;
  let semicolons = 0;
  let quoted = false;
  for (const ch of input) {
    if (ch === '"') quoted = !quoted;
    else if (!quoted && (ch === '\n' || ch === '\r')) break;
    else if (!quoted && ch === ',') commas++;
    else if (!quoted && ch === ';') semicolons++;
  }
  return semicolons > commas ? ';' : ',';
}

/** First characters a spreadsheet reads as the start of a formula (CSV injection). */
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * One cell for a CSV file opened in a spreadsheet: a value starting with `=`, `+`, `-`, `@`,
 * tab or CR is prefixed with `'` so it is shown as text and never run as a formula (OWASP's
 * advice); then quoted when it holds a quote, the separator or a line break. Numbers are
 * written as they are (a negative number is data, not a formula).
 */
export function csvCell(value: string | number | boolean | null | undefined): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  let text = String(value);
  if (FORMULA_START.test(text)) text = `'${text}`;
  return /[",;\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** Rows to CSV text with CRLF line ends (what spreadsheets expect). */
export function toCsv(
  rows: readonly (readonly (string | number | boolean | null | undefined)[])[],
): string {
  return rows.map((row) => row.map(csvCell).join(',')).join('\r\n') + '\r\n';
}
