/**
 * Kapitel Der Landkreis und seine Bevölkerung: population of the Kreis and each Gemeinde, age
 * structure (pyramid base vs target year), the older population 65+ and 80+ per Gemeinde and
 * Planungsbereich, and a map.
 */
import type { Block, Cell } from '../model';
import { districtMap } from '../svg/districtMap';
import { lineChart } from '../svg/lineChart';
import { pyramid, type PyramidRow } from '../svg/pyramid';
import { areaKey, int, KREIS, pct, populationExplanation, populationFrom, type ReportView, sourcesOf, totalPopulation } from '../view';
import { parseBandKey } from '../../needs/ageBands';

/**
 * A pyramid of the target year from one of the base year: the projection has no sex, so each
 * band is scaled by the change of the projection's bands that overlap it (for the open "75+"
 * of the Gemeinde tables: the sum of 75–80 … 90+).
 */
export function scalePyramid(rows: PyramidRow[], base: Record<string, number>, target: Record<string, number>): PyramidRow[] {
  const coarse = Object.keys(base).map((k) => ({ k, b: parseBandKey(k)! }));
  return rows.map((r) => {
    const fine = parseBandKey(r.band);
    const overlap = coarse.filter((x) => fine && x.b.from < (fine.to ?? Infinity) && fine.from < (x.b.to ?? Infinity));
    const b0 = overlap.reduce((a, x) => a + (base[x.k] ?? 0), 0);
    const f = b0 > 0 ? overlap.reduce((a, x) => a + (target[x.k] ?? 0), 0) / b0 : 1;
    return { band: r.band, maennlich: r.maennlich * f, weiblich: r.weiblich * f };
  });
}

export function targetPyramid(v: ReportView, year: number): PyramidRow[] {
  const base = v.row(KREIS, v.baseYear!);
  const target = v.row(KREIS, year);
  return base && target ? scalePyramid(v.analysis.pyramid, base.population, target.population) : [];
}

export function bevoelkerung(v: ReportView): Block[] {
  if (!v.ready || v.baseYear === null || v.targetYear === null) return [];
  const base = v.baseYear;
  const target = v.targetYear;
  const explain = populationExplanation(v);
  const source = sourcesOf(explain);
  const k0 = v.row(KREIS, base)!;
  const k1 = v.row(KREIS, target)!;
  const blocks: Block[] = [];
  const p0 = totalPopulation(k0.population);
  const p1 = totalPopulation(k1.population);
  blocks.push({
    kind: 'keyFigures',
    items: [
      { label: `Einwohner ${base}`, value: int(p0) },
      { label: `Einwohner ${target} (Vorausberechnung)`, value: int(p1) },
      { label: '65 Jahre und älter', value: `${int(populationFrom(k0.population, 65))} (${base}) – ${int(populationFrom(k1.population, 65))} (${target})` },
      { label: '80 Jahre und älter', value: `${int(populationFrom(k0.population, 80))} (${base}) – ${int(populationFrom(k1.population, 80))} (${target})` },
    ],
  });
  blocks.push({
    kind: 'paragraph',
    text: `Im ${v.data.meta.districtName || 'Landkreis'} lebten ${base} ${int(p0)} Menschen in ${v.data.gemeinden.length} Gemeinden. Nach der Vorausberechnung „${v.scenario!.name}“ werden es ${target} ${int(p1)} sein (${pct((p1 - p0) / p0)}). Die Zahl der Menschen ab 80 Jahren ändert sich von ${int(populationFrom(k0.population, 80))} auf ${int(populationFrom(k1.population, 80))}.`,
  });

  if (v.analysis.pyramid.length > 0) {
    const fig = pyramid({ rows: v.analysis.pyramid, compare: targetPyramid(v, target), baseLabel: String(base), compareLabel: String(target), label: `Bevölkerungspyramide ${base} und ${target}` });
    blocks.push({
      kind: 'figure',
      caption: `Altersaufbau der Bevölkerung ${base} (Balken) und ${target} (Umriss)`,
      source,
      ...fig,
      explain: { ...explain, assumptions: [...explain.assumptions, `${target}: jede feine Altersgruppe ${base} mit der Veränderung ihrer Altersgruppe der Vorausberechnung fortgeschrieben (die Vorausberechnung unterscheidet nicht nach Geschlecht).`] },
    });
  }

  const years = v.analysis.years;
  blocks.push({
    kind: 'figure',
    caption: `Ältere Bevölkerung im Kreis ${years[0]}–${years.at(-1)}`,
    source,
    explain,
    ...lineChart({
      years,
      series: [65, 80].map((age) => ({ name: `${age} Jahre und älter`, values: years.map((y) => populationFrom(v.row(KREIS, y)?.population ?? {}, age)) })),
      label: 'Ältere Bevölkerung im Kreis',
      yTitle: 'Einwohner',
    }),
  });

  const gemeindeRows: Cell[][] = v.data.gemeinden.map((g) => {
    const r0 = v.row(g.ags, base);
    const r1 = v.row(g.ags, target);
    const a0 = r0 ? totalPopulation(r0.population) : 0;
    const a1 = r1 ? totalPopulation(r1.population) : 0;
    return [
      g.name,
      int(a0),
      int(a1),
      a0 > 0 ? pct((a1 - a0) / a0) : '–',
      int(r0 ? populationFrom(r0.population, 65) : 0),
      int(r1 ? populationFrom(r1.population, 65) : 0),
      int(r0 ? populationFrom(r0.population, 80) : 0),
      int(r1 ? populationFrom(r1.population, 80) : 0),
    ];
  });
  gemeindeRows.push([{ text: 'Kreis insgesamt', bold: true }, ...[p0, p1].map((n) => ({ text: int(n), bold: true })), { text: pct((p1 - p0) / p0), bold: true }, ...[65, 80].flatMap((age) => [k0, k1].map((r) => ({ text: int(populationFrom(r.population, age)), bold: true })))]);
  const cols = [
    { label: 'Gemeinde', weight: 3 },
    { label: `Einwohner ${base}`, align: 'right' as const },
    { label: `Einwohner ${target}`, align: 'right' as const },
    { label: 'Veränderung', align: 'right' as const },
    { label: `65+ ${base}`, align: 'right' as const },
    { label: `65+ ${target}`, align: 'right' as const },
    { label: `80+ ${base}`, align: 'right' as const },
    { label: `80+ ${target}`, align: 'right' as const },
  ];
  blocks.push({ kind: 'heading', level: 2, text: 'Bevölkerung der Gemeinden' });
  blocks.push({ kind: 'table', caption: `Bevölkerung und ältere Bevölkerung je Gemeinde, ${base} und ${target}`, source, explain, columns: cols, rows: gemeindeRows });

  if (v.data.areas.length > 0) {
    blocks.push({ kind: 'heading', level: 2, text: 'Planungsbereiche' });
    blocks.push({
      kind: 'table',
      caption: `Ältere Bevölkerung je Planungsbereich, ${base} und ${target}`,
      source,
      explain,
      columns: [{ label: 'Planungsbereich', weight: 3 }, ...cols.slice(1)],
      rows: v.data.areas.map((area) => {
        const r0 = v.row(areaKey(area.id), base);
        const r1 = v.row(areaKey(area.id), target);
        const a0 = r0 ? totalPopulation(r0.population) : 0;
        const a1 = r1 ? totalPopulation(r1.population) : 0;
        return [area.name, int(a0), int(a1), a0 > 0 ? pct((a1 - a0) / a0) : '–', ...[65, 80].flatMap((age) => [r0, r1].map((r) => int(r ? populationFrom(r.population, age) : 0)))];
      }),
    });
  }

  const share80 = new Map<string, number>();
  for (const g of v.data.gemeinden) {
    const r = v.row(g.ags, target);
    const p = r ? totalPopulation(r.population) : 0;
    if (r && p > 0) share80.set(g.ags, (populationFrom(r.population, 80) / p) * 100);
  }
  const map = districtMap({ gemeinden: v.data.gemeinden, values: share80, valueTitle: `Anteil der Einwohner ab 80 Jahren ${target} (%)`, digits: 1, label: `Karte: Anteil 80+ ${target}` });
  if (map) {
    blocks.push({
      kind: 'figure',
      caption: `Anteil der Einwohner ab 80 Jahren je Gemeinde ${target}`,
      source: `${source}; ${v.geometrySource}`,
      explain: { ...explain, formula: 'Anteil = Einwohner ab 80 Jahren ÷ Einwohner insgesamt × 100; fünf gleich breite Klassen.' },
      ...map,
    });
  }
  return blocks;
}
