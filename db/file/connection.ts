import Sqlite from 'better-sqlite3';
import { Kysely, SqliteDialect } from 'kysely';
import type { Database } from '../schema';

export interface Connection {
  sqlite: Sqlite.Database;
  db: Kysely<Database>;
}

/**
 * Opens a planning file for writing. Rollback journal (not WAL) on purpose: planners keep
 * files on network drives, where WAL's shared memory does not work, and a closed file must
 * be one self-contained file that can be e-mailed as is.
 */
export function connect(filePath: string, options: { create?: boolean } = {}): Connection {
  const sqlite = new Sqlite(filePath, { fileMustExist: !options.create });
  sqlite.pragma('journal_mode = DELETE');
  sqlite.pragma('synchronous = FULL');
  sqlite.pragma('foreign_keys = ON');
  sqlite.pragma('busy_timeout = 5000');
  const db = new Kysely<Database>({ dialect: new SqliteDialect({ database: sqlite }) });
  return { sqlite, db };
}
