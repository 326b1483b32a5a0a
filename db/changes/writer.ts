/**
 * The only way user data is written. An insert appends ONE change_log entry carrying the
 * whole row (col '*', see ./entries.ts); an update, delete (tombstone) or restore one entry per
 * changed column; all in the caller's transaction, stamped with the session's hybrid logical
 * clock. Merge, undo and the audit trail stand on this log.
 *
 * Speed: every statement here runs once per row of an import (50,000 offers → 50,000 log
 * rows), so they go straight to the session's better-sqlite3 connection with prepared
 * statements cached per connection (db/statementCache.ts), not through kysely, which prepares
 * (and leaks until GC) a new statement per query. They run inside the caller's transaction:
 * `PlanSession.write` opens a real SQLite transaction on that same connection and holds kysely's
 * connection lock for its whole duration, and each call checks `inTransaction`.
 */
import type Sqlite from 'better-sqlite3';
import type { Kysely, Transaction } from 'kysely';
import type { Database, TrackedTable } from '../schema';
import { cachedStatement, quoteIdent } from '../statementCache';
import { BulkInsert } from './bulkInsert';
import { WHOLE_ROW, wholeRowValue } from './entries';

/** Columns the log never carries: bookkeeping derived from the log itself. */
const UNLOGGED = new Set(['id', 'created_at', 'updated_at']);

export interface ChangeContext {
  replicaId: string;
  /** Returns the next HLC timestamp (strictly increasing within the session). */
  nextHlc(): string;
  txId: string;
  now: string;
  /**
   * The connection the transaction runs on. With it, writes use cached prepared statements;
   * without it (or for values SQLite cannot bind directly) they go through kysely.
   */
  sqlite?: Sqlite.Database;
}

type Row = Record<string, unknown> & { id: string; deleted_at: string | null };
type Op = 'insert' | 'update' | 'delete' | 'restore';

const LOG_SQL = 'INSERT INTO change_log (hlc, replica_id, tbl, row_id, col, old_value, new_value, op, tx_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)';

/** Values better-sqlite3 binds as kysely would pass them; anything else takes the kysely path. */
const bindable = (v: unknown): boolean => v === null || typeof v !== 'object' || v instanceof Uint8Array;

export class ChangeWriter {
  // Dynamic table names: the typed API is kept at the repository layer above this one.
  private readonly db: Kysely<any>;
  private readonly sqlite: Sqlite.Database | null;

  constructor(
    trx: Transaction<Database>,
    private readonly ctx: ChangeContext,
  ) {
    this.db = trx as unknown as Kysely<any>;
    this.sqlite = ctx.sqlite ?? null;
  }

  async insert(table: TrackedTable, values: Record<string, unknown> & { id: string }): Promise<void> {
    const row: Record<string, unknown> = { ...values, created_at: this.ctx.now, updated_at: this.ctx.now, deleted_at: null };
    const sqlite = this.direct(row);
    if (sqlite) {
      // kysely leaves out undefined values (the column gets its default); so do we.
      const cols: string[] = [];
      const params: unknown[] = [];
      for (const col of Object.keys(row)) {
        const v = row[col];
        if (v === undefined) continue;
        cols.push(col);
        params.push(v);
      }
      const sql = `INSERT INTO ${quoteIdent(table)} (${cols.map(quoteIdent).join(', ')}) VALUES (${cols.map(() => '?').join(', ')})`;
      cachedStatement(sqlite, sql).run(params);
    } else {
      await this.db.insertInto(table).values(row).execute();
    }
    // One entry for the whole row: a per-column insert made the log two thirds of a plan file.
    const entry = this.entry(table, values.id, WHOLE_ROW, undefined, null, 'insert');
    entry.new_value = wholeRowValue(values, (col) => !UNLOGGED.has(col));
    await this.log([entry]);
  }

  /**
   * For an import's many rows of one table: the same rows and entries as `insert`, in
   * multi-row statements (./bulkInsert.ts). Call `flush()` on it when done.
   */
  bulkInsert(table: TrackedTable, columns: readonly string[]): BulkInsert {
    return new BulkInsert(table, columns, this.ctx, this.direct(null), (values) => this.insert(table, values));
  }

  /** Writes only the columns whose value differs; returns whether anything changed. */
  async update(table: TrackedTable, id: string, patch: Record<string, unknown>): Promise<boolean> {
    const old = await this.load(table, id);
    const changed = Object.entries(patch).filter(([col, value]) => !UNLOGGED.has(col) && col !== 'deleted_at' && !sameValue(old[col], value));
    if (changed.length === 0) return false;
    const set: Record<string, unknown> = { ...Object.fromEntries(changed), updated_at: this.ctx.now };
    const sqlite = this.direct(set);
    if (sqlite) {
      const cols: string[] = [];
      const params: unknown[] = [];
      for (const col of Object.keys(set)) {
        const v = set[col];
        if (v === undefined) continue;
        cols.push(col);
        params.push(v);
      }
      params.push(id);
      cachedStatement(sqlite, `UPDATE ${quoteIdent(table)} SET ${cols.map((c) => `${quoteIdent(c)} = ?`).join(', ')} WHERE "id" = ?`).run(params);
    } else {
      await this.db.updateTable(table).set(set).where('id', '=', id).execute();
    }
    await this.log(changed.map(([col, value]) => this.entry(table, id, col, old[col], value, 'update')));
    return true;
  }

  /** Tombstone instead of a hard delete, so merge and undo can still see the row. */
  async softDelete(table: TrackedTable, id: string): Promise<boolean> {
    const old = await this.load(table, id);
    if (old.deleted_at !== null) return false;
    await this.setDeleted(table, id, this.ctx.now);
    await this.log([this.entry(table, id, 'deleted_at', null, this.ctx.now, 'delete')]);
    return true;
  }

  /**
   * Tombstones for many rows at once (the rows of a dataset an import replaces): the same rows
   * and entries as `softDelete` row by row, in statements of up to 100 rows. Rows already
   * deleted are left alone. Returns how many were deleted.
   */
  async softDeleteMany(table: TrackedTable, ids: readonly string[]): Promise<number> {
    const sqlite = this.direct(null);
    if (!sqlite) {
      let n = 0;
      for (const id of ids) if (await this.softDelete(table, id)) n++;
      return n;
    }
    let n = 0;
    for (let i = 0; i < ids.length; i += 100) {
      const chunk = ids.slice(i, i + 100);
      const deleted = cachedStatement(sqlite, `UPDATE ${quoteIdent(table)} SET "deleted_at" = ?, "updated_at" = ? WHERE "id" IN (${chunk.map(() => '?').join(', ')}) AND "deleted_at" IS NULL RETURNING "id"`)
        .pluck()
        .all(this.ctx.now, this.ctx.now, ...chunk) as string[];
      await this.log(deleted.map((id) => this.entry(table, id, 'deleted_at', null, this.ctx.now, 'delete')));
      n += deleted.length;
    }
    return n;
  }

  async restore(table: TrackedTable, id: string): Promise<boolean> {
    const old = await this.load(table, id);
    if (old.deleted_at === null) return false;
    await this.setDeleted(table, id, null);
    await this.log([this.entry(table, id, 'deleted_at', old.deleted_at, null, 'restore')]);
    return true;
  }

  /**
   * Log entries stating values the row already has, without changing it. Merge uses it when
   * the live data keeps a value (mine in a conflict) while the log it just received ends with
   * another one: the newer local entry makes the log replay to the live data again.
   */
  async affirm(table: TrackedTable, id: string, cols: string[]): Promise<void> {
    const row = await this.load(table, id);
    await this.log(
      cols.filter((col) => !UNLOGGED.has(col)).map((col) =>
        col === 'deleted_at'
          ? this.entry(table, id, col, null, row.deleted_at, row.deleted_at === null ? 'restore' : 'delete')
          : this.entry(table, id, col, undefined, row[col], 'update'),
      ),
    );
  }

  private async setDeleted(table: TrackedTable, id: string, deletedAt: string | null): Promise<void> {
    const sqlite = this.direct(null);
    if (sqlite) cachedStatement(sqlite, `UPDATE ${quoteIdent(table)} SET "deleted_at" = ?, "updated_at" = ? WHERE "id" = ?`).run(deletedAt, this.ctx.now, id);
    else await this.db.updateTable(table).set({ deleted_at: deletedAt, updated_at: this.ctx.now }).where('id', '=', id).execute();
  }

  private async load(table: TrackedTable, id: string): Promise<Row> {
    const sqlite = this.direct(null);
    const row = (
      sqlite
        ? cachedStatement(sqlite, `SELECT * FROM ${quoteIdent(table)} WHERE "id" = ?`).get(id)
        : await this.db.selectFrom(table).selectAll().where('id', '=', id).executeTakeFirst()
    ) as Row | undefined;
    if (!row) throw new Error(`Datensatz ${id} in ${table} nicht gefunden.`);
    return row;
  }

  private entry(table: TrackedTable, rowId: string, col: string, oldValue: unknown, newValue: unknown, op: Op): LogEntry {
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

  private async log(entries: LogEntry[]): Promise<void> {
    const sqlite = this.direct(null);
    if (sqlite) {
      // One cached single-row statement: no SQL text, no statement per call.
      const stmt = cachedStatement(sqlite, LOG_SQL);
      for (const e of entries) stmt.run(e.hlc, e.replica_id, e.tbl, e.row_id, e.col, e.old_value, e.new_value, e.op, e.tx_id);
      return;
    }
    // SQLite limits bound parameters per statement; 9 columns × 100 rows stays well below.
    for (let i = 0; i < entries.length; i += 100) {
      await this.db.insertInto('change_log').values(entries.slice(i, i + 100)).execute();
    }
  }

  /**
   * The connection for a direct write, or null for the kysely path (no connection given, or a
   * value that is not a plain SQLite value). Refuses to write outside a transaction.
   */
  private direct(values: Record<string, unknown> | null): Sqlite.Database | null {
    const sqlite = this.sqlite;
    if (!sqlite) return null;
    if (!sqlite.inTransaction) throw new Error('ChangeWriter außerhalb seiner Transaktion benutzt.');
    if (values) for (const col of Object.keys(values)) if (!bindable(values[col])) return null;
    return sqlite;
  }
}

interface LogEntry {
  hlc: string;
  replica_id: string;
  tbl: string;
  row_id: string;
  col: string;
  old_value: string | null;
  new_value: string;
  op: Op;
  tx_id: string;
}

function sameValue(a: unknown, b: unknown): boolean {
  return (a ?? null) === (b ?? null);
}
