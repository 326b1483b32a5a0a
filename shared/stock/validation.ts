/**
 * Validation of register values, for the form (renderer), the save channel and imports
 * (db). Pure: reference checks against Gemeinden and Akteure need data and happen in db/.
 * Every message is German and names the field, so a planner knows what to fix.
 */
import type { FieldDef, RegisterDef } from './registers';
import { FIELD_IDS } from '../catalog/fieldId';
import { type NumberKind, readGermanNumber } from '../germanNumber';

export type RegisterValue = string | number | boolean | string[] | null;
export type RegisterValues = Record<string, RegisterValue>;

export interface ValidationResult {
  values: RegisterValues;
  /** Message per field key; empty when valid. */
  errors: Record<string, string>;
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const URL_RE = /^https?:\/\/[^\s]+$/i;
const DATE_RE = /^(\d{4})-(\d{2})-(\d{2})$/;
const DE_DATE_RE = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/;

/**
 * Reads a register number through the one German number reader (shared/germanNumber.ts):
 * "1.234,5" = 1234.5, "1.050" = 1050; numbers from XLSX cells pass through. Null for empty,
 * NaN for unreadable input (numberProblem says why).
 */
export function parseGermanNumber(raw: unknown, kind: NumberKind = 'number', decimalPoint = false): number | null {
  if (raw === null || raw === undefined) return null;
  if (typeof raw === 'number') return raw;
  if (typeof raw !== 'string') return Number.NaN;
  const r = readGermanNumber(raw, { kind, decimalPoint });
  return r.ok ? r.value : Number.NaN;
}

/** Accepts ISO (2024-03-01) and German (1.3.2024) dates; returns ISO, null for empty, undefined when invalid. */
export function parseDate(raw: unknown): string | null | undefined {
  if (raw === null || raw === undefined) return null;
  if (typeof raw !== 'string') return undefined;
  const s = raw.trim();
  if (s === '') return null;
  let y: number, m: number, d: number;
  const iso = DATE_RE.exec(s.slice(0, 10));
  const de = DE_DATE_RE.exec(s);
  if (iso && (s.length === 10 || s[10] === 'T')) [y, m, d] = [Number(iso[1]), Number(iso[2]), Number(iso[3])];
  else if (de) [d, m, y] = [Number(de[1]), Number(de[2]), Number(de[3])];
  else return undefined;
  const date = new Date(Date.UTC(y, m - 1, d));
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d) return undefined;
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

function toList(raw: unknown): string[] | undefined {
  if (raw === null || raw === undefined) return [];
  if (Array.isArray(raw)) return raw.every((v) => typeof v === 'string') ? raw.map((v) => v.trim()).filter(Boolean) : undefined;
  if (typeof raw === 'string') return raw.split(/[;,\n]/).map((v) => v.trim()).filter(Boolean);
  return undefined;
}

const fmt = (n: number) => String(n).replace('.', ',');

/** Validates one field; returns [value, message]. */
export function validateField(field: FieldDef, raw: unknown): [RegisterValue, string | null] {
  const name = `„${field.label}“`;
  const missing: [RegisterValue, string | null] = [null, field.required ? `${name} ist ein Pflichtfeld.` : null];
  switch (field.type) {
    case 'text':
    case 'longtext':
    case 'phone':
    case 'url':
    case 'email':
    case 'gemeinde':
    case 'actor':
    case 'offerType': {
      if (raw === null || raw === undefined) return missing;
      if (typeof raw !== 'string' && typeof raw !== 'number') return [null, `${name}: Bitte einen Text eingeben.`];
      const s = String(raw).trim();
      if (s === '') return missing;
      const max = field.maxLength ?? 2000;
      if (s.length > max) return [s, `${name} ist zu lang (höchstens ${max} Zeichen).`];
      if (field.type === 'email' && !EMAIL.test(s)) return [s, `${name}: Das ist keine gültige E-Mail-Adresse (Beispiel: name@kreis.de).`];
      if (field.type === 'url' && !URL_RE.test(s)) return [s, `${name}: Bitte eine vollständige Adresse mit http:// oder https:// angeben.`];
      if (field.type === 'phone' && !/^[+\d\s()/-]{3,}$/.test(s)) return [s, `${name}: Bitte nur Ziffern, Leerzeichen und + / - ( ) verwenden.`];
      if (field.key === 'postcode' && !/^\d{5}$/.test(s)) return [s, `${name}: Eine Postleitzahl hat genau fünf Ziffern.`];
      if (field.key === 'color' && !/^#[0-9a-fA-F]{6}$/.test(s)) return [s, `${name}: Bitte einen Farbwert wie #6d4c41 angeben.`];
      return [s, null];
    }
    case 'number':
    case 'integer': {
      const kind = field.share ? 'share' : 'number';
      const n = parseGermanNumber(raw, kind, field.decimalPoint);
      if (n === null) return missing;
      if (Number.isNaN(n) || !Number.isFinite(n)) {
        const reading = typeof raw === 'string' ? readGermanNumber(raw, { kind, decimalPoint: field.decimalPoint }) : null;
        return [null, `${name}: ${reading && !reading.ok ? reading.message : 'Bitte eine Zahl eingeben (Dezimalkomma erlaubt, z. B. 2,5).'}`];
      }
      if (field.type === 'integer' && !Number.isInteger(n)) return [n, `${name}: Bitte eine ganze Zahl eingeben.`];
      if (field.min !== undefined && n < field.min) return [n, `${name} muss mindestens ${fmt(field.min)} sein.`];
      if (field.max !== undefined && n > field.max) return [n, field.share ? `${name} darf höchstens 100 % sein (z. B. „50 %“ oder „0,5“).` : `${name} darf höchstens ${fmt(field.max)} sein.`];
      return [n, null];
    }
    case 'date': {
      const d = parseDate(raw);
      if (d === null) return missing;
      if (d === undefined) return [null, `${name}: Bitte ein Datum wie 31.12.2024 oder 2024-12-31 angeben.`];
      return [d, null];
    }
    case 'enum': {
      if (raw === null || raw === undefined || (typeof raw === 'string' && raw.trim() === '')) return missing;
      const s = String(raw).trim();
      const hit = field.options?.find((o) => o.value === s || o.label.toLocaleLowerCase('de') === s.toLocaleLowerCase('de'));
      if (!hit) return [null, `${name}: „${s}“ ist nicht vorgesehen. Erlaubt: ${field.options?.map((o) => o.label).join(', ')}.`];
      return [hit.value, null];
    }
    case 'boolean': {
      if (raw === null || raw === undefined || raw === '') return [field.required ? null : false, field.required ? `${name} ist ein Pflichtfeld.` : null];
      if (typeof raw === 'boolean') return [raw, null];
      if (raw === 1 || raw === 0) return [raw === 1, null];
      const s = String(raw).trim().toLocaleLowerCase('de');
      if (['ja', 'j', 'x', '1', 'true', 'wahr'].includes(s)) return [true, null];
      if (['nein', 'n', '0', 'false', 'falsch', '-'].includes(s)) return [false, null];
      return [null, `${name}: Bitte „ja“ oder „nein“ angeben.`];
    }
    case 'tags':
    case 'gemeindeList':
    case 'actorList':
    case 'fieldList': {
      const list = toList(raw);
      if (list === undefined) return [null, `${name}: Bitte eine Liste angeben.`];
      if (list.length === 0) return [[], field.required ? `${name} ist ein Pflichtfeld.` : null];
      const unique = [...new Set(list)];
      if (field.type === 'fieldList') {
        const ids = unique.map(normaliseFieldId);
        const bad = unique.filter((_, i) => ids[i] === null);
        if (bad.length > 0) return [null, `${name}: ${bad.join(', ')} ist kein Handlungsfeld (erlaubt: 1 bis 10 oder hf01 bis hf10).`];
        return [[...new Set(ids as string[])].sort(), null];
      }
      if (unique.some((v) => v.length > 200)) return [unique, `${name}: Ein Eintrag ist zu lang (höchstens 200 Zeichen).`];
      return [unique, null];
    }
  }
}

/** "hf05", "HF5", "5" → "hf05"; null when not one of the ten fields. */
export function normaliseFieldId(raw: string): string | null {
  const m = /^(?:hf)?0?(\d{1,2})$/i.exec(raw.trim());
  if (!m) return null;
  const id = `hf${m[1]!.padStart(2, '0')}`;
  return (FIELD_IDS as readonly string[]).includes(id) ? id : null;
}

/** Validates all fields of a register; fields missing from `raw` count as empty. */
export function validateRecord(def: RegisterDef, raw: Record<string, unknown>): ValidationResult {
  const values: RegisterValues = {};
  const errors: Record<string, string> = {};
  for (const field of def.fields) {
    const [value, error] = validateField(field, raw[field.key]);
    values[field.key] = value;
    if (error) errors[field.key] = error;
  }
  Object.assign(errors, def.rules?.(values));
  return { values, errors };
}
