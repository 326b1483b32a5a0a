/** How register values read in tables, lists and the search index. */
import { ACTION_FIELDS } from '../../../shared/catalog';
import type { Gemeinde } from '../../../shared/contract/schemas';
import type { OfferTypeInfo, RegisterRecord } from '../../../shared/contract/stockSchemas';
import { formatDate, formatNumber } from '../../../shared/format';
import { optionLabel, type FieldDef, type RegisterDef } from '../../../shared/stock/registers';
import type { RegisterValue } from '../../../shared/stock/validation';
import { stockTexts } from './texts';

export interface DisplayContext {
  gemeindeName: Map<string, string>;
  actorName: ReadonlyMap<string, string>;
  typeLabel: Map<string, string>;
}

export function displayContext(gemeinden: Gemeinde[], actorNames: ReadonlyMap<string, string>, types: OfferTypeInfo[]): DisplayContext {
  return {
    gemeindeName: new Map(gemeinden.map((g) => [g.id, g.name])),
    actorName: actorNames,
    typeLabel: new Map(types.map((t) => [t.id, t.label])),
  };
}

/** The Akteure `records` of `def` refer to: the names a table of them must load. */
export function actorIdsIn(def: RegisterDef, records: readonly RegisterRecord[]): string[] {
  const ids: string[] = [];
  for (const f of def.fields) {
    if (f.type !== 'actor' && f.type !== 'actorList') continue;
    for (const r of records) {
      const v = r.values[f.key];
      if (typeof v === 'string' && v) ids.push(v);
      else if (Array.isArray(v)) ids.push(...v);
    }
  }
  return ids;
}

const fieldShort = new Map<string, string>(ACTION_FIELDS.map((f) => [f.id, `${f.number}`]));

export function displayValue(field: FieldDef, value: RegisterValue | undefined, ctx: DisplayContext): string {
  if (value === null || value === undefined) return '';
  switch (field.type) {
    case 'number':
      return typeof value === 'number' ? formatNumber(value, Number.isInteger(value) ? 0 : 2) : '';
    case 'integer':
      return typeof value === 'number' ? formatNumber(value, 0) : '';
    case 'boolean':
      return value ? stockTexts.table.yes : stockTexts.table.no;
    case 'date':
      return formatDate(String(value));
    case 'enum':
      return optionLabel(field, String(value));
    case 'gemeinde':
      return ctx.gemeindeName.get(String(value)) ?? '';
    case 'gemeindeList':
      return (value as string[]).map((id) => ctx.gemeindeName.get(id) ?? '?').join(', ');
    case 'actor':
      return ctx.actorName.get(String(value)) ?? '';
    case 'actorList':
      return (value as string[]).map((id) => ctx.actorName.get(id) ?? '?').join(', ');
    case 'offerType':
      return ctx.typeLabel.get(String(value)) ?? String(value);
    case 'fieldList':
      return (value as string[]).map((id) => `HF ${fieldShort.get(id) ?? id}`).join(', ');
    case 'tags':
      return (value as string[]).join(', ');
    default:
      return String(value);
  }
}

/** Sort key of a cell: numbers as numbers, everything else as its displayed text. */
export function sortValue(field: FieldDef, value: RegisterValue | undefined, ctx: DisplayContext): string | number | null {
  if (value === null || value === undefined || value === '') return null;
  if (typeof value === 'number') return value;
  const text = displayValue(field, value, ctx);
  return text === '' ? null : text;
}
