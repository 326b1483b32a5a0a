/**
 * The need of the base year with a rate set's rates uncalibrated, summed over the Gemeinden:
 * what calibration (calibrate.ts) compares with the care statistics. Computed exactly as the
 * projection computes the base year. Pure on the loaded inputs, so the analysis worker
 * (analysisWorker.ts) answers it from its cached inputs.
 */
import { emptyNeed, rateBands, type NeedBySetting, type RateSet, SETTINGS, UNCALIBRATED } from '../../shared/needs/careRates';
import { cohortProjection } from '../../shared/needs/cohortProjection';
import { DEFAULT_COHORT_SPEC } from '../../shared/needs/cohortScenario';
import { project, projectionBands } from '../../shared/needs/projection';
import { type AnalysisInputs, GERMANY_REFERENCE } from './analysisLoader';

/** Need of the base year with the rates of `set` uncalibrated, summed over the Gemeinden. */
export function expectedBaseYearNeed(inputs: AnalysisInputs, set: RateSet): NeedBySetting {
  const uncalibrated = { ...set, factors: { ...UNCALIBRATED } };
  if (inputs.cohort) {
    // The cohort model's base year (single years by sex, Gemeinden summing to the Kreis) is what
    // every 'kohorte' scenario starts from.
    const result = cohortProjection({
      model: inputs.cohort.model,
      baseYear: inputs.baseYear!,
      endYear: inputs.baseYear!,
      spec: DEFAULT_COHORT_SPEC,
      scenario: { id: 'calibration', name: 'Basisjahr', rateTrend: 0 },
      rateSet: uncalibrated,
      bands: projectionBands(rateBands(uncalibrated)),
      sources: [],
    });
    const need = emptyNeed();
    for (const row of result.rows) for (const s of SETTINGS) need[s] += row.need[s];
    return need;
  }
  const reference = inputs.kreisReference ?? GERMANY_REFERENCE;
  const result = project({
    baseYear: inputs.baseYear!,
    endYear: inputs.baseYear!,
    base: inputs.base,
    baseBySex: inputs.baseBySexOf,
    reference: reference.bands,
    referenceBySex: inputs.kreisReference?.bySex ?? null,
    referenceLabel: reference.label,
    rateSet: { ...set, factors: { ...UNCALIBRATED } },
    scenario: { id: 'calibration', name: 'Basisjahr', method: 'konstant', growth: {}, rateTrend: 0 },
  });
  const need = emptyNeed();
  for (const row of result.rows) for (const s of SETTINGS) need[s] += row.need[s];
  return need;
}

