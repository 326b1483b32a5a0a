/**
 * The merge decision for one existing record, as a pure function: which of the other file's
 * field values are taken over and which become conflicts for a person to decide.
 *
 * "Changed here" means: this file has a change to the field that the other file has not seen
 * (it is not in the other file's log); "changed there" means the other file has one this file
 * has not seen. Only one side changed → take it; both changed to the same value → nothing;
 * both changed differently → conflict, the live data keeps mine.
 */

export type ConflictKind = 'field' | 'edit_delete' | 'duplicate' | 'orphan' | 'personal';

export interface RowMergeInput {
  /** My live record and theirs (all columns). */
  mine: Record<string, unknown>;
  theirs: Record<string, unknown>;
  /** Columns with changes only this file has. */
  changedHere: ReadonlySet<string>;
  /** Columns with changes only the other file has. */
  changedThere: ReadonlySet<string>;
  /** Personal-data columns when the other file is a copy shared without personal data; else empty. */
  blankedColumns: ReadonlySet<string>;
}

export interface RowMergeDecision {
  /** Column → value taken over from the other file. */
  apply: Record<string, unknown>;
  conflicts: { col: string; kind: ConflictKind }[];
}

export function sameValue(a: unknown, b: unknown): boolean {
  return (a ?? null) === (b ?? null);
}

const isEmpty = (v: unknown): boolean => v === null || v === undefined || v === '';

export function decideRow(input: RowMergeInput): RowMergeDecision {
  const { mine, theirs, changedHere, changedThere, blankedColumns } = input;
  const apply: Record<string, unknown> = {};
  const conflicts: RowMergeDecision['conflicts'] = [];
  const mineDeleted = !isEmpty(mine.deleted_at);
  const theirsDeleted = !isEmpty(theirs.deleted_at);
  const editedHere = [...changedHere].some((c) => c !== 'deleted_at');

  // They deleted (or restored) the record.
  if (changedThere.has('deleted_at') && mineDeleted !== theirsDeleted) {
    if (changedHere.has('deleted_at')) {
      // I restored/deleted it too, the other way round: a real disagreement.
      conflicts.push({ col: 'deleted_at', kind: 'edit_delete' });
    } else if (theirsDeleted && editedHere) {
      // They deleted what I edited: keep it live until a person decides.
      conflicts.push({ col: 'deleted_at', kind: 'edit_delete' });
    } else {
      apply.deleted_at = theirs.deleted_at ?? null;
    }
  }

  // I deleted the record they edited: their edits wait in conflicts, the record stays deleted.
  const deletedHereOnly = mineDeleted && changedHere.has('deleted_at') && !theirsDeleted;

  for (const col of changedThere) {
    if (col === 'deleted_at' || col === 'id' || col === 'created_at' || col === 'updated_at') continue;
    if (sameValue(mine[col], theirs[col])) continue;
    if (changedHere.has(col)) conflicts.push({ col, kind: 'field' });
    else if (deletedHereOnly) conflicts.push({ col, kind: 'edit_delete' });
    else if (blankedColumns.has(col) && !isEmpty(mine[col])) conflicts.push({ col, kind: 'personal' });
    else apply[col] = theirs[col] ?? null;
  }
  return { apply, conflicts };
}
