/**
 * The step-1 summary lines of the registers that say more than a count, attached to their
 * declarations in registers.ts (`summarise`). Helpers come in through the context, so this
 * file needs nothing of summary.ts at run time.
 */
import type { SummaryContext } from './summary';

export function offerSummary(c: SummaryContext): string[] {
  const { records, fieldId, gemeindeIds, typeLabels, typeUnits, n0, n1, num } = c;
  const byType = c.capacityByType();
  const parts = [...byType.entries()]
    .sort((a, b) => b[1].count - a[1].count)
    .slice(0, 6)
    .map(([type, v]) => {
      const unit = typeUnits.get(type) === 'klienten' ? 'Klienten' : 'Plätze';
      return `${typeLabels.get(type) ?? type}: ${n0(v.count)}${v.capacity > 0 ? ` (${n0(v.capacity)} ${unit})` : ''}`;
    });
  const lines = [`${n0(records.length)} Angebote in ${n0(byType.size)} Angebotsarten. ${parts.join('; ')}.`];
  if (fieldId === 'hf06') {
    const fk = records.reduce((s, r) => s + num(r.values.staff_fachkraft_vze), 0);
    const hk = records.reduce((s, r) => s + num(r.values.staff_hilfskraft_vze), 0);
    lines.push(`Personal: ${n1(fk)} VZÄ Fachkräfte und ${n1(hk)} VZÄ Hilfskräfte.`);
  }
  if (fieldId === 'hf07' && gemeindeIds.length > 0) {
    for (const type of ['tagespflege', 'ambulanter_pflegedienst']) {
      const covered = c.coveredGemeinden(records.filter((r) => r.values.type_id === type), 'gemeinde_id').size;
      lines.push(`${n0(gemeindeIds.length - covered)} von ${n0(gemeindeIds.length)} Gemeinden ohne eigenen Standort: ${typeLabels.get(type) ?? type}.`);
    }
  }
  if (fieldId === 'hf09') {
    const relevant = records.filter((r) => r.values.type_id === 'unterstuetzung_alltag' || r.values.type_id === 'selbsthilfegruppe');
    lines.push(`${n0(relevant.length)} Angebote zur Unterstützung im Alltag und Selbsthilfegruppen.`);
  }
  return lines;
}

export function staffPostSummary({ records, n0, n1, num }: SummaryContext): string[] {
  const vze = records.reduce((s, r) => s + num(r.values.vze), 0);
  const share = records.reduce((s, r) => s + num(r.values.vze) * (typeof r.values.share_senioren_pflege === 'number' ? r.values.share_senioren_pflege : 1), 0);
  const temporary = records.filter((r) => r.values.permanent !== true).length;
  return [`${n0(records.length)} Stellen mit ${n1(vze)} VZÄ, davon ${n1(share)} VZÄ für Senioren/Pflege; ${n0(temporary)} befristet.`];
}

export const fundingSummary = ({ records, n0, breakdown }: SummaryContext): string[] => [`${n0(records.length)} Programme: ${breakdown('status')}.`];

export function digitalNeedSummary({ records, n0, num, breakdown }: SummaryContext): string[] {
  const cost = records.reduce((s, r) => s + num(r.values.cost), 0);
  return [`${n0(records.length)} Bedarfe: ${breakdown('area')}. Geschätzte Kosten zusammen ${n0(cost)} Euro.`];
}

export function networkSummary({ records, n0, breakdown }: SummaryContext): string[] {
  const noChair = records.filter((r) => !r.values.chair_actor_id).length;
  return [`${n0(records.length)} Netzwerke und Gremien: ${breakdown('kind')}${noChair > 0 ? `; ${n0(noChair)} ohne Vorsitz` : ''}.`];
}
