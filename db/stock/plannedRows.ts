/**
 * The rows an import will write, held column by column until written (issue #11, the
 * 50,000-offer import's peak memory). A row as an object with every field of its register held
 * ≈ 60 MB for 50,000 offers in the plan job worker; one flat array of every field of every row
 * still 13 MB, most of it nulls. Here a field gets an array only once a row has a value in it,
 * so the fields an import does not fill cost nothing (for the bench's offers 9 of 20 fields).
 */
/** Up to this many rows, a field's array is made at its full length at once (larger arrays start sparse in V8). */
const PRESIZE_UP_TO = 100_000;
/** Distinct texts per field kept for sharing: the same Träger, date or empty list once, not once per row. */
const SHARED_TEXTS = 5_000;

export class PlannedRows {
  /** Per field: its value in each row so far, or undefined while every row had none. */
  private readonly columns: (unknown[] | undefined)[];
  /** Per field: one string object for each text seen (while few). */
  private readonly texts: Map<string, string>[];
  /** Per row: 1 an update of `updateIds`, 0 a new record. */
  private isUpdate: Uint8Array;
  private readonly updateIds: string[] = [];
  private count = 0;

  /** `expectedRows`: how many rows at most (the sheet's), to size the arrays once. */
  constructor(
    private readonly fields: readonly string[],
    private readonly expectedRows: number,
  ) {
    this.columns = fields.map(() => undefined);
    this.texts = fields.map(() => new Map());
    this.isUpdate = new Uint8Array(Math.max(16, expectedRows));
  }

  get length(): number {
    return this.count;
  }

  /** Adds a row (`values` keyed by field, as toColumns gives them); `updateId` when it updates that record. */
  add(values: Record<string, unknown>, updateId: string | null): void {
    const row = this.count++;
    for (let f = 0; f < this.fields.length; f++) {
      const value = values[this.fields[f]!] ?? null;
      let column = this.columns[f];
      if (column === undefined) {
        if (value === null) continue;
        column = this.columns[f] = this.expectedRows <= PRESIZE_UP_TO ? new Array<unknown>(this.expectedRows).fill(null) : [];
        for (let before = column.length; before < row; before++) column.push(null);
      }
      column[row] = typeof value === 'string' ? this.shared(f, value) : value;
    }
    if (row === this.isUpdate.length) {
      const grown = new Uint8Array(row * 2);
      grown.set(this.isUpdate);
      this.isUpdate = grown;
    }
    if (updateId !== null) {
      this.isUpdate[row] = 1;
      this.updateIds.push(updateId);
    }
  }

  private shared(field: number, text: string): string {
    const texts = this.texts[field]!;
    const known = texts.get(text);
    if (known !== undefined) return known;
    if (texts.size < SHARED_TEXTS) texts.set(text, text);
    return text;
  }

  /**
   * Every row in order, once: its values (every field, null where empty) and the id it updates
   * (null for a new record). A row's values are let go once read.
   */
  *take(): Generator<{ values: Record<string, unknown>; updateId: string | null }> {
    let updates = 0;
    for (const texts of this.texts) texts.clear();
    for (let row = 0; row < this.count; row++) {
      const values: Record<string, unknown> = {};
      for (let f = 0; f < this.fields.length; f++) {
        const column = this.columns[f];
        values[this.fields[f]!] = column === undefined ? null : column[row];
        if (column !== undefined) column[row] = null;
      }
      yield { values, updateId: this.isUpdate[row] === 1 ? this.updateIds[updates++]! : null };
    }
  }
}
