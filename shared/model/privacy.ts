/** The DSGVO erasure record (migration 0009): tracked, so an erasure travels with merges. */
import { table, text } from './columns';

export const PRIVACY_TABLES = {
  personal_data_erasure: table({
    name: 'personal_data_erasure',
    label: 'Löschung personenbezogener Daten',
    columns: {
      tbl: text('Tabelle'),
      row_id: text('Datensatz'),
      /** The account that erased it (accountability, Art. 5 (2) DSGVO); itself personal data. */
      erased_by: text('Gelöscht von', { personal: true }),
    },
  }),
} as const;
