/**
 * Many inserts into one table with the same columns (an import's rows): the same rows and the
 * same whole-row log entries as `ChangeWriter.insert`, written as multi-row statements of up to
 * BATCH rows each (one for the rows, one for their log entries), so 35,000 rows cost ~700
 * statement runs instead of 70,000, and no object is turned into JSON twice.
 *
 * Rows wait in a buffer until BATCH are together: call `flush()` before anything in the same
 * transaction reads the table, and at the end (the writer's caller does).
 * Every row has exactly the declared columns (and `id`); one left undefined is written as NULL
 * (not its default).
 */
import type Sqlite from 'better-sqlite3';
import type { TrackedTable } from '../schema';
import { cachedStatement, quoteIdent } from '../statementCache';
import { WHOLE_ROW } from './entries';

/** Rows per statement: 12 columns × 100 rows stays far below SQLite's bound-parameter limit. */
const BATCH = 100;

export interface BulkContext {
  replicaId: string;
  txId: string;
  now: string;
  nextHlc(): string;
}

export class BulkInsert {
  private readonly keyJson: string[];
  private params: unknown[] = [];
  private logParams: unknown[] = [];
  private pending = 0;

  /**
   * `columns`: the logged columns, in this order (not id, created_at, updated_at, deleted_at).
   * `sqlite` null: no direct connection, every row goes through `fallback` (ChangeWriter.insert).
   */
  constructor(
    private readonly table: TrackedTable,
    private readonly columns: readonly string[],
    private readonly ctx: BulkContext,
    private readonly sqlite: Sqlite.Database | null,
    private readonly fallback: (values: Record<string, unknown> & { id: string }) => Promise<void>,
  ) {
    // As JSON.stringify writes the keys of a whole-row entry (db/changes/entries.ts wholeRowValue).
    this.keyJson = columns.map((c, i) => `${i === 0 ? '{' : ','}${JSON.stringify(c)}:`);
  }

  async add(values: Record<string, unknown> & { id: string }): Promise<void> {
    if (!this.sqlite) return this.fallback(values);
    const { columns } = this;
    // A column the caller forgot to declare would be lost silently: refuse instead.
    let keys = 0;
    for (const _ in values) keys++;
    if (keys !== columns.length + 1) throw new Error(`${this.table}: Spalten ${Object.keys(values).join(', ')} statt id, ${columns.join(', ')}.`);
    const row = new Array<unknown>(columns.length);
    for (let i = 0; i < columns.length; i++) row[i] = values[columns[i]!];
    this.push(values.id, row);
  }

  /**
   * The same as `add`, the values given in the order of the declared columns: no object per row
   * (the population import's 35,000 rows). Needs the direct connection (`sqlite`).
   */
  addRow(id: string, ...values: unknown[]): void {
    if (!this.sqlite) throw new Error(`${this.table}: addRow braucht die direkte Verbindung.`);
    if (values.length !== this.columns.length) throw new Error(`${this.table}: ${values.length} Werte statt ${this.columns.length} (${this.columns.join(', ')}).`);
    this.push(id, values);
  }

  private push(id: string, values: readonly unknown[]): void {
    const { params, columns, keyJson } = this;
    params.push(id);
    let json = '';
    for (let i = 0; i < columns.length; i++) {
      const v = values[i] ?? null;
      if (v !== null && typeof v === 'object' && !(v instanceof Uint8Array)) throw new Error(`${this.table}.${columns[i]}: kein einfacher Wert für SQLite.`);
      params.push(v);
      json += keyJson[i] + (typeof v === 'number' && Number.isFinite(v) ? String(v) : JSON.stringify(v));
    }
    params.push(this.ctx.now, this.ctx.now, null);
    this.logParams.push(this.ctx.nextHlc(), this.ctx.replicaId, this.table, id, WHOLE_ROW, null, columns.length > 0 ? `${json}}` : '{}', 'insert', this.ctx.txId);
    if (++this.pending === BATCH) this.write();
  }

  /** Writes the rows still in the buffer. */
  async flush(): Promise<void> {
    if (this.pending > 0) this.write();
  }

  /** The SQL of a full batch, built once (a few kB of text per statement run otherwise). */
  private fullBatchSql: [rows: string, log: string] | null = null;

  private sqlFor(n: number): [rows: string, log: string] {
    if (n === BATCH && this.fullBatchSql) return this.fullBatchSql;
    const cols = ['id', ...this.columns, 'created_at', 'updated_at', 'deleted_at'];
    const row = `(${cols.map(() => '?').join(', ')})`;
    const sql: [string, string] = [
      `INSERT INTO ${quoteIdent(this.table)} (${cols.map(quoteIdent).join(', ')}) VALUES ${Array(n).fill(row).join(', ')}`,
      `INSERT INTO change_log (hlc, replica_id, tbl, row_id, col, old_value, new_value, op, tx_id) VALUES ${Array(n).fill('(?, ?, ?, ?, ?, ?, ?, ?, ?)').join(', ')}`,
    ];
    if (n === BATCH) this.fullBatchSql = sql;
    return sql;
  }

  private write(): void {
    const sqlite = this.sqlite!;
    if (!sqlite.inTransaction) throw new Error('ChangeWriter außerhalb seiner Transaktion benutzt.');
    const [rowSql, logSql] = this.sqlFor(this.pending);
    cachedStatement(sqlite, rowSql).run(this.params);
    cachedStatement(sqlite, logSql).run(this.logParams);
    this.params = [];
    this.logParams = [];
    this.pending = 0;
  }
}
