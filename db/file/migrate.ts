import type { Kysely } from 'kysely';
import { type Migration, Migrator } from 'kysely/migration';
import type Sqlite from 'better-sqlite3';
import { UserError } from '../../shared/contract/errors';
import { MIGRATIONS } from '../migrations';
import { APPLICATION_ID } from './constants';

/**
 * Brings a file to `target` (default: the latest version) and records it in the header:
 * user_version = number of applied migrations, application_id = ours. All pending migrations
 * and both header fields are written in one transaction: a crash or a failing step leaves
 * the file at its old version, never between two versions. (Pragmas that write the header
 * are transactional in SQLite.) `migrations` is replaceable so tests can inject a failing step.
 */
export async function migrateFile(
  db: Kysely<any>,
  sqlite: Sqlite.Database,
  target: number = Object.keys(MIGRATIONS).length,
  migrations: Record<string, Migration> = MIGRATIONS,
): Promise<void> {
  const name = Object.keys(migrations).sort()[target - 1];
  if (!name) throw new Error(`No migration for version ${target}.`);
  // Hazard: Kysely's SQLite adapter declares no transactional DDL, so its Migrator runs each
  // statement on its own; a crash between two left a file no later open could migrate. The
  // transaction is therefore opened here, on the one connection the Migrator also uses.
  sqlite.exec('BEGIN IMMEDIATE');
  try {
    const migrator = new Migrator({ db, provider: { getMigrations: async () => migrations } });
    const { error, results } = await migrator.migrateTo(name);
    if (error) {
      const failed = results?.find((r) => r.status === 'Error')?.migrationName ?? 'unbekannt';
      console.error(`[migrate] step ${failed} failed:`, error);
      throw new UserError(`Die Datei konnte nicht auf den aktuellen Stand gebracht werden (Schritt ${failed} ist fehlgeschlagen).`, 'migration');
    }
    sqlite.pragma(`user_version = ${target}`);
    sqlite.pragma(`application_id = ${APPLICATION_ID | 0}`);
    sqlite.exec('COMMIT');
  } catch (error) {
    if (sqlite.inTransaction) sqlite.exec('ROLLBACK');
    throw error;
  }
  // Holds only while no transaction is open; asserted so a silent non-write cannot pass.
  if (sqlite.pragma('user_version', { simple: true }) !== target) throw new Error('user_version was not written');
}
