/**
 * The one reader of numbers typed by planners. German writing rules: the point groups
 * thousands ("4.317" = 4317, "250.000 €" = 250000), the comma is the decimal mark
 * ("1.050,5" = 1050.5). A point that cannot be a thousands separator ("12.5") is refused
 * rather than guessed: reading it as a decimal point would make "1.05" and "1.050" differ by
 * a factor of 1000, which is exactly how capacities and counts used to be misread.
 * Pure, so forms, imports and tests agree.
 */
import { formatNumber, formatNumberUpTo } from './format';

/** Every typed digit shown back, so a reading never looks rounded to something it is not. */
const full = { format: (n: number) => formatNumberUpTo(n, 10) };

/** How a field's number is written and stored. */
export type NumberKind =
  /** A plain number. */
  | 'number'
  /** A share stored 0..1; typed as "100 %" or "0,5" (a "%" divides by 100). */
  | 'share'
  /** An amount of money; "€" and "EUR" are allowed and ignored. */
  | 'euro';

export interface ReadOptions {
  kind?: NumberKind;
  /** Coordinates pasted from web maps ("52.97"): a lone point is the decimal mark, never a thousands separator. */
  decimalPoint?: boolean;
}

export type NumberReading = { ok: true; value: number | null } | { ok: false; message: string };

const GROUPED = /^\d{1,3}(\.\d{3})+(,\d+)?$/;
const PLAIN = /^\d*(,\d+)?$/;
const POINT_DECIMAL = /^(\d+(\.\d*)?|\.\d+)$/;

/** Reads `text`; `value` is null for empty input. Refusals say in German what to type instead. */
export function readGermanNumber(text: string, options: ReadOptions = {}): NumberReading {
  const kind = options.kind ?? 'number';
  let s = text.trim().replace(/\u2212/g, '-').replace(/[\s\u00a0\u202f]/g, '');
  if (s === '') return { ok: true, value: null };
  let percent = false;
  if (kind === 'share' && s.endsWith('%')) {
    percent = true;
    s = s.slice(0, -1);
  }
  if (kind === 'euro') s = s.replace(/(€|EUR|Euro)$/i, '').replace(/^(€|EUR)/i, '');
  let sign = 1;
  if (/^[+-]/.test(s)) {
    if (s[0] === '-') sign = -1;
    s = s.slice(1);
  }
  const shown = text.trim();
  let value: number;
  if (options.decimalPoint && !s.includes(',') && POINT_DECIMAL.test(s)) value = Number(s);
  else if (GROUPED.test(s) || PLAIN.test(s)) value = Number(s.replace(/\./g, '').replace(',', '.'));
  else if (/^\d+\.\d+$/.test(s)) {
    return { ok: false, message: `„${shown}“ ist nicht eindeutig: In deutschen Zahlen trennt der Punkt die Tausender (1.050 = tausendfünfzig). Für Dezimalstellen bitte ein Komma schreiben, z. B. ${s.replace('.', ',')}.` };
  } else if (/^\d{1,3}(,\d{3})+(\.\d+)?$/.test(s)) {
    return { ok: false, message: `„${shown}“ ist in englischer Schreibweise. Bitte deutsch schreiben: Punkt für Tausender, Komma für Dezimalstellen (z. B. 1.050,5).` };
  } else {
    const example = kind === 'share' ? '„50 %“ oder „0,5“' : kind === 'euro' ? '„250.000 €“' : '„4.317“ oder „2,5“';
    return { ok: false, message: `„${shown}“ ist keine Zahl. Bitte z. B. ${example} eingeben.` };
  }
  if (!Number.isFinite(value) || s.replace(/[.,]/g, '') === '') return { ok: false, message: `„${shown}“ ist keine Zahl.` };
  value *= sign;
  return { ok: true, value: percent ? value / 100 : value };
}

/** The value, or null for empty input; throws an Error with the German refusal otherwise (for forms that show one message). */
export function germanNumberOrThrow(text: string, label: string, options: ReadOptions = {}): number | null {
  const r = readGermanNumber(text, options);
  if (!r.ok) throw new Error(`${label}: ${r.message}`);
  return r.value;
}

/** What a reading is shown as, so the planner sees what was understood: "4.317", "100 %", "250.000 €". */
export function describeReading(value: number, kind: NumberKind = 'number'): string {
  if (kind === 'share') return `${full.format(value * 100)} %`;
  if (kind === 'euro') return `${formatNumber(value, Number.isInteger(value) ? 0 : 2)} €`;
  return full.format(value);
}


/** A stored number written back into a text field the way the reader reads it again. */
export function toGermanInput(value: number | null | undefined, kind: NumberKind = 'number'): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return '';
  if (kind === 'share') return `${full.format(value * 100)} %`;
  return full.format(value);
}
