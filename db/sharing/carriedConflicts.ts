/**
 * Undecided conflicts travel with a file (issue 13). A conflict lives in the file where a
 * merge raised it; the live data there keeps "mine" and the log says so. A third copy that
 * merges that file would otherwise silently take "mine" as if it were agreed. So a merge
 * also reads the other file's conflict records, by their id (the same in every copy):
 * - an open conflict new here is added here (under this merge), so it is decided here too;
 * - a conflict open here that the other file has decided is closed here with that decision.
 *   Its value (if "theirs") arrives as an ordinary logged edit through the same merge, so the
 *   decision is never asked again.
 */
import type Sqlite from 'better-sqlite3';
import type { MergeConflictTable } from './schema';

const q = (name: string) => `"${name.replace(/"/g, '""')}"`;

/** Closes the conflicts open here that the other file has decided; returns how many. */
export function takeOverDecisions(mine: Sqlite.Database, theirs: Sqlite.Database): number {
  const open = mine.prepare('SELECT id FROM merge_conflict WHERE resolved_at IS NULL').pluck().all() as string[];
  if (open.length === 0) return 0;
  const decided = theirs.prepare('SELECT choice, resolved_at FROM merge_conflict WHERE id = ? AND resolved_at IS NOT NULL');
  const close = mine.prepare('UPDATE merge_conflict SET choice = ?, resolved_at = ? WHERE id = ? AND resolved_at IS NULL');
  let closed = 0;
  for (const id of open) {
    const d = decided.get(id) as Pick<MergeConflictTable, 'choice' | 'resolved_at'> | undefined;
    if (d) closed += close.run(d.choice, d.resolved_at, id).changes;
  }
  return closed;
}

/**
 * Adds the other file's open conflicts that this file does not know yet, under `mergeId`;
 * returns how many. "Mine" becomes this file's live value (after the merge, usually the
 * other file's "mine", which it took over); a field this file already has an open conflict
 * for is not asked twice.
 */
export function takeOverOpenConflicts(
  mine: Sqlite.Database,
  theirs: Sqlite.Database,
  mergeId: string,
  tracked: ReadonlySet<string>,
  /** Conflicts not to take over (about personal data this file must not receive). */
  withheld: (c: MergeConflictTable) => boolean,
): number {
  const theirOpen = theirs.prepare('SELECT * FROM merge_conflict WHERE resolved_at IS NULL ORDER BY rowid').all() as MergeConflictTable[];
  const known = mine.prepare('SELECT 1 FROM merge_conflict WHERE id = ? OR (resolved_at IS NULL AND tbl = ? AND row_id = ? AND col = ?)');
  const insert = mine.prepare(
    `INSERT INTO merge_conflict (id, merge_id, kind, tbl, row_id, col, base_value, mine_value, theirs_value, mine_hlc, theirs_hlc, theirs_replica_id, other_row_id)
      VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  let added = 0;
  const insertConflict = (c: MergeConflictTable, mineValue: string | null) => {
    insert.run(c.id, mergeId, c.kind, c.tbl, c.row_id, c.col, c.base_value, mineValue, c.theirs_value, c.mine_hlc, c.theirs_hlc, c.theirs_replica_id, c.other_row_id);
    added++;
  };
  for (const c of theirOpen) {
    if (!tracked.has(c.tbl) || known.get(c.id, c.tbl, c.row_id, c.col) || withheld(c)) continue;
    const live = mine.prepare(`SELECT * FROM ${q(c.tbl)} WHERE id = ?`).get(c.row_id) as Record<string, unknown> | undefined;
    if (c.col === '*') {
      // A whole record waiting there (orphan, duplicate): here it is already in, or the record
      // it duplicates is not, so there is nothing to decide here.
      const other = c.other_row_id === null ? null : mine.prepare(`SELECT deleted_at FROM ${q(c.tbl)} WHERE id = ?`).get(c.other_row_id);
      if (!live && (c.other_row_id === null || other)) insertConflict(c, c.mine_value);
      continue;
    }
    // Not here, or already the value they would take over here: nothing left to decide.
    if (!live || !(c.col in live)) continue;
    const mineValue = JSON.stringify(live[c.col] ?? null);
    if (mineValue === c.theirs_value) continue;
    insertConflict(c, mineValue);
  }
  return added;
}

/**
 * In a new shared copy, after the master's merge bookkeeping was cleared except the conflict
 * records: keeps the open conflicts (and the merges they belong to, without their changes,
 * which are the master's to undo), so the colleague is asked too. Without personal data,
 * conflicts that carry personal values stay behind.
 */
export function keepOpenConflictsInCopy(copy: Sqlite.Database, personalColumns: Readonly<Record<string, readonly string[]>>): void {
  copy.prepare('DELETE FROM merge_change').run();
  copy.prepare('DELETE FROM merge_conflict WHERE resolved_at IS NOT NULL').run();
  const drop = copy.prepare('DELETE FROM merge_conflict WHERE id = ?');
  for (const c of copy.prepare('SELECT * FROM merge_conflict').all() as MergeConflictTable[]) if (aboutPersonalData(c, personalColumns)) drop.run(c.id);
  copy.prepare('DELETE FROM merge_history WHERE id NOT IN (SELECT merge_id FROM merge_conflict)').run();
  copy.prepare('UPDATE merge_history SET applied = 0, received = 0, conflicts = (SELECT count(*) FROM merge_conflict c WHERE c.merge_id = merge_history.id)').run();
}

/** A conflict whose values may hold personal data of a table with personal columns. */
export function aboutPersonalData(c: MergeConflictTable, personalColumns: Readonly<Record<string, readonly string[]>>): boolean {
  const cols = personalColumns[c.tbl];
  if (!cols || cols.length === 0) return false;
  return c.kind === 'personal' || c.col === '*' || cols.includes(c.col);
}
