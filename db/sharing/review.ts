/**
 * After a merge: the conflict review (decide per field, or all mine / all theirs), the merge
 * history and undo. Decisions and undo write through the change writer, so they are logged
 * and travel to the other copies like any edit; what they change is recorded under the
 * merge id, so undoing a merge also reverts the decisions taken for it.
 */
import { UserError } from '../../shared/contract/errors';
import type { ChangeWriter } from '../changes/writer';
import type { TrackedTable } from '../schema';
import type { PlanSession } from '../session';
import { parentRefs, tableColumns } from './merge';
import type { MergeConflictTable, MergeHistoryTable } from './schema';

const parse = (v: string | null): unknown => (v === null ? null : JSON.parse(v));
const json = (v: unknown): string => JSON.stringify(v ?? null);
const q = (name: string) => `"${name.replace(/"/g, '""')}"`;

export type HistoryRow = MergeHistoryTable & { open_conflicts: number };

/** The merge history; reads under the session lock (never a running merge's uncommitted rows). */
export async function listHistory(session: PlanSession): Promise<HistoryRow[]> {
  return session.locked(historyRows);
}

export function historyRows(sqlite: PlanSession['sqlite']): HistoryRow[] {
  return sqlite
    .prepare(
      `SELECT h.*, (SELECT count(*) FROM merge_conflict c WHERE c.merge_id = h.id AND c.resolved_at IS NULL) AS open_conflicts
        FROM merge_history h ORDER BY merged_at DESC, rowid DESC`,
    )
    .all() as HistoryRow[];
}

/** The conflicts of one or all merges; reads under the session lock like listHistory. */
export async function listConflicts(session: PlanSession, options: { mergeId?: string; openOnly: boolean }): Promise<MergeConflictTable[]> {
  return session.locked((sqlite) => conflictRows(sqlite, options));
}

export function conflictRows(sqlite: PlanSession['sqlite'], options: { mergeId?: string; openOnly: boolean }): MergeConflictTable[] {
  const where = [options.mergeId ? 'merge_id = @mergeId' : '1', options.openOnly ? 'resolved_at IS NULL' : '1'].join(' AND ');
  return sqlite.prepare(`SELECT * FROM merge_conflict WHERE ${where} ORDER BY tbl, row_id, col`).all({ mergeId: options.mergeId ?? null }) as MergeConflictTable[];
}

export type Choice = { conflictId: string; choice: 'mine' | 'theirs' };

/** Applies decisions; "mine" only marks the conflict (the live data already is mine). */
export async function resolveConflicts(session: PlanSession, choices: Choice[]): Promise<{ resolved: number }> {
  const now = new Date().toISOString();
  return session.write(async (w) => {
    const db = session.sqlite;
    let resolved = 0;
    for (const { conflictId, choice } of choices) {
      const c = db.prepare('SELECT * FROM merge_conflict WHERE id = ?').get(conflictId) as MergeConflictTable | undefined;
      if (!c) throw new UserError('Diesen Konflikt gibt es nicht (mehr).', 'not-found');
      if (c.resolved_at !== null) continue;
      if (choice === 'theirs') await takeTheirs(session, w, c);
      db.prepare('UPDATE merge_conflict SET choice = ?, resolved_at = ? WHERE id = ?').run(choice, now, conflictId);
      resolved++;
    }
    return { resolved };
  });
}

async function takeTheirs(session: PlanSession, w: ChangeWriter, c: MergeConflictTable): Promise<void> {
  const db = session.sqlite;
  const tbl = c.tbl as TrackedTable;
  const record = (rowId: string, col: string, before: unknown, after: unknown) =>
    db.prepare('INSERT INTO merge_change (merge_id, tbl, row_id, col, before_value, after_value) VALUES (?, ?, ?, ?, ?, ?)').run(c.merge_id, c.tbl, rowId, col, before === undefined ? null : json(before), after === undefined ? null : json(after));
  const current = (id: string) => db.prepare(`SELECT * FROM ${q(c.tbl)} WHERE id = ?`).get(id) as Record<string, unknown> | undefined;
  const theirs = parse(c.theirs_value);
  const setDeleted = async (id: string, deleted: boolean) => {
    const row = current(id);
    if (!row) return;
    if (deleted && (await w.softDelete(tbl, id))) record(id, 'deleted_at', row.deleted_at, current(id)!.deleted_at);
    if (!deleted && (await w.restore(tbl, id))) record(id, 'deleted_at', row.deleted_at, null);
  };
  try {
    if (c.col === 'deleted_at') {
      // They deleted / restored it (edit vs delete, or a parent with new children here).
      await setDeleted(c.row_id, theirs !== null);
    } else if (c.col === '*' && c.kind === 'duplicate' && c.other_row_id) {
      // The same real thing twice: my record takes their values; their id is not added.
      const values = theirs as Record<string, unknown>;
      const mine = current(c.other_row_id)!;
      const patch = Object.fromEntries(Object.entries(values).filter(([k]) => !['id', 'created_at', 'updated_at', 'deleted_at'].includes(k)));
      if (await w.update(tbl, c.other_row_id, patch)) for (const k of Object.keys(patch)) record(c.other_row_id, k, mine[k], patch[k]);
    } else if (c.col === '*') {
      // Their new record (a child whose parent was deleted here): restore the parents, add it.
      const values = theirs as Record<string, unknown>;
      for (const ref of parentRefs(db, c.tbl)) {
        const parentId = values[ref.col];
        if (typeof parentId !== 'string' || ref.builtins?.includes(parentId)) continue;
        const parent = db.prepare(`SELECT deleted_at FROM ${q(ref.parent)} WHERE id = ?`).get(parentId) as { deleted_at: string | null } | undefined;
        if (!parent) throw new UserError('Der übergeordnete Datensatz fehlt in dieser Datei; der Datensatz kann nicht übernommen werden.', 'no-parent');
        if (parent.deleted_at !== null && (await w.restore(ref.parent as TrackedTable, parentId))) {
          db.prepare('INSERT INTO merge_change (merge_id, tbl, row_id, col, before_value, after_value) VALUES (?, ?, ?, ?, ?, ?)').run(c.merge_id, ref.parent, parentId, 'deleted_at', json(parent.deleted_at), json(null));
        }
      }
      if (!current(c.row_id)) {
        const cols = new Set(tableColumns(db, c.tbl).map((x) => x.name));
        const insert = Object.fromEntries(Object.entries(values).filter(([k]) => cols.has(k) && !['created_at', 'updated_at', 'deleted_at'].includes(k)));
        await w.insert(tbl, { ...insert, id: c.row_id });
        record(c.row_id, '*', null, null);
      }
    } else {
      const row = current(c.row_id);
      if (!row) throw new UserError('Dieser Datensatz fehlt in dieser Datei.', 'not-found');
      if (c.kind === 'edit_delete' && row.deleted_at !== null) await setDeleted(c.row_id, false);
      if (await w.update(tbl, c.row_id, { [c.col]: theirs })) record(c.row_id, c.col, row[c.col], theirs);
    }
  } catch (error) {
    if (String((error as { code?: string })?.code ?? '').startsWith('SQLITE_CONSTRAINT')) {
      throw new UserError('„Übernehmen“ ist hier nicht möglich: Der Wert ist bereits bei einem anderen Datensatz vergeben. Entscheiden Sie sich für „meins“ oder ändern Sie den anderen Datensatz zuerst.', 'duplicate');
    }
    throw error;
  }
}

/**
 * Undo of a merge: every value it (or a decision for it) set is set back, if nobody changed it
 * since; records it added are deleted (tombstones). Open conflicts are closed as "mine".
 */
export async function undoMerge(session: PlanSession, mergeId: string): Promise<{ reverted: number; skipped: number }> {
  const db = session.sqlite;
  const now = new Date().toISOString();
  return session.write(async (w) => {
    // Checked inside the write: a merge running meanwhile has committed (or not) by then.
    const merge = db.prepare('SELECT * FROM merge_history WHERE id = ?').get(mergeId) as MergeHistoryTable | undefined;
    if (!merge) throw new UserError('Diese Zusammenführung gibt es nicht.', 'not-found');
    if (merge.undone_at) throw new UserError('Diese Zusammenführung wurde bereits rückgängig gemacht.', 'already-undone');
    const changes = db.prepare('SELECT * FROM merge_change WHERE merge_id = ? ORDER BY seq DESC').all(mergeId) as {
      tbl: string;
      row_id: string;
      col: string;
      before_value: string | null;
      after_value: string | null;
    }[];
    let reverted = 0;
    let skipped = 0;
    for (const ch of changes) {
      const tbl = ch.tbl as TrackedTable;
      const row = db.prepare(`SELECT * FROM ${q(ch.tbl)} WHERE id = ?`).get(ch.row_id) as Record<string, unknown> | undefined;
      if (!row) {
        skipped++;
        continue;
      }
      if (ch.col === '*') {
        if (await w.softDelete(tbl, ch.row_id)) reverted++;
        else skipped++;
        continue;
      }
      const before = parse(ch.before_value);
      const after = parse(ch.after_value);
      if (ch.col === 'deleted_at') {
        if ((row.deleted_at === null) !== (after === null)) {
          skipped++;
          continue;
        }
        const ok = before === null ? await w.restore(tbl, ch.row_id) : await w.softDelete(tbl, ch.row_id);
        if (ok) reverted++;
        else skipped++;
        continue;
      }
      if (await setIfStill(w, tbl, ch.row_id, ch.col, row[ch.col], after, before)) reverted++;
      else skipped++;
    }
    db.prepare(`UPDATE merge_conflict SET choice = 'mine', resolved_at = ? WHERE merge_id = ? AND resolved_at IS NULL`).run(now, mergeId);
    db.prepare('UPDATE merge_history SET undone_at = ? WHERE id = ?').run(now, mergeId);
    return { reverted, skipped };
  });
}

/**
 * Redo of an undone merge (issue #14): every value the merge (or a decision for it) set is set
 * again, if nobody changed it since the undo; records it added come back. Needed because the
 * other file's log entries stay in this file's log after an undo, so merging the same file
 * again finds "nothing new". Runs inside the caller's write (merge) or its own.
 */
export async function redoMergeWith(db: PlanSession['sqlite'], w: ChangeWriter, mergeId: string): Promise<{ reapplied: number; skipped: number }> {
  const changes = db.prepare('SELECT * FROM merge_change WHERE merge_id = ? ORDER BY seq').all(mergeId) as { tbl: string; row_id: string; col: string; before_value: string | null; after_value: string | null }[];
  let reapplied = 0;
  let skipped = 0;
  for (const ch of changes) {
    const tbl = ch.tbl as TrackedTable;
    const row = db.prepare(`SELECT * FROM ${q(ch.tbl)} WHERE id = ?`).get(ch.row_id) as Record<string, unknown> | undefined;
    if (!row) {
      skipped++;
      continue;
    }
    const before = parse(ch.before_value);
    const after = parse(ch.after_value);
    if (ch.col === '*' || ch.col === 'deleted_at') {
      const shouldLive = ch.col === '*' || after === null;
      const ok = shouldLive ? await w.restore(tbl, ch.row_id) : await w.softDelete(tbl, ch.row_id);
      if (ok) reapplied++;
      else skipped++;
      continue;
    }
    if (await setIfStill(w, tbl, ch.row_id, ch.col, row[ch.col], before, after)) reapplied++;
    else skipped++;
  }
  db.prepare('UPDATE merge_history SET undone_at = NULL WHERE id = ?').run(mergeId);
  return { reapplied, skipped };
}

export async function redoMerge(session: PlanSession, mergeId: string): Promise<{ reapplied: number; skipped: number }> {
  return session.write((w) => {
    const merge = session.sqlite.prepare('SELECT * FROM merge_history WHERE id = ?').get(mergeId) as MergeHistoryTable | undefined;
    if (!merge) throw new UserError('Diese Zusammenführung gibt es nicht.', 'not-found');
    if (!merge.undone_at) throw new UserError('Diese Zusammenführung ist nicht rückgängig gemacht; es gibt nichts wiederherzustellen.', 'not-undone');
    return redoMergeWith(session.sqlite, w, mergeId);
  });
}

/**
 * Undo and redo of a merge, one column: sets `value` only while the column still holds
 * `expected`. Changed by someone since: their newer value wins, nothing is forced. A value
 * that would now break a unique rule is skipped too.
 */
async function setIfStill(w: ChangeWriter, tbl: TrackedTable, rowId: string, col: string, current: unknown, expected: unknown, value: unknown): Promise<boolean> {
  if ((current ?? null) !== (expected ?? null)) return false;
  try {
    return await w.update(tbl, rowId, { [col]: value });
  } catch (error) {
    if (!String((error as { code?: string })?.code ?? '').startsWith('SQLITE_CONSTRAINT')) throw error;
    return false;
  }
}
