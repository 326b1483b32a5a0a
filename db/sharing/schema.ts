/** Tables of issue #6: share and merge; part of the planning file's Database type (db/schema.ts). */
import type { Generated } from 'kysely';

/** One merge of a returned file into this one (Zusammenführung); local to this file. */
export interface MergeHistoryTable {
  id: string;
  merged_at: string;
  file_name: string;
  their_replica_id: string;
  /** Fields (and whole new records) taken over from the other file. */
  applied: number;
  conflicts: number;
  /** Log entries of the other file that were new here. */
  received: number;
  without_personal_data: number;
  undone_at: string | null;
}

/** Something a person has to decide; the live data keeps "mine" until then. Values are JSON text. */
export interface MergeConflictTable {
  id: string;
  merge_id: string;
  kind: 'field' | 'edit_delete' | 'duplicate' | 'orphan' | 'personal';
  tbl: string;
  row_id: string;
  /** Column, or '*' for a whole record (duplicate, orphan). */
  col: string;
  base_value: string | null;
  mine_value: string | null;
  theirs_value: string | null;
  mine_hlc: string | null;
  theirs_hlc: string | null;
  theirs_replica_id: string | null;
  /** For duplicates: the id of my record with the same natural key. */
  other_row_id: string | null;
  choice: 'mine' | 'theirs' | null;
  resolved_at: string | null;
}

/** What a merge (or a resolution belonging to it) changed in the live data, so it can be undone. */
export interface MergeChangeTable {
  seq: Generated<number>;
  merge_id: string;
  tbl: string;
  row_id: string;
  /** Column, or '*' when the merge inserted the whole record. */
  col: string;
  before_value: string | null;
  after_value: string | null;
}

/** Per other replica: the newest change of it seen here, and when files were last exchanged. */
export interface ExchangeTable {
  replica_id: string;
  last_hlc: string | null;
  last_shared_at: string | null;
  last_merged_at: string | null;
  /** How far (seq) the other copy's log was read at the last merge: the next one reads only what is newer. */
  their_last_seq: number | null;
}

/** Markers of a shared copy (e.g. 'without_personal_data'); local to the copy. */
export interface SharingCopyTable {
  key: string;
  value: string;
}

export interface SharingTables {
  merge_history: MergeHistoryTable;
  merge_conflict: MergeConflictTable;
  merge_change: MergeChangeTable;
  exchange: ExchangeTable;
  sharing_copy: SharingCopyTable;
}

/** Tables of this feature that are local to one file: not change-logged, never merged. */
export const SHARING_LOCAL_TABLES = ['merge_history', 'merge_conflict', 'merge_change', 'exchange', 'sharing_copy'] as const;

