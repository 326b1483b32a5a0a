/**
 * Tables of the Bedarfsermittlung (migrations 0004, 0007, 0012): the inputs (population,
 * rates, scenarios, Richtwerte, ratios, settings, need statements) are tracked; projections
 * and gaps are computed on demand and never stored.
 */
import { FIELD_IDS } from '../catalog/fieldId';
import { integer, nullable, oneOf, real, ref, table, text } from './columns';

const SEX = ['insgesamt', 'maennlich', 'weiblich'] as const;
const source = {
  reference_date: nullable(text('Stichtag')),
  stand: nullable(text('Stand')),
  licence: nullable(text('Lizenz')),
  encoding: text('Zeichenkodierung'),
  row_count: integer('Zeilen'),
};

export const NEEDS_TABLES = {
  population_dataset: table({
    name: 'population_dataset',
    label: 'Bevölkerungstabelle',
    columns: {
      name: text('Name'),
      /** 'bestand' = official counts; 'vorausberechnung' = projection table of the Land or district. */
      kind: oneOf('Art', ['bestand', 'vorausberechnung']),
      /** 'gemeinde' = Gemeinde table (e.g. 12411-02-03-5), 'kreis' = Kreis table (12411-03-03-4). */
      level: oneOf('Ebene', ['gemeinde', 'kreis']),
      format: text('Format'),
      file_name: text('Dateiname'),
      table_code: nullable(text('Tabelle')),
      ...source,
    },
  }),
  population_row: table({
    name: 'population_row',
    label: 'Bevölkerungszahl',
    columns: {
      dataset_id: ref('Bevölkerungstabelle', 'population_dataset', true),
      /** 8-digit AGS (Gemeinde) or 5-digit Kreis key. */
      region_key: text('Gebietsschlüssel'),
      level: oneOf('Ebene', ['gemeinde', 'kreis']),
      name: text('Name'),
      year: integer('Jahr'),
      sex: oneOf('Geschlecht', SEX),
      /** Age bands as JSON object { "75-80": 3201, … }. */
      bands: text('Altersgruppen'),
      total: nullable(real('Insgesamt')),
    },
  }),
  care_rate_set: table({
    name: 'care_rate_set',
    label: 'Pflegequoten',
    columns: {
      name: text('Name'),
      source: text('Quelle'),
      note: text('Notiz'),
      is_default: integer('Vorgabe'),
      /** Calibration factor per care setting (indirect standardisation, migration 0007); 1 = none. */
      factor_pflegegeld: real('Faktor Pflegegeld'),
      factor_ambulant: real('Faktor ambulant'),
      factor_vollstationaer: real('Faktor vollstationär'),
      factor_teilstationaer: real('Faktor teilstationär'),
      calibration_note: nullable(text('Kalibrierung')),
      /** Year of the observed figures the set was calibrated to; null = not calibrated. */
      calibration_year: nullable(integer('Kalibriert auf Jahr')),
      /** Year the rates describe; rates and population on different sides of 2017 differ in the definition of need. */
      rate_year: nullable(integer('Jahr der Quoten')),
    },
  }),
  care_rate_value: table({
    name: 'care_rate_value',
    label: 'Pflegequote',
    columns: {
      rate_set_id: ref('Pflegequoten', 'care_rate_set', true),
      age_band: text('Altersgruppe'),
      sex: oneOf('Geschlecht', SEX),
      setting: oneOf('Versorgungsart', ['pflegegeld', 'ambulant', 'vollstationaer', 'teilstationaer']),
      /** Fraction (0.0492 = 4.92 %). */
      rate: real('Quote'),
    },
  }),
  needs_scenario: table({
    name: 'needs_scenario',
    label: 'Szenario',
    columns: {
      name: text('Name'),
      method: oneOf('Methode', ['konstant', 'wachstum', 'tabelle', 'kohorte']),
      /** JSON { "<band>"|"*": annual change in percent }. */
      growth: text('Wachstum'),
      rate_trend: real('Trend der Quoten'),
      rate_set_id: nullable(ref('Pflegequoten', 'care_rate_set')),
      end_year: integer('Zieljahr'),
      /** Vorausberechnung dataset for method 'tabelle' (and the control total of 'kohorte'). */
      projection_dataset_id: nullable(ref('Vorausberechnung', 'population_dataset')),
      /** Method 'kohorte': JSON of the demographic assumptions (shared/needs/cohortScenario.ts). */
      cohort: nullable(text('Annahmen der Kohortenrechnung')),
      /** Last year of the rate trend (null = all years). */
      rate_trend_until: nullable(integer('Trend bis')),
      /** Id of the rate preset the trend came from (shared/needs/ratePresets.ts); null = own values. */
      rate_preset: nullable(text('Vorgabe des Trends')),
    },
  }),
  needs_richtwert: table({
    name: 'needs_richtwert',
    label: 'Richtwert',
    columns: {
      offer_type: text('Angebotsart'),
      label: text('Bezeichnung'),
      /** JSON basis (see shared/needs/gaps.ts RichtwertBasis). */
      basis: text('Grundlage'),
    },
  }),
  needs_staffing_ratio: table({
    name: 'needs_staffing_ratio',
    label: 'Betreuungsschlüssel',
    columns: {
      label: text('Bezeichnung'),
      min_age: integer('Ab Alter'),
      /** JSON [{ fromYear, peoplePerVze }]. */
      steps: text('Stufen'),
      /** Staff posts whose title or unit contains this text count as Ist ('' = all). */
      staff_filter: text('Personalstellen mit (bis Version 12)'),
      staff_category: text('Tätigkeitsbereich der Personalstellen'),
    },
  }),
  needs_setting: table({
    name: 'needs_setting',
    label: 'Einstellung der Bedarfsermittlung',
    columns: { key: text('Einstellung'), value: text('Wert') },
  }),
  need_statement: table({
    name: 'need_statement',
    label: 'Qualitativer Bedarf',
    columns: {
      field_id: oneOf('Handlungsfeld', FIELD_IDS),
      title: text('Titel'),
      description: nullable(text('Beschreibung')),
      gemeinde_id: nullable(ref('Gemeinde', 'gemeinde')),
      priority: oneOf('Priorität', ['hoch', 'mittel', 'niedrig']),
      source: nullable(text('Quelle')),
      source_date: nullable(text('Stand der Angabe')),
    },
  }),
  demography_dataset: table({
    name: 'demography_dataset',
    label: 'Tabelle der Bevölkerungsbewegung',
    columns: {
      table_code: text('Tabelle'),
      file_name: text('Dateiname'),
      /** Stichtag or year as stated in the file ("31.12.2015", "Jahr 2015"). */
      reference: nullable(text('Stichtag')),
      stand: nullable(text('Stand')),
      licence: nullable(text('Lizenz')),
      encoding: text('Zeichenkodierung'),
      row_count: integer('Zeilen'),
    },
  }),
  demography_row: table({
    name: 'demography_row',
    label: 'Zahlen der Bevölkerungsbewegung',
    columns: {
      dataset_id: ref('Tabelle der Bevölkerungsbewegung', 'demography_dataset', true),
      /** Migration tables: 'zuzuege' or 'fortzuege'; '' for the others. */
      block: oneOf('Block', ['', 'zuzuege', 'fortzuege']),
      region_code: text('Gebietsschlüssel'),
      name: text('Name'),
      /** JSON [{ from, to, m, w }] (to null = open; m/w null = unknown). */
      bands: text('Altersgruppen'),
    },
  }),
  care_statistic_dataset: table({
    name: 'care_statistic_dataset',
    label: 'Tabelle der Pflegestatistik',
    columns: {
      table_code: text('Tabelle'),
      kind: oneOf('Art', ['pflegebeduerftige', 'einrichtungen']),
      file_name: text('Dateiname'),
      ...source,
    },
  }),
  care_statistic_value: table({
    name: 'care_statistic_value',
    label: 'Zahl der Pflegestatistik',
    columns: {
      dataset_id: ref('Tabelle der Pflegestatistik', 'care_statistic_dataset', true),
      region_key: text('Gebietsschlüssel'),
      region_name: text('Gebiet'),
      level: oneOf('Ebene', ['deutschland', 'land', 'kreis']),
      year: integer('Jahr'),
      sex: oneOf('Geschlecht', SEX),
      /** shared/needs/careStatistics.ts CareMeasure, e.g. 'ambulant', 'plaetze_dauerpflege'. */
      measure: text('Merkmal'),
      value: nullable(real('Wert')),
    },
  }),
} as const;
