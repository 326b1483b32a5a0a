/**
 * Kapitel Pflegebedürftigkeit: people in need of care by setting in the base year, the
 * Pflegequote of Kreis, Land and Bund, the Heimquote and what "ambulant vor stationär" means
 * for the district; a map of the Pflegequote per Gemeinde.
 */
import { SETTING_LABELS } from '../../needs/careRates';
import { BUND_2015, type CareReference, landReference } from '../referenceFigures';
import type { Block, Cell } from '../model';
import { barChart } from '../svg/barChart';
import { districtMap } from '../svg/districtMap';
import { dec, int, KREIS, pct, type ReportView, sourcesOf, totalNeed, totalPopulation } from '../view';

const SETTINGS = ['pflegegeld', 'ambulant', 'vollstationaer'] as const;

export function pflegebeduerftigkeit(v: ReportView): Block[] {
  if (!v.ready || v.baseYear === null) return [];
  const base = v.baseYear;
  const sc = v.scenario!;
  const k = v.row(KREIS, base)!;
  const need = totalNeed(k.need);
  const pop = totalPopulation(k.population);
  const explain = sc.explanation;
  const source = sourcesOf(explain);
  const heim = k.need.vollstationaer / need;
  const blocks: Block[] = [
    {
      kind: 'keyFigures',
      items: [
        { label: `Pflegebedürftige ${base}`, value: int(need) },
        { label: 'Pflegequote (je 100 Einwohner)', value: dec((need / pop) * 100) },
        { label: 'Heimquote (vollstationär)', value: pct(heim) },
        { label: 'zu Hause versorgt', value: pct(1 - heim) },
      ],
    },
    {
      kind: 'table',
      caption: `Pflegebedürftige nach Leistungsart im Kreis ${base}`,
      source,
      explain,
      columns: [{ label: 'Leistungsart', weight: 3 }, { label: 'Pflegebedürftige', align: 'right' }, { label: 'Anteil', align: 'right' }],
      rows: [
        ...SETTINGS.map((s): Cell[] => [SETTING_LABELS[s], int(k.need[s]), pct(k.need[s] / need)]),
        [{ text: 'Insgesamt', bold: true }, { text: int(need), bold: true }, { text: pct(1), bold: true }],
        ...(k.need.teilstationaer > 0 ? [[SETTING_LABELS.teilstationaer, int(k.need.teilstationaer), pct(k.need.teilstationaer / need)] satisfies Cell[]] : []),
      ],
    },
    {
      kind: 'figure',
      caption: `Pflegebedürftige nach Leistungsart im Kreis ${base}`,
      source,
      explain,
      ...barChart({ categories: SETTINGS.map((s) => SETTING_LABELS[s]), series: [{ name: 'Pflegebedürftige', values: SETTINGS.map((s) => k.need[s]) }], label: 'Pflegebedürftige nach Leistungsart', height: 200 }),
    },
  ];

  const refs: CareReference[] = [landReference(v.data.meta.kreisKey), BUND_2015].filter((r): r is CareReference => r !== null);
  const quoteRow = (name: string, year: number, p: number, total: number, amb: number, stat: number): Cell[] => [name, String(year), int(total), dec((total / p) * 100, 2), pct(stat / total), pct(amb / total)];
  blocks.push({ kind: 'heading', level: 2, text: 'Vergleich mit Land und Bund' });
  blocks.push({
    kind: 'table',
    caption: 'Pflegequote und Heimquote: Kreis, Land und Bund',
    source: `Kreis: ${source}. Land und Bund: ${BUND_2015.source}`,
    explain: { inputs: ['Pflegebedürftige nach Leistungsart', 'Einwohner insgesamt'], sources: [source, BUND_2015.source], assumptions: ['Kreis: Ergebnis der Bedarfsermittlung im Basisjahr (Pflegequoten × Bevölkerung, kalibriert auf die Pflegestatistik des Kreises).'], formula: 'Pflegequote = Pflegebedürftige ÷ Einwohner × 100; Heimquote = vollstationär ÷ Pflegebedürftige; ambulant = mit Pflegedienst ÷ Pflegebedürftige' },
    columns: [{ label: 'Gebiet', weight: 3 }, { label: 'Jahr', align: 'right' }, { label: 'Pflegebedürftige', align: 'right' }, { label: 'Pflegequote', align: 'right' }, { label: 'Heimquote', align: 'right' }, { label: 'ambulant', align: 'right' }],
    rows: [quoteRow(v.data.meta.districtName || 'Kreis', base, pop, need, k.need.ambulant, k.need.vollstationaer), ...refs.map((r) => quoteRow(r.region, r.year, r.population, r.total, r.ambulant, r.vollstationaer))],
  });
  const bund = BUND_2015.vollstationaer / BUND_2015.total;
  blocks.push({ kind: 'heading', level: 2, text: 'Ambulant vor stationär' });
  blocks.push({
    kind: 'paragraph',
    text: `Nach § 3 SGB XI haben häusliche und teilstationäre Pflege Vorrang vor vollstationärer Pflege. Im Kreis werden ${pct(1 - heim)} der Pflegebedürftigen zu Hause versorgt, ${pct(k.need.pflegegeld / need)} allein durch Angehörige (Pflegegeld). Die Heimquote liegt mit ${pct(heim)} ${heim > bund ? 'über' : 'unter'} dem Bundeswert von ${pct(bund)} (${BUND_2015.year}). Je mehr Pflege zu Hause geleistet wird, desto wichtiger sind Entlastung, Beratung und Tagespflege für pflegende Angehörige.`,
  });
  const quote = new Map<string, number>();
  for (const g of v.data.gemeinden) {
    const r = v.row(g.ags, base);
    const p = r ? totalPopulation(r.population) : 0;
    if (r && p > 0) quote.set(g.ags, (totalNeed(r.need) / p) * 100);
  }
  const map = districtMap({ gemeinden: v.data.gemeinden, values: quote, valueTitle: `Pflegebedürftige je 100 Einwohner ${base}`, digits: 1, label: 'Karte: Pflegequote je Gemeinde' });
  if (map) blocks.push({ kind: 'figure', caption: `Pflegebedürftige je 100 Einwohner je Gemeinde ${base}`, source: `${source}; ${v.geometrySource}`, explain, ...map });
  return blocks;
}
