import Sqlite from 'better-sqlite3';
import { type DatabaseConnection, type Driver, Kysely, SqliteDialect, SqliteDriver } from 'kysely';
import type { Database } from '../schema';

export interface Connection {
  sqlite: Sqlite.Database;
  db: Kysely<Database>;
}

/**
 * Hazard: when SQLite fails with SQLITE_FULL or SQLITE_IOERR it may roll the transaction back
 * itself. Kysely then sends its own ROLLBACK, which fails with "cannot rollback - no
 * transaction is active" and hides the real cause (the full disk) from the person. So the
 * rollback is only sent while a transaction is still open.
 */
class RollbackSafeDriver extends SqliteDriver {
  constructor(private readonly sqlite: Sqlite.Database) {
    super({ database: sqlite });
  }

  override async rollbackTransaction(connection: DatabaseConnection): Promise<void> {
    if (this.sqlite.inTransaction) await super.rollbackTransaction(connection);
  }
}

class PlanDialect extends SqliteDialect {
  constructor(private readonly sqlite: Sqlite.Database) {
    super({ database: sqlite });
  }

  override createDriver(): Driver {
    return new RollbackSafeDriver(this.sqlite);
  }
}

/** Kysely on top of an open better-sqlite3 handle, with the rollback guard above. */
export function kyselyFor(sqlite: Sqlite.Database): Kysely<Database> {
  return new Kysely<Database>({ dialect: new PlanDialect(sqlite) });
}

/**
 * Opens a planning file for writing. Rollback journal (not WAL) on purpose: planners keep
 * files on network drives, where WAL's shared memory does not work, and a closed file must
 * be one self-contained file that can be e-mailed as is.
 * Hazard: a read-write open is what rolls back a hot journal left by a crash. Only
 * db/file/openPlan.ts decides when that may happen on a user's plan.
 */
export function connect(filePath: string, options: { create?: boolean } = {}): Connection {
  const sqlite = new Sqlite(filePath, { fileMustExist: !options.create });
  sqlite.pragma('journal_mode = DELETE');
  sqlite.pragma('synchronous = FULL');
  sqlite.pragma('foreign_keys = ON');
  sqlite.pragma('busy_timeout = 5000');
  return { sqlite, db: kyselyFor(sqlite) };
}
