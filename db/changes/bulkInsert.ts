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
import { quoteIdent } from '../statementCache';
import { WHOLE_ROW } from './entries';

/** Rows per statement: 100 rows of even 100 columns stay far below SQLite's bound-parameter limit (32,766). */
const BATCH = 100;

export interface BulkContext {
  replicaId: string;
  txId: string;
  now: string;
  nextHlc(): string;
}

export class BulkInsert {
  /** An object with the declared columns as keys, in their order, holding the current row's values (see `push`). */
  private readonly row: Record<string, unknown>;
  /** The bound values of the rows waiting (id and columns each) and of their log entries (hlc, id, JSON each), reused from batch to batch. */
  private readonly params: unknown[];
  private readonly logParams: unknown[];
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
    // Keys in column order, as wholeRowValue (ChangeWriter.insert) puts them in its object.
    this.row = {};
    for (const c of columns) this.row[c] = null;
    this.params = new Array<unknown>(BATCH * (columns.length + 1)).fill(null);
    this.logParams = new Array<unknown>(BATCH * 3).fill(null);
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
    this.addValues(id, values);
  }

  /** `addRow` with the values in an array that the caller may fill again for the next row (they are read at once). */
  addValues(id: string, values: readonly unknown[]): void {
    if (!this.sqlite) throw new Error(`${this.table}: addRow braucht die direkte Verbindung.`);
    if (values.length !== this.columns.length) throw new Error(`${this.table}: ${values.length} Werte statt ${this.columns.length} (${this.columns.join(', ')}).`);
    this.push(id, values);
  }

  private push(id: string, values: readonly unknown[]): void {
    const { params, columns, row } = this;
    let at = this.pending * (columns.length + 1);
    params[at++] = id;
    // The entry's JSON in one JSON.stringify of an object shaped once (keys in column order, as
    // wholeRowValue writes them) and filled again for each row: one flat string, escaped in the
    // same pass, instead of a string pieced together per column and flattened again when bound.
    for (let i = 0; i < columns.length; i++) {
      const v = values[i] ?? null;
      if (v !== null && typeof v === 'object' && !(v instanceof Uint8Array)) throw new Error(`${this.table}.${columns[i]}: kein einfacher Wert für SQLite.`);
      params[at++] = v;
      row[columns[i]!] = v;
    }
    const log = this.logParams;
    const entry = 3 * this.pending;
    log[entry] = this.ctx.nextHlc();
    log[entry + 1] = id;
    log[entry + 2] = JSON.stringify(row);
    if (++this.pending === BATCH) this.write();
  }

  /** Writes the rows still in the buffer. */
  async flush(): Promise<void> {
    if (this.pending > 0) this.write();
  }

  /** The statements of a full batch, prepared once (a few kB of SQL text per statement run otherwise). */
  private fullBatch: [rows: Sqlite.Statement, log: Sqlite.Statement] | null = null;

  /**
   * What is the same for every row of this writer (its transaction, replica, time; the table;
   * the entry's kind) stands in the SQL as a literal instead of a bound parameter: 9 of the 21
   * values a row and its log entry bind (the national population file: ~50 ms less of its write).
   * The SQL thus belongs to this writer and is prepared here, not taken from the shared cache.
   */
  private statementsFor(n: number): [rows: Sqlite.Statement, log: Sqlite.Statement] {
    if (n === BATCH && this.fullBatch) return this.fullBatch;
    const { ctx } = this;
    const now = sqlText(ctx.now);
    const cols = ['id', ...this.columns, 'created_at', 'updated_at', 'deleted_at'];
    const row = `(${['?', ...this.columns.map(() => '?'), now, now, 'NULL'].join(', ')})`;
    const entry = `(?, ${sqlText(ctx.replicaId)}, ${sqlText(this.table)}, ?, ${sqlText(WHOLE_ROW)}, NULL, ?, 'insert', ${sqlText(ctx.txId)})`;
    const sqlite = this.sqlite!;
    const statements: [Sqlite.Statement, Sqlite.Statement] = [
      sqlite.prepare(`INSERT INTO ${quoteIdent(this.table)} (${cols.map(quoteIdent).join(', ')}) VALUES ${Array(n).fill(row).join(', ')}`),
      sqlite.prepare(`INSERT INTO change_log (hlc, replica_id, tbl, row_id, col, old_value, new_value, op, tx_id) VALUES ${Array(n).fill(entry).join(', ')}`),
    ];
    if (n === BATCH) this.fullBatch = statements;
    return statements;
  }

  private write(): void {
    const sqlite = this.sqlite!;
    if (!sqlite.inTransaction) throw new Error('ChangeWriter außerhalb seiner Transaktion benutzt.');
    const n = this.pending;
    const [rows, log] = this.statementsFor(n);
    if (n === BATCH) {
      rows.run(this.params);
      log.run(this.logParams);
    } else {
      rows.run(this.params.slice(0, n * (this.columns.length + 1)));
      log.run(this.logParams.slice(0, 3 * n));
    }
    this.pending = 0;
  }
}

/** A string as an SQL literal. */
const sqlText = (value: string): string => `'${value.replace(/'/g, "''")}'`;
