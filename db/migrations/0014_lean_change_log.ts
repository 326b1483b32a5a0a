import { type Kysely, sql } from 'kysely';

/**
 * Issue 11 item 2 (lean change log) and issue 13 (merge reads only what is new):
 * - the per-column insert entries of each row become ONE entry carrying the whole row
 *   (col '*', new_value = JSON object of the columns; db/changes/entries.ts). The entry keeps
 *   the hlc, replica, transaction and position (seq) of the row's first insert entry, so a
 *   colleague's copy converted the same way holds the same entry under the same hlc.
 * - `exchange.their_last_seq`: how far the other copy's log was read at the last merge (its
 *   seq), so a later merge reads only what was added to that log since.
 * Runs inside the migration transaction of db/file/migrate.ts.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  const statements = [
    // The first entry (lowest hlc) of each inserted row, and the row as one JSON object, columns
    // in the order they were logged. One pass over the insert entries (an older 50,000-offer plan
    // holds a million of them).
    `CREATE TEMP TABLE lean_insert AS
      SELECT seq, min(hlc) AS hlc, json_group_object(col, json(coalesce(new_value, 'null')) ORDER BY seq) AS row_json
      FROM change_log WHERE op = 'insert' AND col <> '*' GROUP BY replica_id, tbl, row_id`,
    `CREATE UNIQUE INDEX temp.lean_insert_seq ON lean_insert (seq)`,
    `DELETE FROM change_log WHERE op = 'insert' AND col <> '*' AND seq NOT IN (SELECT seq FROM temp.lean_insert)`,
    `UPDATE change_log SET col = '*', old_value = NULL, new_value = (SELECT row_json FROM temp.lean_insert l WHERE l.seq = change_log.seq)
      WHERE seq IN (SELECT seq FROM temp.lean_insert)`,
    `DROP TABLE temp.lean_insert`,
    `ALTER TABLE exchange ADD COLUMN their_last_seq INTEGER`,
  ];
  for (const statement of statements) await sql.raw(statement).execute(db);
}
