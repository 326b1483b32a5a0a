/**
 * Population and care need per Gemeinde, year and scenario from the cohort-component engine
 * (shared/demography): population by sex and single year, summed into the projection bands,
 * then care need by sex with the scenario's rate set. Returns the same ProjectionResult as the
 * simple methods, so every view, chart and export works on it unchanged.
 */
import { formatNumberUpTo } from '../format';
import { sumBand } from '../demography/ages';
import { type ControlTotals, interpolateControl, projectKreis } from '../demography/cohort';
import type { KreisModel } from '../demography/kreisModel';
import { parseBandKey } from './ageBands';
import { careNeedBySex, type RateSet } from './careRates';
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
}

export function cohortProjection(input: CohortProjectionInput): ProjectionResult {
  const { model, spec, rateSet, scenario } = input;
  const parsed = input.bands.map((k) => parseBandKey(k)!);
  const rateBandKeys = [...new Set(rateSet.values.map((v) => v.ageBand))];
  const rateBands = rateBandKeys.map((k) => parseBandKey(k)!);
  const rows: GemeindeYear[] = [];
  const demographic = toDemographicScenario(spec);
  const components = projectKreis(
    { baseYear: input.baseYear, endYear: input.endYear, base: model.base, gemeinden: model.gemeinden, schedules: model.schedules, scenario: demographic, ...(input.control ? { control: interpolateControl(input.control.totals, model.base, input.baseYear) } : {}) },
    (year, _kreis, gemeinden) => {
      const trend = trendFactor(scenario, input.baseYear, year);
      gemeinden.forEach((g, i) => {
        const population: Record<string, number> = {};
        parsed.forEach((b, j) => (population[input.bands[j]!] = sumBand(g, 0, b) + sumBand(g, 1, b)));
        const men: Record<string, number> = {};
        const women: Record<string, number> = {};
        rateBands.forEach((b, j) => {
          men[rateBandKeys[j]!] = sumBand(g, 0, b);
          women[rateBandKeys[j]!] = sumBand(g, 1, b);
        });
        rows.push({ ags: model.gemeinden[i]!.ags, year, population, need: careNeedBySex({ maennlich: men, weiblich: women }, rateSet, trend) });
      });
    },
  );
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
