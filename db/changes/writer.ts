/**
 * The only way user data is written. Each insert, update, delete (tombstone) and restore
 * appends one change_log entry per changed column, in the caller's transaction, stamped with
 * the session's hybrid logical clock. Merge, undo and the audit trail stand on this log.
 */
import type { Kysely, Transaction } from 'kysely';
import type { Database, TrackedTable } from '../schema';

/** Columns the log never carries: bookkeeping derived from the log itself. */
const UNLOGGED = new Set(['id', 'created_at', 'updated_at']);

export interface ChangeContext {
  replicaId: string;
  /** Returns the next HLC timestamp (strictly increasing within the session). */
  nextHlc(): string;
  txId: string;
  now: string;
}

type Row = Record<string, unknown> & { id: string; deleted_at: string | null };

export class ChangeWriter {
  // Dynamic table names: the typed API is kept at the repository layer above this one.
  private readonly db: Kysely<any>;

  constructor(
    trx: Transaction<Database>,
    private readonly ctx: ChangeContext,
  ) {
    this.db = trx as unknown as Kysely<any>;
  }

  async insert(table: TrackedTable, values: Record<string, unknown> & { id: string }): Promise<void> {
    const row = { ...values, created_at: this.ctx.now, updated_at: this.ctx.now, deleted_at: null };
    await this.db.insertInto(table).values(row).execute();
    const entries = Object.entries(values)
      .filter(([col]) => !UNLOGGED.has(col))
      .map(([col, value]) => this.entry(table, values.id, col, undefined, value, 'insert'));
    await this.log(entries);
  }

  /** Writes only the columns whose value differs; returns whether anything changed. */
  async update(table: TrackedTable, id: string, patch: Record<string, unknown>): Promise<boolean> {
    const old = await this.load(table, id);
    const changed = Object.entries(patch).filter(([col, value]) => !UNLOGGED.has(col) && col !== 'deleted_at' && !sameValue(old[col], value));
    if (changed.length === 0) return false;
    await this.db
      .updateTable(table)
      .set({ ...Object.fromEntries(changed), updated_at: this.ctx.now })
      .where('id', '=', id)
      .execute();
    await this.log(changed.map(([col, value]) => this.entry(table, id, col, old[col], value, 'update')));
    return true;
  }

  /** Tombstone instead of a hard delete, so merge and undo can still see the row. */
  async softDelete(table: TrackedTable, id: string): Promise<boolean> {
    const old = await this.load(table, id);
    if (old.deleted_at !== null) return false;
    await this.db.updateTable(table).set({ deleted_at: this.ctx.now, updated_at: this.ctx.now }).where('id', '=', id).execute();
    await this.log([this.entry(table, id, 'deleted_at', null, this.ctx.now, 'delete')]);
    return true;
  }

  async restore(table: TrackedTable, id: string): Promise<boolean> {
    const old = await this.load(table, id);
    if (old.deleted_at === null) return false;
    await this.db.updateTable(table).set({ deleted_at: null, updated_at: this.ctx.now }).where('id', '=', id).execute();
    await this.log([this.entry(table, id, 'deleted_at', old.deleted_at, null, 'restore')]);
    return true;
  }

  private async load(table: TrackedTable, id: string): Promise<Row> {
    const row = (await this.db.selectFrom(table).selectAll().where('id', '=', id).executeTakeFirst()) as Row | undefined;
    if (!row) throw new Error(`Datensatz ${id} in ${table} nicht gefunden.`);
    return row;
  }

  private entry(table: TrackedTable, rowId: string, col: string, oldValue: unknown, newValue: unknown, op: 'insert' | 'update' | 'delete' | 'restore') {
    return {
      hlc: this.ctx.nextHlc(),
      replica_id: this.ctx.replicaId,
      tbl: table,
      row_id: rowId,
      col,
      old_value: oldValue === undefined ? null : JSON.stringify(oldValue),
      new_value: JSON.stringify(newValue ?? null),
      op,
      tx_id: this.ctx.txId,
    };
  }

  private async log(entries: ReturnType<ChangeWriter['entry']>[]): Promise<void> {
    // SQLite limits bound parameters per statement; 9 columns × 100 rows stays well below.
    for (let i = 0; i < entries.length; i += 100) {
      await this.db.insertInto('change_log').values(entries.slice(i, i + 100)).execute();
    }
  }
}

function sameValue(a: unknown, b: unknown): boolean {
  return (a ?? null) === (b ?? null);
}
