/**
 * Deleting a row with the rows declared to go with it (`ref(…, cascade = true)` in
 * shared/model): one generic walk instead of a hand-written loop per feature, so a child
 * table declared later is deleted with its parent without anyone remembering to add it.
 */
import type { Kysely, Transaction } from 'kysely';
import { childrenOf } from '../../shared/model';
import type { Database, TrackedTable } from '../schema';
import type { ChangeWriter } from './writer';

// The child tables and columns come from the model at run time, so kysely cannot type them.
type AnyDb = Kysely<any>;

/**
 * Tombstones the live children declared to cascade from `table` (depth first, so a
 * grandchild goes before its parent), then the row itself, all in the caller's write.
 * Children pointing to the row without `cascade` are left alone; refusing while they exist
 * is the feature's decision. Returns false when the row was already deleted.
 */
export async function softDeleteWithChildren(w: ChangeWriter, trx: Transaction<Database>, table: TrackedTable, id: string): Promise<boolean> {
  for (const child of childrenOf(table)) {
    if (!child.cascade) continue;
    const rows = (await (trx as unknown as AnyDb).selectFrom(child.table).select('id').where(child.col, '=', id).where('deleted_at', 'is', null).execute()) as { id: string }[];
    for (const r of rows) await softDeleteWithChildren(w, trx, child.table as TrackedTable, r.id);
  }
  return w.softDelete(table, id);
}
