/**
 * Numbered, immutable migrations. Never edit a released migration: add the next one, with a
 * test that migrates to N−1, seeds rows, migrates to N and checks them
 * (tests/integration/migrations/).
 */
import type { Migration } from 'kysely/migration';
import * as m0001 from './0001_initial';
import * as m0002 from './0002_import_record';
import * as m0003 from './0003_stock';
import * as m0004 from './0004_needs';
import * as m0005 from './0005_measures';
import * as m0006 from './0006_sharing';
import * as m0007 from './0007_care_statistics';
import * as m0008 from './0008_report';
import * as m0009 from './0009_personal_data_erasure';
import * as m0011 from './0011_measure_gap_link';
import * as m0012 from './0012_cohort';
import * as m0013 from './0013_staff_category';
import * as m0014 from './0014_lean_change_log';

export const MIGRATIONS: Record<string, Migration> = {
  '0001_initial': m0001,
  '0002_import_record': m0002,
  '0003_stock': m0003,
  '0004_needs': m0004,
  '0005_measures': m0005,
  '0006_sharing': m0006,
  '0007_care_statistics': m0007,
  '0008_report': m0008,
  '0009_personal_data_erasure': m0009,
  '0011_measure_gap_link': m0011,
  '0012_cohort': m0012,
  '0013_staff_category': m0013,
  '0014_lean_change_log': m0014,
};

/** The schema version this build writes (`PRAGMA user_version`) = number of migrations. */
export const SCHEMA_VERSION = Object.keys(MIGRATIONS).length;
