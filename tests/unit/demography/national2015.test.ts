import { describe, expect, it } from 'vitest';
import { CELLS } from '../../../shared/demography/ages';
import { loadComponentTables } from '../../../shared/demography/componentTables';
import { nationalSchedules } from '../../../shared/demography/kreisModel';
import { NATIONAL_2015 } from '../../../shared/demography/national2015';
import { componentFiles } from '../../helpers/nationalTables';

describe('shipped national schedules 2015', () => {
  it('are exactly what the official tables give (regenerate with scripts/gen-national-schedules.ts)', () => {
    const nat = nationalSchedules(loadComponentTables(componentFiles()).tables);
    expect(NATIONAL_2015.population).toHaveLength(CELLS);
    for (let i = 0; i < CELLS; i++) {
      expect(NATIONAL_2015.population[i]).toBeCloseTo(nat.population[i]!, 3);
      expect(NATIONAL_2015.mortality[i]! / nat.mortality[i]!).toBeCloseTo(1, 9);
    }
    NATIONAL_2015.fertility.forEach((f, a) => expect(f).toBeCloseTo(nat.fertility[a]!, 12));
    expect(NATIONAL_2015.population.reduce((a, b) => a + b, 0)).toBeCloseTo(82175684, 3);
  });
});
