/**
 * Register values ⇄ spreadsheet cells, for CSV/XLSX export, import and the Erfassungsbogen.
 * Cells are what a person reads and types: Gemeinden as AGS, Akteure and Angebotsarten by
 * name, choices by their German label, "ja"/"nein", German numbers and dates.
 */
import type { Kysely } from 'kysely';
import { agsProblem } from '../../shared/district/ags';
import { formatNumber } from '../../shared/format';
import { BUILTIN_OFFER_TYPES } from '../../shared/stock/offerTypes';
import { optionLabel, type FieldDef, type RegisterDef } from '../../shared/stock/registers';
import type { RegisterValue } from '../../shared/stock/validation';
import type { Database } from '../schema';

export const ID_HEADER = 'ID';
export const EXAMPLE_HEADER = 'Beispieldaten';

export interface Lookups {
  gemeindeById: Map<string, { ags: string; name: string }>;
  gemeindeByAgs: Map<string, string>;
  gemeindeByName: Map<string, string[]>;
  actorById: Map<string, string>;
  actorByName: Map<string, string[]>;
  typeById: Map<string, string>;
  typeByLabel: Map<string, string>;
}

const norm = (s: string) => s.trim().toLocaleLowerCase('de').replace(/\s+/g, ' ');

function push(m: Map<string, string[]>, key: string, id: string) {
  const list = m.get(key) ?? [];
  list.push(id);
  m.set(key, list);
}

export async function loadLookups(db: Kysely<Database>): Promise<Lookups> {
  const gemeinden = await db.selectFrom('gemeinde').select(['id', 'ags', 'name']).where('deleted_at', 'is', null).execute();
  const actors = await db.selectFrom('actor').select(['id', 'name']).where('deleted_at', 'is', null).execute();
  const types = await db.selectFrom('offer_type').select(['id', 'label']).where('deleted_at', 'is', null).execute();
  const l: Lookups = {
    gemeindeById: new Map(gemeinden.map((g) => [g.id, { ags: g.ags, name: g.name }])),
    gemeindeByAgs: new Map(gemeinden.map((g) => [g.ags, g.id])),
    gemeindeByName: new Map(),
    actorById: new Map(actors.map((a) => [a.id, a.name])),
    actorByName: new Map(),
    typeById: new Map([...BUILTIN_OFFER_TYPES.map((t) => [t.id, t.label] as const), ...types.map((t) => [t.id, t.label] as const)]),
    typeByLabel: new Map(),
  };
  for (const g of gemeinden) push(l.gemeindeByName, norm(g.name), g.id);
  for (const a of actors) push(l.actorByName, norm(a.name), a.id);
  for (const [id, label] of l.typeById) {
    l.typeByLabel.set(norm(label), id);
    l.typeByLabel.set(norm(id), id);
  }
  return l;
}

/** Column header of a field in exports; Gemeinde columns say that they hold the AGS. */
export function headerOf(field: FieldDef): string {
  if (field.type === 'gemeinde') return `${field.label} (AGS)`;
  if (field.type === 'gemeindeList') return `${field.label} (AGS)`;
  return field.label;
}

/** The value as a cell: string, number or null. */
export function toCell(field: FieldDef, value: RegisterValue, l: Lookups, csv: boolean): string | number | null {
  if (value === null || value === undefined) return null;
  switch (field.type) {
    case 'number':
    case 'integer':
      return typeof value === 'number' ? (csv ? formatNumber(value).replace(/\u202f|\u00a0/g, '').replace(/\./g, '') : value) : null;
    case 'boolean':
      return value === true ? 'ja' : 'nein';
    case 'enum':
      return optionLabel(field, String(value));
    case 'date': {
      const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(String(value));
      return m ? `${m[3]}.${m[2]}.${m[1]}` : String(value);
    }
    case 'gemeinde':
      return l.gemeindeById.get(String(value))?.ags ?? String(value);
    case 'gemeindeList':
      return (value as string[]).map((id) => l.gemeindeById.get(id)?.ags ?? id).join(', ');
    case 'actor':
      return l.actorById.get(String(value)) ?? String(value);
    case 'actorList':
      return (value as string[]).map((id) => l.actorById.get(id) ?? id).join('; ');
    case 'offerType':
      return l.typeById.get(String(value)) ?? String(value);
    case 'tags':
    case 'fieldList':
      return (value as string[]).join(', ');
    default:
      return String(value);
  }
}

function resolveGemeinde(text: string, l: Lookups, label: string): string | { error: string } {
  const t = text.trim();
  if (/^\d+$/.test(t)) {
    const ags = t.length === 7 ? `0${t}` : t; // Excel drops the leading zero of "03354…"
    const problem = agsProblem(ags);
    if (problem) return { error: `„${label}“: ${problem}` };
    const id = l.gemeindeByAgs.get(ags);
    return id ?? { error: `„${label}“: Eine Gemeinde mit dem Schlüssel ${ags} gibt es in diesem Plan nicht.` };
  }
  const ids = l.gemeindeByName.get(norm(t)) ?? [];
  if (ids.length === 1) return ids[0]!;
  if (ids.length > 1) return { error: `„${label}“: „${t}“ ist mehrdeutig; bitte den Gemeindeschlüssel (AGS) angeben.` };
  return { error: `„${label}“: „${t}“ ist weder ein gültiger Gemeindeschlüssel (8 Ziffern) noch der Name einer Gemeinde des Plans.` };
}

function resolveActor(text: string, l: Lookups, label: string): string | { error: string } {
  const t = text.trim();
  if (l.actorById.has(t)) return t;
  const ids = l.actorByName.get(norm(t)) ?? [];
  if (ids.length === 1) return ids[0]!;
  if (ids.length > 1) return { error: `„${label}“: Es gibt mehrere Akteure namens „${t}“.` };
  return { error: `„${label}“: Einen Akteur „${t}“ gibt es im Plan nicht. Legen Sie ihn zuerst im Register Akteure an.` };
}

/** Turns a cell's text into a raw value for validateField; references become ids. */
export function fromCell(field: FieldDef, text: string, l: Lookups): { value: unknown } | { error: string } {
  const t = text.trim();
  if (t === '') return { value: null };
  switch (field.type) {
    case 'gemeinde': {
      const r = resolveGemeinde(t, l, field.label);
      return typeof r === 'string' ? { value: r } : r;
    }
    case 'gemeindeList': {
      const ids: string[] = [];
      for (const part of t.split(/[;,\n]/).map((p) => p.trim()).filter(Boolean)) {
        const r = resolveGemeinde(part, l, field.label);
        if (typeof r !== 'string') return r;
        ids.push(r);
      }
      return { value: ids };
    }
    case 'actor': {
      const r = resolveActor(t, l, field.label);
      return typeof r === 'string' ? { value: r } : r;
    }
    case 'actorList': {
      const ids: string[] = [];
      for (const part of t.split(/[;\n]/).map((p) => p.trim()).filter(Boolean)) {
        const r = resolveActor(part, l, field.label);
        if (typeof r !== 'string') return r;
        ids.push(r);
      }
      return { value: ids };
    }
    case 'offerType': {
      const id = l.typeByLabel.get(norm(t)) ?? (l.typeById.has(t) ? t : undefined);
      return id ? { value: id } : { error: `„${field.label}“: „${t}“ ist keine bekannte Angebotsart.` };
    }
    default:
      return { value: t };
  }
}

/** Header → field key suggestion: by label, label with "(AGS)", or column name. */
export function suggestMapping(def: RegisterDef, headers: readonly string[]): Record<string, string> {
  const mapping: Record<string, string> = {};
  const used = new Set<string>();
  for (const h of headers) {
    const n = norm(h.replace(/\*$/, ''));
    let key = '';
    if (n === 'id' || n === 'kennung') key = '__id';
    else {
      const f = def.fields.find((f) => norm(headerOf(f)) === n || norm(f.label) === n || norm(f.key) === n);
      if (f) key = f.key;
    }
    if (key && !used.has(key)) {
      used.add(key);
      mapping[h] = key;
    } else mapping[h] = '';
  }
  return mapping;
}
