/**
 * German number and date formatting for everything the planner reads or types. Pure, so the
 * same rules hold in the renderer, in exports and in tests.
 */

const numberFormats = new Map<string, Intl.NumberFormat>();

function numberFormat(digits: number | undefined): Intl.NumberFormat {
  const key = digits === undefined ? 'auto' : String(digits);
  let format = numberFormats.get(key);
  if (!format) {
    format = new Intl.NumberFormat(
      'de-DE',
      digits === undefined ? { maximumFractionDigits: 3 } : { minimumFractionDigits: digits, maximumFractionDigits: digits },
    );
    numberFormats.set(key, format);
  }
  return format;
}

/** `formatNumber(12345.6)` → "12.345,6"; with `digits` exactly that many decimals. Empty for null/NaN. */
export function formatNumber(n: number | null | undefined, digits?: number): string {
  if (n === null || n === undefined || !Number.isFinite(n)) return '';
  return numberFormat(digits).format(n);
}

const upToFormats = new Map<number, Intl.NumberFormat>();

/** `formatNumberUpTo(2.5, 2)` → "2,5", `formatNumberUpTo(1/3, 2)` → "0,33": at most `maxDigits` decimals, no trailing zeros. */
export function formatNumberUpTo(n: number | null | undefined, maxDigits: number): string {
  if (n === null || n === undefined || !Number.isFinite(n)) return '';
  let format = upToFormats.get(maxDigits);
  if (!format) {
    format = new Intl.NumberFormat('de-DE', { maximumFractionDigits: maxDigits });
    upToFormats.set(maxDigits, format);
  }
  return format.format(n);
}

const dateTime = new Intl.DateTimeFormat('de-DE', { day: '2-digit', month: '2-digit', year: 'numeric', hour: '2-digit', minute: '2-digit' });

/** `formatDateTime(new Date(2025, 2, 7, 14, 5))` → "07.03.2025, 14:05" in local time; empty for an invalid date. */
export function formatDateTime(when: Date | string | number): string {
  const d = when instanceof Date ? when : new Date(when);
  return Number.isNaN(d.getTime()) ? '' : dateTime.format(d);
}

/**
 * `formatDate("2025-03-07")` → "07.03.2025". Plain dates are taken as written (no time zone
 * shift); full timestamps are shown in local time. Unreadable input is returned unchanged.
 */
export function formatDate(iso: string | null | undefined): string {
  if (!iso) return '';
  const plain = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (plain) return `${plain[3]}.${plain[2]}.${plain[1]}`;
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  const pad = (v: number) => String(v).padStart(2, '0');
  return `${pad(d.getDate())}.${pad(d.getMonth() + 1)}.${d.getFullYear()}`;
}

/**
 * The character encoding an import was read in, as a planner knows it: `"utf-8"` → "UTF-8",
 * `"windows-1252"` → "Windows-1252 (ANSI)", `"xlsx"` → "Excel-Arbeitsmappe". An encoding this
 * list does not know is shown in capitals rather than hidden.
 */
export function formatEncoding(encoding: string | null | undefined): string {
  if (!encoding) return '';
  const known: Record<string, string> = {
    'utf-8': 'UTF-8',
    utf8: 'UTF-8',
    'windows-1252': 'Windows-1252 (ANSI)',
    latin1: 'ISO-8859-1 (Latin-1)',
    'iso-8859-1': 'ISO-8859-1 (Latin-1)',
    xlsx: 'Excel-Arbeitsmappe',
  };
  return known[encoding.toLowerCase()] ?? encoding.toUpperCase();
}
