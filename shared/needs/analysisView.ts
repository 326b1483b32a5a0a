/**
 * The analysis trimmed to what the Bedarf page shows for one selection (scenario, year,
 * region). The full analysis holds every region × year × scenario with its age bands: on a
 * Germany-scale plan hundreds of megabytes, too much to validate, serialise and send on every
 * visit. Pure; db/needs/analysisLoader.ts applies it to the cached analysis.
 */
import type { Analysis, AnalysisView, RegionFigure } from '../contract/needsSchemas';
import { KREIS_KEY } from './analysis';

export interface AnalysisSelection {
  /** null = the Hauptszenario (`mainScenarioId`), else the first scenario. */
  scenarioId: string | null;
  /** null = the year of the staff gap (the analysis' default year). */
  year: number | null;
  /** null = the Kreis. */
  regionKey: string | null;
  /** The Richtwert whose gap rows are sent; null = the first. */
  richtwertId: string | null;
}

/**
 * Figures are sent to a hundredth: the page shows whole persons and places, and 15 digits per
 * number are half of a Germany-scale answer.
 */
/** An analysis without any figures (nothing computed yet): the parts every answer carries. */
export const NO_FIGURES = {
  warnings: [],
  baseYear: null,
  years: [],
  bands: [],
  regions: [],
  populationSource: { inputs: [], sources: [], assumptions: [], formula: '' },
  pyramid: [],
  scenarios: [],
  gaps: [],
  staffing: [],
  staffGap: null,
  reachability: null,
} satisfies Omit<Analysis, 'ready' | 'missing'>;

const r2 = (n: number) => Math.round(n * 100) / 100;
const need2 = (n: RegionFigure['need']): RegionFigure['need'] => ({ pflegegeld: r2(n.pflegegeld), ambulant: r2(n.ambulant), vollstationaer: r2(n.vollstationaer), teilstationaer: r2(n.teilstationaer) });

const sum = (bands: Record<string, number>) => Object.values(bands).reduce((a, b) => a + b, 0);
const over80 = (bands: Record<string, number>) => (bands['80-85'] ?? 0) + (bands['85-90'] ?? 0) + (bands['90+'] ?? 0);

export function analysisView(full: Analysis, selection: AnalysisSelection, mainScenarioId: string | null): AnalysisView {
  const scenario = full.scenarios.find((s) => s.id === selection.scenarioId) ?? full.scenarios.find((s) => s.id === mainScenarioId) ?? full.scenarios[0];
  const year = selection.year !== null && full.years.includes(selection.year) ? selection.year : (full.staffGap?.year ?? full.years.at(-1) ?? null);
  const regionKey = full.regions.some((r) => r.key === selection.regionKey) ? selection.regionKey! : KREIS_KEY;
  const keep = (key: string) => key === KREIS_KEY || key === regionKey;
  const gaps = full.gaps.filter((g) => g.scenarioId === scenario?.id);
  const richtwertId = gaps.find((g) => g.richtwertId === selection.richtwertId)?.richtwertId ?? gaps[0]?.richtwertId ?? null;

  const regionFigures: RegionFigure[] = [];
  if (scenario && year !== null) {
    const baseNeed = new Map<string, number>();
    for (const r of scenario.rows) if (r.year === full.baseYear) baseNeed.set(r.key, r.need.pflegegeld + r.need.ambulant + r.need.vollstationaer);
    for (const r of scenario.rows) {
      if (r.year !== year) continue;
      const before = baseNeed.get(r.key);
      regionFigures.push({ key: r.key, population: r2(sum(r.population)), population80: r2(over80(r.population)), need: need2(r.need), needBaseYear: before === undefined ? null : r2(before) });
    }
  }
  return {
    ...full,
    selection: { scenarioId: scenario?.id ?? null, year, regionKey, richtwertId },
    scenarios: full.scenarios.map((s) => ({ ...s, rows: s.rows.filter((r) => keep(r.key)) })),
    regionFigures,
    // Every Richtwert of the scenario (for the choice), rows only of the chosen one.
    gaps: gaps.map((g) => ({ ...g, rows: g.richtwertId !== richtwertId ? [] : g.rows.filter((r) => r.year === year).map((r) => ({ key: r.key, year: r.year, required: r2(r.required), stock: r2(r.stock), gap: r2(r.gap) })) })),
    staffing: full.staffing.map((s) => ({ ...s, rows: s.rows.filter((r) => r.key === KREIS_KEY) })),
    reachability: full.reachability && { ...full.reachability, rows: full.reachability.rows.map((r) => ({ ...r, distance: r.distance === null ? null : r2(r.distance), population80: r2(r.population80) })) },
  };
}
