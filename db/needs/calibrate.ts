/**
 * Calibration of a rate set to the Kreis (indirect standardisation per care setting): the
 * expected need is computed exactly as the projection computes the base year (same population,
 * bands, rates by sex), so the calibrated base year reproduces every observed figure.
 */
import { formatNumberUpTo } from '../../shared/format';
import type { z } from 'zod';
import { UserError } from '../../shared/contract/errors';
import type { calibrateInputSchema, calibrateResultSchema } from '../../shared/contract/needsSchemas';
import { calibrationFactors, SETTING_LABELS, SETTINGS, UNCALIBRATED } from '../../shared/needs/careRates';
import { observedBySetting } from '../../shared/needs/careStatistics';
import type { PlanSession } from '../session';
import { calibrationBase } from './planAnalysis';
import { readCareStatisticRows } from './careStatistics';
import * as repo from './repository';

export { expectedBaseYearNeed } from './expectedNeed';

type Observed = z.output<typeof calibrateResultSchema>['observed'];

export async function calibrateRateSet(session: PlanSession, input: z.output<typeof calibrateInputSchema>): Promise<z.output<typeof calibrateResultSchema>> {
  const set = (await repo.listRateSets(session)).find((s) => s.id === input.id);
  if (!set) throw new UserError('Diese Quoten gibt es nicht (mehr).', 'not-found');
  const { baseYear, expected, kreisKey } = await calibrationBase(session, { name: set.name, source: set.source, values: set.values, factors: set.factors });
  if (baseYear === null || expected === null) throw new UserError('Zum Kalibrieren wird die Bevölkerung der Gemeinden gebraucht: bitte zuerst die Bevölkerungstabelle importieren.', 'no-population');
  const year = baseYear;
  if (input.reset) {
    await repo.setCalibration(session, input.id, { ...UNCALIBRATED }, null, null);
    return { factors: { ...UNCALIBRATED }, expected, observed: { pflegegeld: null, ambulant: null, vollstationaer: null, teilstationaer: null }, year, notCalibrated: [] };
  }
  let observed: Observed;
  let label = input.label;
  if (input.observed) observed = input.observed;
  else {
    const rows = await readCareStatisticRows(session);
    const found = observedBySetting(rows.map((r) => ({ ...r, line: 0 })), year);
    if (!found) {
      const years = [...new Set(rows.filter((r) => r.level === 'kreis').map((r) => r.year))].sort();
      throw new UserError(
        years.length === 0
          ? 'Es ist noch keine Pflegestatistik des Kreises importiert (Tabelle 22411-02-03-4). Bitte die Tabelle importieren oder die Zahlen von Hand eingeben.'
          : `Die Pflegestatistik enthält für den Kreis die Jahre ${years.join(', ')}, die Bevölkerung ist vom 31.12.${year}. Kalibriert wird auf dasselbe Jahr: bitte die Pflegestatistik ${year} importieren.`,
        'no-statistics',
      );
    }
    observed = found;
    label = `Pflegestatistik 31.12.${year}, Kreis ${kreisKey}, Tabelle 22411-02-03-4`;
  }
  let calibration;
  try {
    calibration = calibrationFactors(expected, observed);
  } catch (e) {
    throw new UserError((e as Error).message, 'calibration');
  }
  const fmt = (n: number, d = 0) => formatNumberUpTo(n, d);
  const parts = SETTINGS.filter((s) => observed[s] !== null && !calibration.notCalibrated.includes(s)).map(
    (s) => `${SETTING_LABELS[s]}: beobachtet ${fmt(observed[s]!)}, erwartet ${fmt(expected[s], 1)}, Faktor ${fmt(calibration.factors[s], 4)}`,
  );
  const skipped = calibration.notCalibrated.map((s) => `${SETTING_LABELS[s]}: ${expected[s] > 0 ? 'beobachtet 0' : 'der Quotensatz hat keine Quoten'}, nicht kalibriert`);
  const note = `Kalibriert auf ${label} (Bevölkerung ${year}). ${[...parts, ...skipped].join('; ')}.`;
  await repo.setCalibration(session, input.id, calibration.factors, note, year);
  return { factors: calibration.factors, expected, observed, year, notCalibrated: calibration.notCalibrated };
}
