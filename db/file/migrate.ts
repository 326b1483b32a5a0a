import type { Kysely } from 'kysely';
import { Migrator } from 'kysely/migration';
import type Sqlite from 'better-sqlite3';
import { UserError } from '../../shared/contract/errors';
import { migrationNameFor, migrationProvider, SCHEMA_VERSION } from '../migrations';
import { APPLICATION_ID } from './constants';

/**
 * Brings a file to `target` (default: the latest version) and records it in the header:
 * user_version = number of applied migrations, application_id = ours.
 */
export async function migrateFile(db: Kysely<any>, sqlite: Sqlite.Database, target: number = SCHEMA_VERSION): Promise<void> {
  const migrator = new Migrator({ db, provider: migrationProvider });
  const { error, results } = target === SCHEMA_VERSION ? await migrator.migrateToLatest() : await migrator.migrateTo(migrationNameFor(target));
  if (error) {
    const failed = results?.find((r) => r.status === 'Error')?.migrationName ?? 'unbekannt';
    throw new UserError(`Die Datei konnte nicht auf den aktuellen Stand gebracht werden (Schritt ${failed}): ${String(error)}`, 'migration');
  }
  sqlite.pragma(`user_version = ${target}`);
  sqlite.pragma(`application_id = ${APPLICATION_ID | 0}`);
}
