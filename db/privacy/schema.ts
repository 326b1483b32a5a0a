/** Tables of the DSGVO erasure (issue #12); part of the planning file's Database type (db/schema.ts). */
import type { TrackedColumns } from '../schema';

/** Löschung personenbezogener Daten: that (not what) personal data of one row was erased, and by whom. */
export interface PersonalDataErasureTable extends TrackedColumns {
  tbl: string;
  row_id: string;
  /** The account that erased it (accountability, Art. 5 (2) DSGVO); itself personal data. */
  erased_by: string;
}

export interface PrivacyTables {
  personal_data_erasure: PersonalDataErasureTable;
}

/** Tracked: an erasure travels with merges, so every copy honours it. */
export const PRIVACY_TABLES = ['personal_data_erasure'] as const;

export const PRIVACY_LOCAL_TABLES = [] as const;

/** Personal data (DSGVO) per tracked table: columns left out when sharing without personal data. */
export const PRIVACY_PERSONAL_COLUMNS: Record<string, readonly string[]> = {
  personal_data_erasure: ['erased_by'],
};
