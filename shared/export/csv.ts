/**
 * The one CSV writer of the app (stock registers, measures, needs tables): semicolons, CRLF,
 * UTF-8 with BOM — what German Excel opens correctly by double-click.
 *
 * Formula injection: Excel and LibreOffice run a cell that starts with `=`, `+`, `-` or `@`
 * (also after a leading tab or CR) as a formula, e.g. `=HYPERLINK("http://evil", "Klick")`
 * or `+cmd|' /C calc'!A0`. A register filled from a returned Erfassungsbogen can contain such
 * text, so every text cell that could start a formula gets a leading apostrophe, which the
 * spreadsheet shows as plain text. Plain numbers ("-3,5") stay numbers. The stock import
 * removes the apostrophe again (`restoreNeutralisedCell`), so an export re-imports unchanged.
 */
export type CsvCell = string | number | null;

const FORMULA_START = /^[=+\-@\t\r]/;
const PLAIN_NUMBER = /^[+-]?\d[\d.,]*$/;

/**
 * Whether the text gets an apostrophe: it could start a formula, or it already starts with
 * apostrophes before one (so that restoring is exact for every text, e.g. a typed "'=x").
 */
function needsPrefix(text: string): boolean {
  if (FORMULA_START.test(text)) return !PLAIN_NUMBER.test(text);
  return text.startsWith("'") && needsPrefix(text.slice(1));
}

/** The text a spreadsheet shows as text, never runs as a formula. */
export function neutraliseCell(text: string): string {
  return needsPrefix(text) ? `'${text}` : text;
}

/** The inverse for imports: `'=SUMME(…)` written by neutraliseCell becomes `=SUMME(…)` again. */
export function restoreNeutralisedCell(text: string): string {
  return text.startsWith("'") && needsPrefix(text.slice(1)) ? text.slice(1) : text;
}

function csvField(value: CsvCell, formatNumber: (n: number) => string): string {
  if (value === null) return '';
  const text = typeof value === 'number' ? formatNumber(value) : neutraliseCell(value);
  return /[";\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** German decimal comma, no thousands separator (Excel reads "1234,5" as a number). */
export const germanCsvNumber = (n: number): string => String(n).replace('.', ',');

export function toCsv(header: readonly string[], rows: readonly (readonly CsvCell[])[], formatNumber: (n: number) => string = germanCsvNumber): string {
  return '\uFEFF' + [header, ...rows].map((r) => r.map((v) => csvField(v, formatNumber)).join(';')).join('\r\n') + '\r\n';
}
