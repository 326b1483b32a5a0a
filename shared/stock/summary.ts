/**
 * Short summaries of the registers for a field's step-1 tab ("12 von 27 Gemeinden ohne
 * Kümmerer"). Pure: takes records and Gemeinden, returns German lines.
 */
import { plural } from '../plural';
import { formatNumber } from '../format';
import type { RegisterDef } from './registers';
import { optionLabel } from './registers';
import type { RegisterValues } from './validation';

export interface SummaryInput {
  def: RegisterDef;
  fieldId: string;
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

export function summarize(input: SummaryInput): string[] {
  const { def, records, gemeindeIds, fieldId } = input;
  const lines: string[] = [];
  const total = gemeindeIds.length;
  const gemeindeKey = def.gemeindeKey ?? def.gemeindeListKey;
  if (records.length === 0) return ['Noch keine Einträge.'];
  switch (def.id) {
    case 'angebote': {
      const byType = capacityByType(records);
      const parts = [...byType.entries()]
        .sort((a, b) => b[1].count - a[1].count)
        .slice(0, 6)
        .map(([type, v]) => {
          const unit = input.typeUnits.get(type) === 'klienten' ? 'Klienten' : 'Plätze';
          return `${input.typeLabels.get(type) ?? type}: ${n0(v.count)}${v.capacity > 0 ? ` (${n0(v.capacity)} ${unit})` : ''}`;
        });
      lines.push(`${n0(records.length)} Angebote in ${n0(byType.size)} Angebotsarten. ${parts.join('; ')}.`);
      if (fieldId === 'hf06') {
        const fk = records.reduce((s, r) => s + num(r.values.staff_fachkraft_vze), 0);
        const hk = records.reduce((s, r) => s + num(r.values.staff_hilfskraft_vze), 0);
        lines.push(`Personal: ${n1(fk)} VZÄ Fachkräfte und ${n1(hk)} VZÄ Hilfskräfte.`);
      }
      if (fieldId === 'hf07' && gemeindeIds.length > 0) {
        for (const type of ['tagespflege', 'ambulanter_pflegedienst']) {
          const covered = coveredGemeinden(records.filter((r) => r.values.type_id === type), 'gemeinde_id', gemeindeIds).size;
          lines.push(`${n0(gemeindeIds.length - covered)} von ${n0(gemeindeIds.length)} Gemeinden ohne eigenen Standort: ${input.typeLabels.get(type) ?? type}.`);
        }
      }
      if (fieldId === 'hf09') {
        const relevant = records.filter((r) => r.values.type_id === 'unterstuetzung_alltag' || r.values.type_id === 'selbsthilfegruppe');
        lines.push(`${n0(relevant.length)} Angebote zur Unterstützung im Alltag und Selbsthilfegruppen.`);
      }
      break;
    }
    case 'personalstellen': {
      const vze = records.reduce((s, r) => s + num(r.values.vze), 0);
      const share = records.reduce((s, r) => s + num(r.values.vze) * (typeof r.values.share_senioren_pflege === 'number' ? r.values.share_senioren_pflege : 1), 0);
      const temporary = records.filter((r) => r.values.permanent !== true).length;
      lines.push(`${n0(records.length)} Stellen mit ${n1(vze)} VZÄ, davon ${n1(share)} VZÄ für Senioren/Pflege; ${n0(temporary)} befristet.`);
      break;
    }
    case 'foerderprogramme':
      lines.push(`${n0(records.length)} Programme: ${breakdown(def, records, 'status')}.`);
      break;
    case 'digitalisierung': {
      const cost = records.reduce((s, r) => s + num(r.values.cost), 0);
      lines.push(`${n0(records.length)} Bedarfe: ${breakdown(def, records, 'area')}. Geschätzte Kosten zusammen ${n0(cost)} Euro.`);
      break;
    }
    case 'netzwerke': {
      const noChair = records.filter((r) => !r.values.chair_actor_id).length;
      lines.push(`${n0(records.length)} Netzwerke und Gremien: ${breakdown(def, records, 'kind')}${noChair > 0 ? `; ${n0(noChair)} ohne Vorsitz` : ''}.`);
      break;
    }
    default: {
      // Broken down by the register's first choice field (Art, Tätigkeit, Bewertung …).
      const choice = def.fields.find((f) => f.type === 'enum' && f.inTable);
      lines.push(`${plural(records.length, 'Eintrag', 'Einträge')}${choice ? ` – ${choice.label}: ${breakdown(def, records, choice.key)}` : ''}.`);
    }
  }
  if (gemeindeKey && total > 0) {
    const without = total - coveredGemeinden(records, gemeindeKey, gemeindeIds).size;
    const what =
      def.id === 'kuemmerer' ? 'Kümmerer' : def.id === 'oepnv' ? 'ÖPNV-Bewertung' : def.id === 'mobilitaet' ? 'Mobilitätsangebot' : def.id === 'angebote' ? 'Angebot' : `Eintrag in „${def.label}“`;
    lines.push(`${n0(without)} von ${n0(total)} Gemeinden ohne ${what}.`);
  }
  return lines;
}
