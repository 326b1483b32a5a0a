/**
 * Short summaries of the registers for a field's step-1 tab ("12 von 27 Gemeinden ohne
 * Kümmerer"). Pure: takes records and Gemeinden, returns German lines.
 */
import type { FieldId } from '../catalog/fieldId';
import { plural } from '../plural';
import { formatNumber } from '../format';
import type { RegisterDef } from './registers';
import { optionLabel } from './registers';
import type { RegisterValues } from './validation';

export interface SummaryInput {
  def: RegisterDef;
  fieldId: FieldId;
  records: readonly { values: RegisterValues }[];
  gemeindeIds: readonly string[];
  typeLabels: ReadonlyMap<string, string>;
  /** Capacity unit per offer type. */
  typeUnits: ReadonlyMap<string, 'plaetze' | 'klienten'>;
}

const num = (v: unknown): number => (typeof v === 'number' && Number.isFinite(v) ? v : 0);
const n0 = (v: number) => formatNumber(v, Number.isInteger(v) ? 0 : 1);
const n1 = (v: number) => formatNumber(v, 1);

/** Gemeinden (of the given ids) that have at least one record in `key` (single or list column). */
export function coveredGemeinden(records: readonly { values: RegisterValues }[], key: string, gemeindeIds: readonly string[]): Set<string> {
  const live = new Set(gemeindeIds);
  const covered = new Set<string>();
  for (const r of records) {
    const v = r.values[key];
    for (const id of Array.isArray(v) ? v : typeof v === 'string' ? [v] : []) if (live.has(id)) covered.add(id);
  }
  return covered;
}

function countBy(records: readonly { values: RegisterValues }[], key: string): Map<string, number> {
  const m = new Map<string, number>();
  for (const r of records) {
    const v = r.values[key];
    if (typeof v === 'string') m.set(v, (m.get(v) ?? 0) + 1);
  }
  return m;
}

function breakdown(def: RegisterDef, records: readonly { values: RegisterValues }[], key: string): string {
  const field = def.fields.find((f) => f.key === key)!;
  return [...countBy(records, key).entries()]
    .sort((a, b) => b[1] - a[1])
    .map(([v, n]) => `${n0(n)} ${optionLabel(field, v)}`)
    .join(', ');
}

/** Capacity per offer type: sum of capacities of live offers. */
export function capacityByType(records: readonly { values: RegisterValues }[]): Map<string, { count: number; capacity: number }> {
  const m = new Map<string, { count: number; capacity: number }>();
  for (const r of records) {
    const type = String(r.values.type_id ?? '');
    const cur = m.get(type) ?? { count: 0, capacity: 0 };
    cur.count += 1;
    cur.capacity += num(r.values.capacity);
    m.set(type, cur);
  }
  return m;
}

/** What a register's `summarise` hook gets: the input and the shared helpers. */
export interface SummaryContext extends SummaryInput {
  n0: (v: number) => string;
  n1: (v: number) => string;
  num: (v: unknown) => number;
  /** "3 Netzwerk, 1 Gremium": the records counted by the options of a choice column. */
  breakdown: (key: string) => string;
  capacityByType: () => Map<string, { count: number; capacity: number }>;
  coveredGemeinden: (records: readonly { values: RegisterValues }[], key: string) => Set<string>;
}

export function summarize(input: SummaryInput): string[] {
  const { def, records, gemeindeIds } = input;
  const total = gemeindeIds.length;
  const gemeindeKey = def.gemeindeKey ?? def.gemeindeListKey;
  if (records.length === 0) return ['Noch keine Einträge.'];
  const context: SummaryContext = {
    ...input,
    n0,
    n1,
    num,
    breakdown: (key) => breakdown(def, records, key),
    capacityByType: () => capacityByType(records),
    coveredGemeinden: (subset, key) => coveredGemeinden(subset, key, gemeindeIds),
  };
  const lines = def.summarise ? def.summarise(context) : [defaultSummary(def, records)];
  if (gemeindeKey && total > 0) {
    const without = total - coveredGemeinden(records, gemeindeKey, gemeindeIds).size;
    lines.push(`${n0(without)} von ${n0(total)} Gemeinden ohne ${def.gapNoun ?? `Eintrag in „${def.label}“`}.`);
  }
  return lines;
}

/** Broken down by the register's first choice field (Art, Tätigkeit, Bewertung …). */
function defaultSummary(def: RegisterDef, records: readonly { values: RegisterValues }[]): string {
  const choice = def.fields.find((f) => f.type === 'enum' && f.inTable);
  return `${plural(records.length, 'Eintrag', 'Einträge')}${choice ? ` – ${choice.label}: ${breakdown(def, records, choice.key)}` : ''}.`;
}
