/**
 * Tables of issue #4: Bedarfsermittlung; part of the planning file's Database type (db/schema.ts).
 * Inputs (population, rate sets, scenarios, Richtwerte, ratios, settings, need statements) are
 * tracked; projections and gaps are computed on demand and never stored.
 */
import type { TrackedColumns } from '../schema';

/** One imported population table (Bestand or Vorausberechnung) with its official source. */
export interface PopulationDatasetTable extends TrackedColumns {
  name: string;
  /** 'bestand' = official counts; 'vorausberechnung' = projection table of the Land or district. */
  kind: 'bestand' | 'vorausberechnung';
  /** 'gemeinde' = Gemeinde table (e.g. 12411-02-03-5), 'kreis' = Kreis table (12411-03-03-4). */
  level: 'gemeinde' | 'kreis';
  format: string;
  file_name: string;
  table_code: string | null;
  reference_date: string | null;
  stand: string | null;
  licence: string | null;
  encoding: string;
  row_count: number;
}

/** Population of one region, year and sex; age bands as JSON object { "75-80": 3201, … }. */
export interface PopulationRowTable extends TrackedColumns {
  dataset_id: string;
  /** 8-digit AGS (Gemeinde) or 5-digit Kreis key. */
  region_key: string;
  level: 'gemeinde' | 'kreis';
  name: string;
  year: number;
  sex: 'insgesamt' | 'maennlich' | 'weiblich';
  bands: string;
  total: number | null;
}

/** A set of Pflegequoten (shipped default, entered or imported), optionally calibrated. */
export interface CareRateSetTable extends TrackedColumns {
  name: string;
  source: string;
  note: string;
  is_default: number;
  /** Calibration factor per care setting (indirect standardisation, migration 0007); 1 = none. */
  factor_pflegegeld: number;
  factor_ambulant: number;
  factor_vollstationaer: number;
  factor_teilstationaer: number;
  calibration_note: string | null;
  /** Year of the observed figures the set was calibrated to; null = not calibrated. */
  calibration_year: number | null;
  /** Year the rates describe (e.g. 2023); null = unknown. Rates and population on different sides of 2017 differ in the definition of need. */
  rate_year: number | null;
}

export interface CareRateValueTable extends TrackedColumns {
  rate_set_id: string;
  age_band: string;
  sex: 'insgesamt' | 'maennlich' | 'weiblich';
  setting: 'pflegegeld' | 'ambulant' | 'vollstationaer' | 'teilstationaer';
  /** Fraction (0.0492 = 4.92 %). */
  rate: number;
}

/** Named projection scenario. */
export interface NeedsScenarioTable extends TrackedColumns {
  name: string;
  method: 'konstant' | 'wachstum' | 'tabelle' | 'kohorte';
  /** JSON { "<band>"|"*": annual change in percent }. */
  growth: string;
  rate_trend: number;
  rate_set_id: string | null;
  end_year: number;
  /** Vorausberechnung dataset for method 'tabelle' (and the control total of 'kohorte'). */
  projection_dataset_id: string | null;
  /** Method 'kohorte': JSON of the demographic assumptions (shared/needs/cohortScenario.ts). */
  cohort: string | null;
  /** Last year of the rate trend (null = all years). */
  rate_trend_until: number | null;
  /** Id of the rate preset the trend came from (shared/needs/ratePresets.ts); null = own values. */
  rate_preset: string | null;
}

/** One imported official table of a demographic component (deaths, births, migration, population by single years). */
export interface DemographyDatasetTable extends TrackedColumns {
  table_code: string;
  file_name: string;
  /** Stichtag or year as stated in the file ("31.12.2015", "Jahr 2015"). */
  reference: string | null;
  stand: string | null;
  licence: string | null;
  encoding: string;
  row_count: number;
}

/** Counts of one region of such a table: JSON [{ from, to, m, w }] (to null = open; m/w null = unknown). */
export interface DemographyRowTable extends TrackedColumns {
  dataset_id: string;
  /** Migration tables: 'zuzuege' or 'fortzuege'; '' for the others. */
  block: '' | 'zuzuege' | 'fortzuege';
  region_code: string;
  name: string;
  bands: string;
}

/** An imported table of the Pflegestatistik (22411-02-03-4 Pflegebedürftige, 22411-01-01-4 Einrichtungen). */
export interface CareStatisticDatasetTable extends TrackedColumns {
  table_code: string;
  kind: 'pflegebeduerftige' | 'einrichtungen';
  file_name: string;
  reference_date: string | null;
  stand: string | null;
  licence: string | null;
  encoding: string;
  row_count: number;
}

/** One official figure: region (Kreis, its Land, Deutschland), Stichtag year, sex, measure; null = unknown or secret. */
export interface CareStatisticValueTable extends TrackedColumns {
  dataset_id: string;
  region_key: string;
  region_name: string;
  level: 'deutschland' | 'land' | 'kreis';
  year: number;
  sex: 'insgesamt' | 'maennlich' | 'weiblich';
  /** shared/needs/careStatistics.ts CareMeasure, e.g. 'ambulant', 'plaetze_dauerpflege'. */
  measure: string;
  value: number | null;
}

/** Richtwert per offer type: JSON basis (see shared/needs/gaps.ts RichtwertBasis). */
export interface NeedsRichtwertTable extends TrackedColumns {
  offer_type: string;
  label: string;
  basis: string;
}

/** Betreuungsschlüssel with steps over years (JSON [{ fromYear, peoplePerVze }]). */
export interface NeedsStaffingRatioTable extends TrackedColumns {
  label: string;
  min_age: number;
  steps: string;
  /** Unused since migration 0013 (posts are matched by staff_category); kept in old files. */
  staff_filter: string;
  /** Tätigkeitsbereich of the staff posts that count as Ist ('' = all posts). */
  staff_category: string;
}

/** Small settings of the feature (detour factor, thresholds, staff per case) as JSON values. */
export interface NeedsSettingTable extends TrackedColumns {
  key: string;
  value: string;
}

/** Qualitative need (survey, workshop finding) linked to a field and optionally a Gemeinde. */
export interface NeedStatementTable extends TrackedColumns {
  field_id: string;
  title: string;
  description: string | null;
  gemeinde_id: string | null;
  priority: 'hoch' | 'mittel' | 'niedrig';
  source: string | null;
  source_date: string | null;
}

export interface NeedsTables {
  population_dataset: PopulationDatasetTable;
  population_row: PopulationRowTable;
  care_rate_set: CareRateSetTable;
  care_rate_value: CareRateValueTable;
  needs_scenario: NeedsScenarioTable;
  needs_richtwert: NeedsRichtwertTable;
  needs_staffing_ratio: NeedsStaffingRatioTable;
  needs_setting: NeedsSettingTable;
  need_statement: NeedStatementTable;
  demography_dataset: DemographyDatasetTable;
  demography_row: DemographyRowTable;
  care_statistic_dataset: CareStatisticDatasetTable;
  care_statistic_value: CareStatisticValueTable;
}

/** The tracked (change-logged, tombstoned) tables of this feature. */
export const NEEDS_TABLES = [
  'population_dataset',
  'population_row',
  'care_rate_set',
  'care_rate_value',
  'needs_scenario',
  'needs_richtwert',
  'needs_staffing_ratio',
  'needs_setting',
  'need_statement',
  'demography_dataset',
  'demography_row',
  'care_statistic_dataset',
  'care_statistic_value',
] as const;

/** Tables of this feature that are local to one file (derived results, caches): not change-logged, never merged. */
export const NEEDS_LOCAL_TABLES = [] as const;

/** Personal data (DSGVO) per tracked table: columns left out when sharing without personal data. */
export const NEEDS_PERSONAL_COLUMNS: Record<string, readonly string[]> = {};
