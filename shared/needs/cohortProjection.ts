/**
 * Population and care need per Gemeinde, year and scenario from the cohort-component engine
 * (shared/demography): population by sex and single year, summed into the projection bands,
 * then care need by sex with the scenario's rate set. Returns the same ProjectionResult as the
 * simple methods, so every view, chart and export works on it unchanged.
 */
import { formatNumberUpTo } from '../format';
import { AGES, type Band, bandEnd, OPEN } from '../demography/ages';
import { type ControlTotals, interpolateControl, projectKreis } from '../demography/cohort';
import type { KreisModel } from '../demography/kreisModel';
import { parseBandKey } from './ageBands';
import { careNeedByBands, type RateSet } from './careRates';
import { type CohortSpec, describeCohortSpec, toDemographicScenario } from './cohortScenario';
import { calibrationAssumption, type GemeindeYear, type ProjectionResult, type ScenarioSpec, trendFactor } from './projection';

export interface CohortProjectionInput {
  model: KreisModel;
  baseYear: number;
  endYear: number;
  spec: CohortSpec;
  scenario: Pick<ScenarioSpec, 'id' | 'name' | 'rateTrend' | 'rateTrendUntil'>;
  rateSet: RateSet;
  /** Projection bands (keys like "75-80", "90+"). */
  bands: readonly string[];
  /** Official projection of the Kreis used as control total, with its label. */
  control?: { totals: ControlTotals; label: string };
  /** Where the component tables come from (table code, reference, Stand). */
  sources: readonly string[];
  /**
   * Population runs already made by this computation (computeProjections passes one per call):
   * scenarios that differ only in their care rates share the model, the demographic scenario and
   * the control totals, and so the whole population projection. Reusing it gives the same figures.
   */
  memo?: CohortMemo;
}

/** The population of one run, summed into the bands the rows need, by year and Gemeinde. */
interface PopulationRun {
  model: KreisModel;
  control: CohortProjectionInput['control'];
  components: ReturnType<typeof projectKreis>;
  /** Per year: for each Gemeinde, the projection bands (both sexes), then rate bands of men, then of women. */
  sums: Array<{ year: number; values: Float64Array }>;
}
export type CohortMemo = Map<string, PopulationRun[]>;

/**
 * `sumBand` of every band in `bands` for one sex, into `out` (same order). Bands that start at
 * the same age share one running sum: it adds the same cells in the same order as `sumBand`, so
 * each value is bit for bit `sumBand`'s, read once instead of once per band ("0-60" and "0-65").
 */
function bandSummer(bands: readonly Band[]): (pop: Float64Array, sex: number, out: Float64Array) => Float64Array {
  const starts = new Map<number, Array<{ end: number; index: number }>>();
  bands.forEach((b, index) => {
    const start = Math.min(b.from, OPEN);
    starts.set(start, [...(starts.get(start) ?? []), { end: bandEnd(b), index }]);
  });
  const runs = [...starts].map(([start, ends]) => ({ start, ends: ends.sort((a, b) => a.end - b.end) }));
  return (pop, sex, out) => {
    const offset = sex * AGES;
    for (const { start, ends } of runs) {
      let s = 0;
      let a = start;
      for (const { end, index } of ends) {
        for (; a < end; a++) s += pop[offset + a]!;
        out[index] = s;
      }
    }
    return out;
  };
}

/** The population projection of `input`, from `input.memo` when an equal run was made. */
function populationRun(input: CohortProjectionInput, parsed: Band[], rateBands: Band[]): PopulationRun {
  const { model } = input;
  const demographic = toDemographicScenario(input.spec);
  const key = JSON.stringify([demographic, input.baseYear, input.endYear, input.bands, rateBands]);
  const found = input.memo?.get(key)?.find((r) => r.model === model && r.control === input.control);
  if (found) return found;
  const width = parsed.length + 2 * rateBands.length;
  const sums: PopulationRun['sums'] = [];
  const sumsOf = bandSummer([...parsed, ...rateBands]);
  const both = parsed.length;
  const menBuffer = new Float64Array(both + rateBands.length);
  const womenBuffer = new Float64Array(both + rateBands.length);
  const components = projectKreis(
    { baseYear: input.baseYear, endYear: input.endYear, base: model.base, gemeinden: model.gemeinden, schedules: model.schedules, scenario: demographic, ...(input.control ? { control: interpolateControl(input.control.totals, model.base, input.baseYear) } : {}) },
    (year, _kreis, gemeinden) => {
      const values = new Float64Array(gemeinden.length * width);
      gemeinden.forEach((g, i) => {
        let at = i * width;
        const men = sumsOf(g, 0, menBuffer);
        const women = sumsOf(g, 1, womenBuffer);
        for (let j = 0; j < both; j++) values[at++] = men[j]! + women[j]!;
        for (let j = both; j < men.length; j++) values[at++] = men[j]!;
        for (let j = both; j < women.length; j++) values[at++] = women[j]!;
      });
      sums.push({ year, values });
    },
  );
  const run = { model, control: input.control, components, sums };
  if (input.memo) input.memo.set(key, [...(input.memo.get(key) ?? []), run]);
  return run;
}

export function cohortProjection(input: CohortProjectionInput): ProjectionResult {
  const { model, spec, rateSet, scenario } = input;
  const parsed = input.bands.map((k) => parseBandKey(k)!);
  const rateBandKeys = [...new Set(rateSet.values.map((v) => v.ageBand))];
  const rateBands = rateBandKeys.map((k) => parseBandKey(k)!);
  const rows: GemeindeYear[] = [];
  const { components, sums } = populationRun(input, parsed, rateBands);
  const width = parsed.length + 2 * rateBands.length;
  const needOf = careNeedByBands(rateSet, rateBandKeys);
  for (const { year, values } of sums) {
    const trend = trendFactor(scenario, input.baseYear, year);
    model.gemeinden.forEach((g, i) => {
      let at = i * width;
      const population: Record<string, number> = {};
      for (const key of input.bands) population[key] = values[at++]!;
      rows.push({ ags: g.ags, year, population, need: needOf(values, at, at + rateBandKeys.length, trend) });
    });
  }
  const last = components[components.length - 1]!;
  const assumptions = [
    `Kohorten-Komponenten-Modell in Jahresschritten (31.12. bis 31.12.), nach Geschlecht und Altersjahren 0 bis 89 und 90+.`,
    ...(model.fallback
      ? ['Sterblichkeit und Geburten: Raten Deutschlands 2015 nach Alter und Geschlecht (keine Daten des Kreises importiert).']
      : [
          `Sterblichkeit: Sterberaten Deutschlands nach Alter und Geschlecht, mit der standardisierten Sterblichkeit des Kreises (SMR ${de(model.mortalityRatio, 3)}) multipliziert.`,
          `Geburten: Geburtenraten Deutschlands nach Alter der Mutter, mit der standardisierten Fruchtbarkeit des Kreises (${de(model.fertilityRatio, 3)}) multipliziert; Jungenanteil ${de(model.schedules.boysShare * 100, 1)} %.`,
        ]),
    ...describeCohortSpec(model.hasMigration || spec.migration === 'eingabe' ? spec : { ...spec, migration: 'keine' }, input.baseYear),
    'Gemeinden: ihre Altersgruppen sind im Verhältnis der Altersjahre des Kreises auf einzelne Jahre aufgeteilt, mit den Raten des Kreises fortgeschrieben und dann je Alter und Geschlecht auf das Ergebnis des Kreises abgestimmt (die Gemeinden ergeben zusammen genau den Kreis).',
    'Wanderung der Gemeinden: ab 50 Jahren die Rate des Kreises plus die eigene Abweichung der Gemeinde (gewichtet mit der Zahl ihrer Zu- und Fortzüge, höchstens 1 Prozentpunkt pro Jahr); unter 50 Jahren die Rate des Kreises, weil 2015 die Unterbringung Geflüchteter die Wanderungen der Gemeinden bestimmte.',
    ...(input.control ? [`Eckwerte: die amtliche Vorausberechnung „${input.control.label}“; die Differenz zum Modell ist als Wanderung verbucht.`] : []),
    ...model.notes,
    ...model.gemeinden.flatMap((g) => g.notes.map((n) => `Gemeinde ${g.name} (${g.ags}): ${n}`)),
    scenario.rateTrend === 0
      ? 'Die Pflegequoten bleiben konstant (Status quo).'
      : `Die Pflegequoten ändern sich um ${de(scenario.rateTrend)} % pro Jahr${scenario.rateTrendUntil ? ` bis ${scenario.rateTrendUntil}, danach bleiben sie konstant` : ''}.`,
    calibrationAssumption(rateSet),
  ];
  return {
    scenarioId: scenario.id,
    bands: [...input.bands],
    years: components.map((c) => c.year),
    rows,
    explanation: {
      inputs: [
        `Bevölkerung ${input.baseYear} nach Geschlecht und Alter (Kreis und Gemeinden)`,
        `Sterbefälle, Geburten und Wanderungen ${input.baseYear}`,
        `Quoten „${rateSet.name}“`,
        `Szenario „${scenario.name}“`,
        `Bilanz ${input.baseYear}–${last.year}: ${de(components.slice(1).reduce((a, c) => a + c.births, 0), 0)} Geburten, ${de(components.slice(1).reduce((a, c) => a + c.deaths, 0), 0)} Sterbefälle, Wanderungssaldo ${de(components.slice(1).reduce((a, c) => a + c.migration, 0), 0)}`,
      ],
      sources: [...input.sources, rateSet.source],
      assumptions,
      formula:
        'Bevölkerung(Alter + 1, Jahr + 1) = Bevölkerung(Alter, Jahr) × Überlebensrate + Wanderungssaldo; Geburten = Σ Frauen(Alter) × Geburtenrate(Alter). Pflegebedürftige = Σ über Altersgruppen und Geschlecht Bevölkerung × Quote × Kalibrierungsfaktor × (1 + Trend)^(Jahr − Basisjahr)',
    },
  };
}

const de = (n: number, digits = 2): string => formatNumberUpTo(n, digits);
