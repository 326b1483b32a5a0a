/**
 * The whole needs analysis of a plan from its inputs: projection per scenario (Gemeinde,
 * Planungsbereich, Kreis), gaps per Richtwert, staffing Soll-Ist, staff gap (field 6) and
 * reachability (field 8). Pure; db/needs/analysisLoader.ts gathers the inputs.
 */
import { formatNumber } from '../format';
import type { Analysis, ExplanationDto, NeedsSettings } from '../contract/needsSchemas';
import { GERMANY_2015_BANDS, harmonise, parseBandKey, sortBandKeys } from './ageBands';
import { type RateSet, type Setting, SETTING_LABELS } from './careRates';
import { gaps, reachability, type Richtwert, richtwertFormula, type StaffingRatio, staffGap, staffingSollIst } from './gaps';
import type { ControlTotals } from '../demography/cohort';
import type { KreisModel } from '../demography/kreisModel';
import { rateBands } from './careRates';
import { type CohortMemo, cohortProjection } from './cohortProjection';
import type { CohortSpec } from './cohortScenario';
import { aggregate, project, projectionBands, type ProjectionResult, type ScenarioSpec } from './projection';
import { rateSetWarnings } from './rateWarnings';
import { STAFF_CATEGORY_LABELS, type StaffCategory } from '../stock/registers';

export interface AnalysisInputs {
  gemeinden: Array<{ id: string; ags: string; name: string; lat: number | null; lon: number | null }>;
  areas: Array<{ id: string; name: string; gemeindeIds: string[] }>;
  kreisKey: string;
  kreisName: string;
  /** Base population per AGS (both sexes) and by sex for the pyramid. */
  baseYear: number | null;
  base: Record<string, Record<string, number>>;
  baseBySex: { maennlich: Record<string, number>; weiblich: Record<string, number> };
  /** Base population by sex per AGS (for rates by sex); a Gemeinde without it uses the rates for both sexes. */
  baseBySexOf: Record<string, { maennlich: Record<string, number>; weiblich: Record<string, number> }>;
  /** Gemeinden with values that are unknown or secret in the source ("."): their figures are incomplete. */
  incomplete: Array<{ ags: string; name: string }>;
  baseSource: string;
  /** Fine Kreis distribution (12411-03-03-4) for splitting open bands; null = use Germany 2015. */
  kreisReference: { bands: Record<string, number>; label: string; bySex?: { maennlich: Record<string, number>; weiblich: Record<string, number> } } | null;
  projectionTables: Record<string, Record<number, Record<string, Record<string, number>>>>;
  rateSets: Record<string, RateSet & { calibrationYear?: number | null }>;
  scenarios: Array<ScenarioSpec & { rateSetId: string | null; endYear: number; projectionDatasetId: string | null; cohort: CohortSpec | null }>;
  /** The cohort-component model of the Kreis (method 'kohorte'); null without population. */
  cohort: { model: KreisModel; sources: string[]; controls: Record<string, { totals: ControlTotals; label: string }> } | null;
  richtwerte: Richtwert[];
  staffingRatios: Array<StaffingRatio & { staffCategory: StaffCategory | '' }>;
  offers: Array<{ typeId: string; gemeindeId: string | null; lat: number | null; lon: number | null; capacity: number | null; staffFachkraftVze: number | null; staffHilfskraftVze: number | null }>;
  staffPosts: Array<{ title: string; unit: string; category: string; gemeindeId: string | null; vze: number; shareSeniorenPflege: number | null }>;
  settings: NeedsSettings;
  year: number | null;
  /** The scenario of staffing and staff gap (the one the planner looks at); missing = the first. */
  scenarioId?: string | null;
}

export const KREIS_KEY = 'kreis';
export const GERMANY_2015_REFERENCE_LABEL = 'der Altersverteilung Deutschlands am 31.12.2015 (12411-03-03-4, keine Kreistabelle importiert)';
export const areaKey = (id: string): string => `bereich:${id}`;

/** Offer types holding the current staff of a care setting (field 6). */
const SETTING_OFFER_TYPES: Record<Setting, string[]> = {
  vollstationaer: ['vollstationaer'],
  ambulant: ['ambulanter_pflegedienst'],
  teilstationaer: ['tagespflege'],
  pflegegeld: [],
};

export function computeAnalysis(inp: AnalysisInputs): Analysis {
  return withStaffing(computeProjections(inp), inp);
}

/**
 * Everything that does not depend on the selected year or scenario (the projection of every
 * scenario, gaps, reachability): the costly part, which db/needs/analysisCache.ts keeps per plan.
 * Staffing and staff gap are left empty; `withStaffing` adds them for one selection.
 */
export function computeProjections(inp: AnalysisInputs): Analysis {
  const missing: string[] = [];
  if (inp.baseYear === null || Object.keys(inp.base).length === 0) missing.push('Es ist noch keine Bevölkerungstabelle der Gemeinden importiert (z. B. GENESIS 12411-02-03-5).');
  // The projection runs per Gemeinde of the plan: a population table alone lists none.
  if (inp.gemeinden.length === 0) missing.push('Es sind noch keine Gemeinden erfasst. Bitte unter „Landkreis & Gemeinden“ die Gemeinden des Kreises importieren (z. B. aus derselben GENESIS-Tabelle 12411-02-03-5).');
  if (Object.keys(inp.rateSets).length === 0) missing.push('Es gibt noch keine Pflegequoten.');
  if (inp.scenarios.length === 0) missing.push('Es gibt noch kein Szenario.');
  const reference = inp.kreisReference ?? { bands: GERMANY_2015_BANDS, label: GERMANY_2015_REFERENCE_LABEL };
  const regions: Analysis['regions'] = [
    ...inp.gemeinden.map((g) => ({ key: g.ags, name: g.name, level: 'gemeinde' as const, gemeindeId: g.id })),
    ...inp.areas.map((a) => ({ key: areaKey(a.id), name: a.name, level: 'bereich' as const, gemeindeId: null })),
    { key: KREIS_KEY, name: inp.kreisName || `Kreis ${inp.kreisKey}`, level: 'kreis' as const, gemeindeId: null },
  ];
  const incompleteNote = inp.incomplete.length === 0 ? [] : [incompleteAssumption(inp.incomplete)];
  const populationSource: ExplanationDto = {
    inputs: [`Bevölkerung je Gemeinde und Altersgruppe, ${inp.baseYear ?? '–'}`],
    sources: [inp.baseSource],
    assumptions: incompleteNote,
    formula: 'Einwohner je Altersgruppe wie in der Quelle; offene Altersgruppen werden aufgeteilt (siehe Annahmen).',
  };
  const empty: Analysis = { ready: false, missing, warnings: [], baseYear: inp.baseYear, years: [], bands: [], regions, populationSource, pyramid: [], scenarios: [], gaps: [], staffing: [], staffGap: null, reachability: null };
  if (missing.length > 0) return empty;
  const baseYear = inp.baseYear!;

  const id2ags = new Map(inp.gemeinden.map((g) => [g.id, g.ags]));
  const areasOf = new Map<string, string[]>();
  for (const a of inp.areas) for (const gid of a.gemeindeIds) {
    const ags = id2ags.get(gid);
    if (ags) areasOf.set(ags, [...(areasOf.get(ags) ?? []), areaKey(a.id)]);
  }
  const groupOf = (ags: string): string[] => [KREIS_KEY, ...(areasOf.get(ags) ?? [])];
  const firstRateSet = Object.keys(inp.rateSets)[0]!;

  // Pyramid (base year by sex; bands from 65 on split into five-year bands).
  const OLD = ['65-70', '70-75', '75-80', '80-85', '85-90', '90+'];
  const young = sortBandKeys(Object.keys(inp.baseBySex.maennlich)).filter((k) => {
    const b = parseBandKey(k);
    return b !== null && b.to !== null && b.to <= 65;
  });
  const [men, women] = (['maennlich', 'weiblich'] as const).map((s) => harmonise(inp.baseBySex[s], [...young, ...OLD], inp.kreisReference?.bySex?.[s] ?? reference.bands, reference.label).values);
  const pyramid = [...young, ...OLD].map((band) => ({ band, maennlich: men![band] ?? 0, weiblich: women![band] ?? 0 }));

  const scenarios: Analysis['scenarios'] = [];
  let bands: string[] = [];
  let years: number[] = [];
  // Scenarios that differ only in their care rates share one population projection.
  const cohortMemo: CohortMemo = new Map();
  for (const sc of inp.scenarios) {
    const rateSet = inp.rateSets[sc.rateSetId ?? firstRateSet] ?? inp.rateSets[firstRateSet]!;
    const endYear = Math.max(baseYear, sc.endYear);
    let result: ProjectionResult;
    if (sc.method === 'kohorte' && inp.cohort) {
      const control = sc.projectionDatasetId ? inp.cohort.controls[sc.projectionDatasetId] : undefined;
      result = cohortProjection({
        model: inp.cohort.model,
        baseYear,
        endYear,
        spec: sc.cohort!,
        scenario: sc,
        rateSet,
        bands: projectionBands(rateBands(rateSet)),
        ...(control ? { control } : {}),
        sources: inp.cohort.sources,
        memo: cohortMemo,
      });
    } else {
      result = project({
        baseYear,
        endYear,
        base: inp.base,
        baseBySex: inp.baseBySexOf,
        referenceBySex: inp.kreisReference?.bySex ?? null,
        table: sc.projectionDatasetId ? inp.projectionTables[sc.projectionDatasetId] : undefined,
        reference: reference.bands,
        referenceLabel: reference.label,
        rateSet,
        scenario: sc,
      });
    }
    if (result.years.length > years.length) years = result.years;
    bands = result.bands;
    const rows = [
      ...result.rows.map((r) => ({ key: r.ags, year: r.year, population: r.population, need: r.need })),
      ...aggregate(result.rows, groupOf),
    ];
    scenarios.push({ id: sc.id, name: sc.name, rows, explanation: { ...result.explanation, sources: [inp.baseSource, ...result.explanation.sources], assumptions: [...incompleteNote, ...result.explanation.assumptions] } });
  }

  // Stock per region and offer type.
  const stockOf = (offerType: string) => {
    const byAgs = new Map<string, number>();
    let unassigned = 0;
    for (const o of inp.offers) {
      if (o.typeId !== offerType) continue;
      const ags = o.gemeindeId ? id2ags.get(o.gemeindeId) : undefined;
      if (ags) byAgs.set(ags, (byAgs.get(ags) ?? 0) + (o.capacity ?? 0));
      else unassigned += o.capacity ?? 0;
    }
    return (key: string): number => {
      if (key === KREIS_KEY) return [...byAgs.values()].reduce((a, b) => a + b, 0) + unassigned;
      if (key.startsWith('bereich:')) {
        const area = inp.areas.find((a) => areaKey(a.id) === key);
        return (area?.gemeindeIds ?? []).reduce((a, gid) => a + (byAgs.get(id2ags.get(gid) ?? '') ?? 0), 0);
      }
      return byAgs.get(key) ?? 0;
    };
  };

  const gapResults: Analysis['gaps'] = [];
  for (const r of inp.richtwerte) {
    const stock = stockOf(r.offerType);
    for (const sc of scenarios) {
      gapResults.push({
        richtwertId: r.id,
        label: r.label,
        offerType: r.offerType,
        scenarioId: sc.id,
        rows: gaps(r, sc.rows, stock),
        explanation: {
          inputs: [`Vorausberechnung „${sc.name}“`, `Bestand der Angebotsart „${r.offerType}“ (Kapazität aus der Bestandserfassung)`],
          sources: [...sc.explanation.sources, 'Bestandserfassung (Schritt 1)'],
          assumptions: [...sc.explanation.assumptions, 'Angebote ohne Gemeinde zählen nur im Kreis.'],
          formula: richtwertFormula(r),
        },
      });
    }
  }

  // The Gemeinde table ends with "75 und mehr": harmonise cuts it at 80 by the reference, and
  // its own assumption text (with the shares used) goes into the trace.
  const splitAssumptions = new Set<string>();
  const base80 = inp.gemeinden.map((g) => {
    const h = harmonise(inp.base[g.ags] ?? {}, ['0-80', '80+'], reference.bands, reference.label);
    h.assumptions.forEach((a) => splitAssumptions.add(a));
    return { ags: g.ags, lat: g.lat, lon: g.lon, population80: h.values['80+'] ?? 0 };
  });
  const reachOffers = inp.offers.filter((o) => o.typeId === inp.settings.reachOfferType);
  const reach = reachability(base80, reachOffers, inp.settings.detourFactor, inp.settings.thresholdKm);
  reach.explanation.assumptions.push(`Einwohner 80 Jahre und mehr am 31.12.${baseYear}.`, ...splitAssumptions, ...incompleteNote);

  const warnings = new Set<string>();
  for (const sc of inp.scenarios) {
    const set = inp.rateSets[sc.rateSetId ?? firstRateSet] ?? inp.rateSets[firstRateSet]!;
    rateSetWarnings(set, baseYear, Math.max(baseYear, sc.endYear)).forEach((w) => warnings.add(w));
  }
  if (inp.incomplete.length > 0) warnings.add(incompleteAssumption(inp.incomplete));
  return {
    ready: true,
    missing: [],
    warnings: [...warnings],
    baseYear,
    years,
    bands,
    regions,
    populationSource,
    pyramid,
    scenarios,
    gaps: gapResults,
    staffing: [],
    staffGap: null,
    reachability: { offerType: inp.settings.reachOfferType, ...reach },
  };
}

/**
 * Staffing Soll-Ist and the staff gap (field 6) of the selected scenario and year, added to an
 * analysis. `regionKeys`: only the Soll-Ist of these regions (the page shows the Kreis; every
 * region of a Germany-scale plan costs most of a second).
 */
export function withStaffing(analysis: Analysis, inp: AnalysisInputs, regionKeys?: ReadonlySet<string>): Analysis {
  if (!analysis.ready) return analysis;
  const { scenarios, years } = analysis;
  const baseYear = analysis.baseYear!;
  const id2ags = new Map(inp.gemeinden.map((g) => [g.id, g.ags]));
  const areasOf = new Map<string, string[]>();
  for (const a of inp.areas) for (const gid of a.gemeindeIds) {
    const ags = id2ags.get(gid);
    if (ags) areasOf.set(ags, [...(areasOf.get(ags) ?? []), areaKey(a.id)]);
  }
  const firstScenario = scenarios.find((s) => s.id === inp.scenarioId) ?? scenarios[0]!;
  const staffing: Analysis['staffing'] = inp.staffingRatios.map((ratio) => {
    const posts = inp.staffPosts.filter((p) => ratio.staffCategory === '' || p.category === ratio.staffCategory);
    const share = (p: (typeof posts)[number]): number => (p.shareSeniorenPflege === null ? 1 : p.shareSeniorenPflege > 1 ? p.shareSeniorenPflege / 100 : p.shareSeniorenPflege);
    const istOf = (key: string): number => {
      const inKey = (p: (typeof posts)[number]): boolean => {
        if (key === KREIS_KEY) return true;
        const ags = p.gemeindeId ? id2ags.get(p.gemeindeId) : undefined;
        if (!ags) return false;
        return key.startsWith('bereich:') ? (areasOf.get(ags) ?? []).includes(key) : ags === key;
      };
      return posts.filter(inKey).reduce((a, p) => a + p.vze * share(p), 0);
    };
    const steps = ratio.steps.map((s) => `ab ${s.fromYear}: 1 VZÄ je ${formatNumber(s.peoplePerVze)} Einwohner ${ratio.minAge}+`).join('; ');
    return {
      ratioId: ratio.id,
      label: ratio.label,
      rows: staffingSollIst(ratio, regionKeys ? firstScenario.rows.filter((r) => regionKeys.has(r.key)) : firstScenario.rows, istOf),
      explanation: {
        inputs: [`Einwohner ${ratio.minAge}+ nach Szenario „${firstScenario.name}“`, `Stellen der Bestandserfassung${ratio.staffCategory ? ` im Tätigkeitsbereich „${STAFF_CATEGORY_LABELS[ratio.staffCategory]}“` : ''} (VZÄ × Anteil Senioren/Pflege)`],
        sources: [...firstScenario.explanation.sources, 'Bestandserfassung (Stellen)'],
        assumptions: [`Schlüssel: ${steps}`, 'Jahre vor der ersten Stufe gelten mit der ersten Stufe.'],
        formula: `Soll-VZÄ = Einwohner ${ratio.minAge}+ ÷ Personen je VZÄ des Jahres; Differenz = Soll − Ist`,
      },
    };
  });

  const gapYear = inp.year ?? years[Math.min(years.length - 1, 10)] ?? baseYear;
  const kreisRow = firstScenario.rows.find((r) => r.key === KREIS_KEY && r.year === gapYear);
  const current: Partial<Record<Setting, { fachkraft: number; hilfskraft: number }>> = {};
  for (const [setting, types] of Object.entries(SETTING_OFFER_TYPES) as [Setting, string[]][]) {
    const offers = inp.offers.filter((o) => types.includes(o.typeId));
    current[setting] = { fachkraft: offers.reduce((a, o) => a + (o.staffFachkraftVze ?? 0), 0), hilfskraft: offers.reduce((a, o) => a + (o.staffHilfskraftVze ?? 0), 0) };
  }
  const staffGapResult: Analysis['staffGap'] = kreisRow
    ? {
        year: gapYear,
        rows: staffGap(kreisRow.need, inp.settings.staffPerCase, current),
        explanation: {
          inputs: [`Pflegebedürftige ${gapYear} je Leistungsart (Szenario „${firstScenario.name}“)`, 'Personal der Angebote (Fachkraft-/Hilfskraft-VZÄ) aus der Bestandserfassung'],
          sources: [...firstScenario.explanation.sources, 'Personal je Fall: Destatis Pflegestatistik 2021 (Beschäftigte Pflegeheime 814.000 ÷ 790.000 vollstationär; ambulante Dienste 442.900 ÷ 1.050.000 ambulant)'],
          assumptions: [
            ...inp.settings.staffPerCase.map((p) => `${SETTING_LABELS[p.setting]}: ${formatNumber(p.vzePerCase)} Personal je Fall, davon ${formatNumber(p.fachkraftShare * 100)} % Fachkräfte`),
            'Die Destatis-Werte zählen Beschäftigte (Köpfe), nicht VZÄ; sie überschätzen den VZÄ-Bedarf.',
          ],
          formula: 'Bedarf = Pflegebedürftige der Leistungsart × Personal je Fall; Fachkräfte = Bedarf × Fachkraftanteil; Lücke = Bedarf − vorhandenes Personal',
        },
      }
    : null;

  return { ...analysis, staffing, staffGap: staffGapResult };
}

/** "." in the source is not 0: the trace must say which Gemeinden lack values. */
function incompleteAssumption(list: Array<{ ags: string; name: string }>): string {
  const names = list.map((g) => `${g.name} (${g.ags})`).join(', ');
  return `Unvollständig: Für ${names} sind Einwohnerzahlen in der Quelle unbekannt oder geheim („.“). Sie fehlen in den Ergebnissen dieser Gemeinden und in allen Summen, in denen sie enthalten sind; die Zahlen sind dort zu niedrig.`;
}
