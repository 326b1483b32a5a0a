/**
 * Kapitel Gemeindeprofile: one page per Gemeinde with its key figures, the age structure base
 * vs target year, its offers, its gaps and the measures that name it.
 */
import { bandLabel } from '../../needs/ageBands';
import { MEASURE_STATUS_LABELS } from '../../measures/types';
import type { Block, Cell } from '../model';
import { barChart } from '../svg/barChart';
import { pyramid } from '../svg/pyramid';
import { scalePyramid } from './bevoelkerung';
import { dec, int, pct, populationExplanation, populationFrom, type ReportView, signed, sourcesOf, totalNeed, totalPopulation } from '../view';

export function gemeinden(v: ReportView): Block[] {
  if (v.data.gemeinden.length === 0) return [];
  const base = v.baseYear;
  const target = v.targetYear;
  const explain = v.ready ? populationExplanation(v) : null;
  const gaps = v.ready ? v.analysis.gaps.filter((g) => g.scenarioId === v.scenario!.id) : [];
  const reach = v.analysis.reachability;
  const blocks: Block[] = [{ kind: 'paragraph', text: `Die folgenden Seiten zeigen jede der ${v.data.gemeinden.length} Gemeinden auf einen Blick: Bevölkerung und Pflegebedürftige${base && target ? ` ${base} und ${target}` : ''}, Angebote, Lücken und Maßnahmen.` }];
  v.data.gemeinden.forEach((g) => {
    blocks.push({ kind: 'pageBreak' });
    blocks.push({ kind: 'heading', level: 2, text: `${g.name} (${g.ags})` });
    const area = v.areaOfGemeinde(g.id);
    const r0 = base !== null ? v.row(g.ags, base) : undefined;
    const r1 = target !== null ? v.row(g.ags, target) : undefined;
    const items = [{ label: 'Planungsbereich', value: area }];
    if (g.kind === 'gemeindefrei') items.unshift({ label: 'Art', value: 'gemeindefreies Gebiet' });
    if (r0 && r1) {
      const p0 = totalPopulation(r0.population);
      const p1 = totalPopulation(r1.population);
      items.push(
        { label: 'Einwohner', value: `${int(p0)} (${base}) – ${int(p1)} (${target})${p0 > 0 ? ` (${pct((p1 - p0) / p0)})` : ''}` },
        { label: '80 Jahre und älter', value: `${int(populationFrom(r0.population, 80))} (${base}) – ${int(populationFrom(r1.population, 80))} (${target})` },
        { label: 'Pflegebedürftige', value: `${int(totalNeed(r0.need))} (${base}) – ${int(totalNeed(r1.need))} (${target})` },
      );
    }
    const k = v.data.kuemmerer.filter((x) => x.gemeindeId === g.id);
    items.push({ label: 'Kümmerer', value: k.length > 0 ? k.map((x) => x.name).join(', ') : 'keiner erfasst' });
    const dist = reach?.rows.find((r) => r.ags === g.ags);
    if (dist && dist.distance !== null) items.push({ label: `Entfernung ${v.offerTypeLabel(reach!.offerType)}`, value: `${dec(dist.distance)} km` });
    blocks.push({ kind: 'keyFigures', items });
    const sexes = v.data.gemeindePyramids[g.ags];
    if (r0 && r1 && explain && sexes && sexes.some((x) => x.maennlich + x.weiblich > 0)) {
      blocks.push({
        kind: 'figure',
        caption: `${g.name}: Altersaufbau ${base} (Balken) und ${target} (Umriss)`,
        source: sourcesOf(explain),
        explain: { ...explain, assumptions: [...explain.assumptions, `${target}: jede Altersgruppe ${base} mit der Veränderung der überlappenden Altersgruppen der Vorausberechnung fortgeschrieben.`] },
        ...pyramid({ rows: sexes, compare: scalePyramid(sexes, r0.population, r1.population), baseLabel: String(base), compareLabel: String(target), width: 400, small: true, label: `Altersaufbau ${g.name}` }),
      });
    } else if (r0 && r1 && explain && totalPopulation(r0.population) > 0) {
      const bands = Object.keys(r0.population);
      blocks.push({
        kind: 'figure',
        caption: `${g.name}: Einwohner nach Altersgruppen ${base} und ${target}`,
        source: sourcesOf(explain),
        explain,
        ...barChart({
          categories: bands.map((b) => bandLabel(b).replace(' bis unter ', '–').replace(' Jahre und mehr', '+').replace(' Jahre', '').replace('unter ', '<')),
          series: [
            { name: String(base), values: bands.map((b) => r0.population[b] ?? 0) },
            { name: String(target), values: bands.map((b) => r1.population[b] ?? 0) },
          ],
          width: 440,
          height: 150,
          label: `Altersgruppen ${g.name}`,
        }),
      });
    }
    const offers = v.data.offers.filter((o) => o.gemeindeId === g.id);
    blocks.push({
      kind: 'table',
      caption: `${g.name}: Angebote`,
      source: v.stockSource,
      columns: [{ label: 'Angebot', weight: 3 }, { label: 'Angebotsart', weight: 2 }, { label: 'Kapazität', align: 'right' }],
      rows: offers.length > 0 ? offers.map((o): Cell[] => [o.name, v.offerTypeLabel(o.typeId), o.capacity === null ? '–' : int(o.capacity)]) : [['keine Angebote erfasst', '', '']],
    });
    if (gaps.length > 0 && target !== null) {
      blocks.push({
        kind: 'table',
        caption: `${g.name}: Bestand und Bedarf ${target}`,
        source: sourcesOf(gaps[0]!.explanation),
        explain: gaps[0]!.explanation,
        columns: [{ label: 'Richtwert', weight: 3 }, { label: 'Bestand', align: 'right' }, { label: `Soll ${target}`, align: 'right' }, { label: 'Lücke', align: 'right' }],
        rows: gaps.map((gp): Cell[] => {
          const r = gp.rows.find((x) => x.key === g.ags && x.year === target);
          return [gp.label, int(r?.stock ?? 0), dec(r?.required ?? 0), signed(r?.gap ?? 0)];
        }),
      });
    }
    const measures = v.data.measures.filter((m) => m.gemeindeIds.includes(g.id) || m.planningAreaIds.some((a) => v.data.areas.find((x) => x.id === a)?.gemeindeIds.includes(g.id)));
    const statements = v.data.statements.filter((s) => s.gemeindeId === g.id);
    if (statements.length > 0) blocks.push({ kind: 'bullets', items: statements.map((s) => `Bedarf: ${s.title}`) });
    blocks.push(
      measures.length > 0
        ? { kind: 'bullets', items: measures.map((m) => `Maßnahme: ${m.title} (${MEASURE_STATUS_LABELS[m.status]})`) }
        : { kind: 'paragraph', style: 'note', text: 'Keine Maßnahme nennt diese Gemeinde ausdrücklich; kreisweite Maßnahmen gelten auch hier.' },
    );
  });
  return blocks;
}
