/**
 * Inputs a plan gets when the first population table is imported: the default rate set, three
 * cohort-model scenarios, Richtwerte and Betreuungsschlüssel. All are ordinary tracked rows the planner
 * can change; the example assumptions say so in their names.
 */
import { randomUUID } from 'node:crypto';
import type { Transaction } from 'kysely';
import { DEFAULT_COHORT_SPEC } from '../../shared/needs/cohortScenario';
import { DEFAULT_RATE_ASSUMPTIONS, defaultRateSet } from '../../shared/needs/defaultRates';
import { ratePreset } from '../../shared/needs/ratePresets';
import type { ChangeWriter } from '../changes/writer';
import type { Database } from '../schema';
import { factorColumns } from './repository';

export const DEFAULT_SETTINGS = {
  detourFactor: 1.3,
  thresholdKm: 15,
  reachOfferType: 'tagespflege',
  // Staff per case from Destatis 2021: 814,000 employees of nursing homes / 790,000 vollstationär
  // cases; 442,900 employees of ambulant services / 1,050,000 ambulant cases (persons, not VZÄ).
  staffPerCase: [
    { setting: 'vollstationaer' as const, vzePerCase: 1.03, fachkraftShare: 0.5 },
    { setting: 'ambulant' as const, vzePerCase: 0.42, fachkraftShare: 0.5 },
  ],
};

export async function ensureDefaults(w: ChangeWriter, trx: Transaction<Database>, endYear: number): Promise<void> {
  const anySet = await trx.selectFrom('care_rate_set').select('id').where('deleted_at', 'is', null).executeTakeFirst();
  let rateSetId = anySet?.id ?? null;
  if (!anySet) {
    const set = defaultRateSet();
    rateSetId = randomUUID();
    await w.insert('care_rate_set', {
      id: rateSetId,
      name: set.name,
      source: set.source,
      note: DEFAULT_RATE_ASSUMPTIONS.join('\n'),
      is_default: 1,
      ...factorColumns(set.factors),
      calibration_note: null,
      calibration_year: null,
      rate_year: set.rateYear ?? null,
    });
    for (const v of set.values) {
      await w.insert('care_rate_value', { id: randomUUID(), rate_set_id: rateSetId, age_band: v.ageBand, sex: v.sex, setting: v.setting, rate: v.rate });
    }
  }
  const anyScenario = await trx.selectFrom('needs_scenario').select('id').where('deleted_at', 'is', null).executeTakeFirst();
  if (!anyScenario) {
    // Cohort-component projections (shared/demography) with the rate presets of
    // shared/needs/ratePresets.ts: "Status quo" as the statistical offices use it = the population
    // projected, the care rates of each age and sex kept constant.
    const trend = JSON.stringify(DEFAULT_COHORT_SPEC);
    const noMigration = JSON.stringify({ ...DEFAULT_COHORT_SPEC, migration: 'keine' });
    const scenarios = [
      { name: 'Status quo', cohort: trend, preset: 'konstant' },
      { name: 'Steigende Pflegequoten bis 2027', cohort: trend, preset: 'steigend-2027' },
      { name: 'Gesünder älter werden', cohort: trend, preset: 'gesuender' },
      { name: 'Ohne Wanderung', cohort: noMigration, preset: 'konstant' },
    ] as const;
    for (const s of scenarios) {
      const preset = ratePreset(s.preset)!;
      await w.insert('needs_scenario', {
        id: randomUUID(),
        name: s.name,
        method: 'kohorte',
        cohort: s.cohort,
        growth: '{}',
        rate_trend: preset.rateTrend,
        rate_trend_until: preset.rateTrendUntil,
        rate_preset: preset.id,
        rate_set_id: rateSetId,
        end_year: endYear,
        projection_dataset_id: null,
      });
    }
  }
  const anyRichtwert = await trx.selectFrom('needs_richtwert').select('id').where('deleted_at', 'is', null).executeTakeFirst();
  if (!anyRichtwert) {
    await w.insert('needs_richtwert', {
      id: randomUUID(),
      offer_type: 'vollstationaer',
      label: 'Vollstationäre Pflegeplätze',
      basis: JSON.stringify({ kind: 'faelle', setting: 'vollstationaer', share: 1, occupancy: 0.95 }),
    });
    await w.insert('needs_richtwert', {
      id: randomUUID(),
      offer_type: 'tagespflege',
      label: 'Tagespflegeplätze (Beispielwert: 3 je 1.000 Einw. 65+)',
      basis: JSON.stringify({ kind: 'einwohner', minAge: 65, per: 1000, value: 3 }),
    });
  }
  const anyRatio = await trx.selectFrom('needs_staffing_ratio').select('id').where('deleted_at', 'is', null).executeTakeFirst();
  if (!anyRatio) {
    await w.insert('needs_staffing_ratio', {
      id: randomUUID(),
      label: 'Seniorenberatung (Schlüssel nach Fachplan Dresden 2022)',
      min_age: 60,
      steps: JSON.stringify([
        { fromYear: 2023, peoplePerVze: 5900 },
        { fromYear: 2024, peoplePerVze: 4200 },
        { fromYear: 2025, peoplePerVze: 2500 },
      ]),
      staff_category: 'seniorenberatung',
      staff_filter: '',
    });
  }
}
