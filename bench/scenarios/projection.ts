/**
 * Cohort-component projection (issue #9): read the national component tables, then project one
 * Kreis with its Gemeinden and every Kreis of Germany with its Gemeinden, 30 years each.
 * Goals: one Kreis < 50 ms; all Kreise ≤ 1 s.
 */
import { CELLS } from '../../shared/demography/ages';
import { DEFAULT_SCENARIO, projectKreis } from '../../shared/demography/cohort';
import { loadComponentTables } from '../../shared/demography/componentTables';
import { kreisKeys, kreisModel, nationalSchedules } from '../../shared/demography/kreisModel';
import { componentFiles } from '../../tests/helpers/nationalTables';
import type { Scenario } from '../measure';

export const run: Scenario = async (measure) => {
  const files = componentFiles();
  let loaded = loadComponentTables(files);
  await measure('projection: read the national component tables (6 GENESIS files)', 3, async () => {
    loaded = loadComponentTables(files);
    return { kreise: kreisKeys(loaded.tables).length };
  });
  const t = loaded.tables;
  const nat = nationalSchedules(t);
  const keys = kreisKeys(t);
  const models = keys.map((k) => kreisModel(t, nat, k));
  const one = models.find((m) => m.key === '03354')!;

  await measure('projection: one Kreis (03354) with its 27 Gemeinden, 2015–2045', 20, async () => {
    let cells = 0;
    projectKreis({ baseYear: 2015, endYear: 2045, base: one.base, gemeinden: one.gemeinden, schedules: one.schedules, scenario: DEFAULT_SCENARIO }, (_y, _k, g) => (cells += (g.length + 1) * CELLS));
    return { cells, goal_ms: 50 };
  });

  await measure('projection: all Kreise of Germany with their Gemeinden, 2015–2045', 3, async () => {
    // Each year's Kreis 65+ is summed so the work cannot be optimised away.
    let over65 = 0;
    let gemeinden = 0;
    for (const m of models) {
      gemeinden += m.gemeinden.length;
      projectKreis({ baseYear: 2015, endYear: 2045, base: m.base, gemeinden: m.gemeinden, schedules: m.schedules, scenario: DEFAULT_SCENARIO }, (year, kreis) => {
        if (year === 2045) for (let a = 65; a <= 90; a++) over65 += kreis[a]! + kreis[91 + a]!;
      });
    }
    return { kreise: models.length, gemeinden, population_65plus_2045: Math.round(over65), goal_ms: 1000 };
  });
};
