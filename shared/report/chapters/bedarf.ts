/**
 * Kapitel Bedarfsermittlung: Ist vs Soll (Richtwerte) per Gemeinde, Planungsbereich and year,
 * and the reachability of the nearest offer. Gaps are those of the analysis' first scenario.
 */
import type { Block, Cell } from '../model';
import { barChart } from '../svg/barChart';
import { areaKey, dec, int, KREIS, pct, type ReportView, signed, sourcesOf } from '../view';

export function bedarf(v: ReportView): Block[] {
  if (!v.ready || v.baseYear === null || v.targetYear === null) return [];
  const a = v.analysis;
  const base = v.baseYear;
  const target = v.targetYear;
  const gaps = a.gaps.filter((g) => g.scenarioId === v.scenario!.id);
  const blocks: Block[] = [];
  // The tables over every year are wide: collected here and set together on landscape pages at the end.
  const wide: Block[] = [];
  if (gaps.length > 0) {
    blocks.push({
      kind: 'paragraph',
      text: `Der Bedarf an Plätzen ergibt sich aus Richtwerten, die auf die vorausberechnete Zahl der Pflegebedürftigen oder der Einwohner einer Altersgruppe angewendet werden (Szenario „${v.scenario!.name}“). Er wird mit dem Bestand aus Schritt 1 verglichen: Eine positive Lücke heißt, dass Plätze fehlen.`,
    });
  }
  for (const g of gaps) {
    const rowOf = (key: string, year: number) => g.rows.find((r) => r.key === key && r.year === year);
    const source = sourcesOf(g.explanation);
    blocks.push({ kind: 'heading', level: 2, text: g.label });
    // Every projected year: a wide table, set on landscape pages.
    const years = a.years;
    wide.push({
      kind: 'table',
      caption: `${g.label}: Ist und Soll im Kreis nach Jahren`,
      source,
      explain: g.explanation,
      landscape: years.length > 8,
      columns: [{ label: 'Größe', weight: 3 }, ...years.map((y) => ({ label: String(y), align: 'right' as const }))],
      rows: [
        ['Bestand (Ist)', ...years.map((y) => int(rowOf(KREIS, y)?.stock ?? 0))],
        ['Bedarf (Soll)', ...years.map((y) => int(rowOf(KREIS, y)?.required ?? 0))],
        [{ text: 'Lücke', bold: true }, ...years.map((y) => ({ text: signed(rowOf(KREIS, y)?.gap ?? 0), bold: true }))],
      ],
    });
    const regionRows = (keys: Array<{ key: string; name: string }>): Cell[][] =>
      keys.map(({ key, name }) => {
        const r0 = rowOf(key, base);
        const r1 = rowOf(key, target);
        const lueck = r1?.gap ?? 0;
        return [name, int(r0?.stock ?? 0), dec(r0?.required ?? 0), dec(r1?.required ?? 0), { text: signed(lueck), bold: Math.round(lueck) > 0, color: Math.round(lueck) > 0 ? '#b00020' : undefined }];
      });
    const cols = [{ label: 'Gebiet', weight: 3 }, { label: 'Bestand', align: 'right' as const }, { label: `Soll ${base}`, align: 'right' as const }, { label: `Soll ${target}`, align: 'right' as const }, { label: `Lücke ${target}`, align: 'right' as const }];
    if (v.data.areas.length > 0) {
      blocks.push({ kind: 'table', caption: `${g.label}: Ist und Soll je Planungsbereich`, source, explain: g.explanation, columns: cols, rows: regionRows(v.data.areas.map((x) => ({ key: areaKey(x.id), name: x.name }))) });
    }
    blocks.push({ kind: 'table', caption: `${g.label}: Ist und Soll je Gemeinde`, source, explain: g.explanation, columns: cols, rows: regionRows(v.data.gemeinden.map((x) => ({ key: x.ags, name: x.name }))) });
    if (v.data.areas.length > 0) {
      blocks.push({
        kind: 'figure',
        caption: `${g.label}: Bestand und Bedarf ${target} je Planungsbereich`,
        source,
        explain: g.explanation,
        ...barChart({
          categories: v.data.areas.map((x) => x.name.replace(/^Samtgemeinde\s+/, 'SG ')),
          series: [
            { name: 'Bestand', values: v.data.areas.map((x) => rowOf(areaKey(x.id), target)?.stock ?? 0) },
            { name: `Bedarf ${target}`, values: v.data.areas.map((x) => rowOf(areaKey(x.id), target)?.required ?? 0) },
          ],
          label: `${g.label} je Planungsbereich`,
          height: 200,
        }),
      });
    }
  }
  const reach = a.reachability;
  if (reach && reach.rows.length > 0) {
    const names = new Map(v.data.gemeinden.map((g) => [g.ags, g.name]));
    blocks.push({ kind: 'heading', level: 2, text: 'Erreichbarkeit' });
    const measurable = reach.rows.some((r) => r.distance !== null);
    blocks.push({
      kind: 'paragraph',
      text: measurable
        ? `${pct(reach.shareBeyond)} der Einwohner ab 80 Jahren wohnen weiter als die Schwelle vom nächsten Angebot der Art „${v.offerTypeLabel(reach.offerType)}“ entfernt.`
        : `Für „${v.offerTypeLabel(reach.offerType)}“ ist im Bestand noch kein Angebot mit Standort erfasst: Die Erreichbarkeit lässt sich erst danach berechnen.`,
    });
    blocks.push({
      kind: 'table',
      caption: `Entfernung zum nächsten Angebot „${v.offerTypeLabel(reach.offerType)}“ je Gemeinde`,
      source: sourcesOf(reach.explanation),
      explain: reach.explanation,
      columns: [{ label: 'Gemeinde', weight: 3 }, { label: 'Entfernung (km)', align: 'right' }, { label: `Einwohner 80+ ${base}`, align: 'right' }, { label: 'über der Schwelle' }],
      rows: reach.rows.map((r) => [names.get(r.ags) ?? r.ags, r.distance === null ? '–' : dec(r.distance), int(r.population80), r.beyond ? 'ja' : 'nein']),
    });
  }
  const statements = v.data.statements;
  if (statements.length > 0) {
    blocks.push({ kind: 'heading', level: 2, text: 'Qualitative Bedarfe' });
    blocks.push({
      kind: 'table',
      caption: 'Festgestellte Bedarfe (Befragungen, Workshops, Fachgespräche)',
      source: `Bedarfsermittlung des Plans (Schritt 2), Stand ${v.stand}`,
      columns: [{ label: 'Bedarf', weight: 4 }, { label: 'Gemeinde', weight: 2 }, { label: 'Priorität' }, { label: 'Quelle', weight: 2 }],
      rows: statements.map((s) => [s.description ? `${s.title}: ${s.description}` : s.title, s.gemeindeId ? v.gemeindeName(s.gemeindeId) : 'kreisweit', s.priority, s.source || '–']),
    });
  }
  if (wide.length > 0) blocks.push({ kind: 'heading', level: 2, text: 'Ist und Soll im Kreis nach Jahren' }, ...wide);
  return blocks;
}
