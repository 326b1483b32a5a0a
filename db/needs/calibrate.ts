/** Calibration of a rate set to an observed district total (indirect standardisation). */
import { UserError } from '../../shared/contract/errors';
import { GERMANY_2015_BANDS } from '../../shared/needs/ageBands';
import { calibrationFactor, populationForRates, type RateSet } from '../../shared/needs/careRates';
import type { PlanSession } from '../session';
import { loadAnalysisInputs } from './analysisLoader';
import * as repo from './repository';

export async function calibrateRateSet(session: PlanSession, input: { id: string; observed: number; label: string; reset?: boolean | undefined }) {
  const set = (await repo.listRateSets(session)).find((s) => s.id === input.id);
  if (!set) throw new UserError('Diese Quoten gibt es nicht (mehr).', 'not-found');
  const inputs = await loadAnalysisInputs(session, null);
  if (inputs.baseYear === null) throw new UserError('Zum Kalibrieren wird die Bevölkerung der Gemeinden gebraucht: bitte zuerst die Bevölkerungstabelle importieren.', 'no-population');
  const rateSet: RateSet = { name: set.name, source: set.source, values: set.values, factor: 1 };
  const total: Record<string, number> = {};
  for (const bands of Object.values(inputs.base)) {
    const h = populationForRates(bands, rateSet, inputs.kreisReference?.bands ?? GERMANY_2015_BANDS, 'Kreis');
    for (const [k, v] of Object.entries(h.values)) total[k] = (total[k] ?? 0) + v;
  }
  let factor: number;
  try {
    factor = calibrationFactor(total, rateSet, input.observed);
  } catch (e) {
    throw new UserError((e as Error).message, 'calibration');
  }
  const expected = input.observed / factor;
  if (input.reset) {
    await repo.setCalibration(session, input.id, 1, null);
    return { factor: 1, expected, observed: input.observed, year: inputs.baseYear };
  }
  const note = `Kalibriert auf ${input.observed.toLocaleString('de-DE')} Pflegebedürftige (${input.label}); erwartet mit den Quoten und der Bevölkerung ${inputs.baseYear}: ${expected.toLocaleString('de-DE', { maximumFractionDigits: 0 })}; Faktor ${factor.toLocaleString('de-DE', { maximumFractionDigits: 4 })}.`;
  await repo.setCalibration(session, input.id, factor, note);
  return { factor, expected, observed: input.observed, year: inputs.baseYear };
}
