/** Kapitel Prognose: people in need of care by setting to the target years, per scenario, for the Kreis and each Planungsbereich. */
import { SETTING_LABELS } from '../../needs/careRates';
import type { Block, Cell } from '../model';
import { lineChart } from '../svg/lineChart';
import { areaKey, int, KREIS, pct, type ReportView, sourcesOf, totalNeed } from '../view';

const SETTINGS = ['pflegegeld', 'ambulant', 'vollstationaer'] as const;

export function prognose(v: ReportView): Block[] {
  if (!v.ready || v.baseYear === null) return [];
  const a = v.analysis;
  const years = v.milestoneYears;
  const blocks: Block[] = [
    {
      kind: 'paragraph',
      text: `Die Vorausberechnung verbindet die Bevölkerungsentwicklung mit Pflegequoten nach Alter und Leistungsart. ${a.scenarios.length > 1 ? `Es werden ${a.scenarios.length} Szenarien verglichen: ${a.scenarios.map((s) => `„${s.name}“`).join(', ')}.` : `Szenario: „${a.scenarios[0]!.name}“.`} Bevölkerung, Bedarf und Gemeindeprofile beziehen sich auf das Szenario „${v.scenario!.name}“. Alle Annahmen stehen im Anhang unter „Wie berechnet?“.`,
    },
    {
      kind: 'figure',
      caption: `Pflegebedürftige im Kreis ${a.years[0]}–${a.years.at(-1)} nach Szenario`,
      source: sourcesOf(a.scenarios[0]!.explanation),
      explain: a.scenarios[0]!.explanation,
      ...lineChart({ years: a.years, series: a.scenarios.map((s) => ({ name: s.name, values: a.years.map((y) => { const r = v.row(KREIS, y, s); return r ? totalNeed(r.need) : 0; }) })), label: 'Pflegebedürftige nach Szenario', yTitle: 'Pflegebedürftige' }),
    },
  ];
  for (const sc of a.scenarios) {
    const base = v.row(KREIS, v.baseYear, sc);
    const last = v.row(KREIS, years.at(-1)!, sc);
    blocks.push({ kind: 'heading', level: 2, text: `Szenario „${sc.name}“` });
    blocks.push({
      kind: 'table',
      caption: `Pflegebedürftige nach Leistungsart im Kreis, Szenario „${sc.name}“`,
      source: sourcesOf(sc.explanation),
      explain: sc.explanation,
      landscape: years.length > 6,
      columns: [{ label: 'Leistungsart', weight: 3 }, ...years.map((y) => ({ label: String(y), align: 'right' as const })), { label: 'Veränderung', align: 'right' as const }],
      rows: [
        ...SETTINGS.map((s): Cell[] => [SETTING_LABELS[s], ...years.map((y) => int(v.row(KREIS, y, sc)?.need[s] ?? 0)), base && last && base.need[s] > 0 ? pct((last.need[s] - base.need[s]) / base.need[s]) : '–']),
        [{ text: 'Insgesamt', bold: true }, ...years.map((y) => { const r = v.row(KREIS, y, sc); return { text: int(r ? totalNeed(r.need) : 0), bold: true }; }), base && last ? { text: pct((totalNeed(last.need) - totalNeed(base.need)) / totalNeed(base.need)), bold: true } : '–'],
      ],
    });
  }
  if (v.data.areas.length > 0) {
    blocks.push({ kind: 'heading', level: 2, text: 'Planungsbereiche' });
    blocks.push({
      kind: 'table',
      caption: `Pflegebedürftige je Planungsbereich, Szenario „${v.scenario!.name}“`,
      source: sourcesOf(v.scenario!.explanation),
      explain: v.scenario!.explanation,
      landscape: years.length > 6,
      columns: [{ label: 'Planungsbereich', weight: 3 }, ...years.map((y) => ({ label: String(y), align: 'right' as const }))],
      rows: v.data.areas.map((area) => [area.name, ...years.map((y) => { const r = v.row(areaKey(area.id), y); return int(r ? totalNeed(r.need) : 0); })]),
    });
  }
  return blocks;
}
