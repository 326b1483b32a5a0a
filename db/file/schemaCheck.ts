/**
 * Checks that a planning file has the shape its version promises, before anything is written:
 * every table, column and index the migrations create, no triggers or views we did not create
 * (a foreign trigger would run on our next write), exactly one live plan, and a change log
 * whose values can be read. The expected shape is derived by running the migrations on an
 * in-memory database, so it can never drift from the migrations themselves.
 */
import Sqlite from 'better-sqlite3';
import { MIGRATIONS } from '../migrations';
import { kyselyFor } from './connection';
import { migrateFile } from './migrate';
import { unreadableLogEntries } from './pageCheck';

interface SchemaShape {
  tables: Map<string, Set<string>>;
  indexes: Set<string>;
  /** Triggers and views, as "trigger x" / "view y". */
  others: Set<string>;
}

const expectedByVersion = new Map<number, Promise<SchemaShape>>();

/** The shape of a file at `version`, built once per version and process. */
export function expectedSchema(version: number): Promise<SchemaShape> {
  let shape = expectedByVersion.get(version);
  if (!shape) {
    shape = (async () => {
      const sqlite = new Sqlite(':memory:');
      try {
        if (version > 0) await migrateFile(kyselyFor(sqlite), sqlite, version, MIGRATIONS);
        return readShape(sqlite);
      } finally {
        sqlite.close();
      }
    })();
    expectedByVersion.set(version, shape);
  }
  return shape;
}

function readShape(sqlite: Sqlite.Database): SchemaShape {
  const entries = sqlite.prepare(`SELECT type, name FROM sqlite_master WHERE name NOT LIKE 'sqlite_%'`).all() as { type: string; name: string }[];
  const shape: SchemaShape = { tables: new Map(), indexes: new Set(), others: new Set() };
  for (const { type, name } of entries) {
    if (type === 'table') {
      const columns = sqlite.prepare('SELECT name FROM pragma_table_info(?)').all(name) as { name: string }[];
      shape.tables.set(name, new Set(columns.map((c) => c.name)));
    } else if (type === 'index') shape.indexes.add(name);
    else shape.others.add(`${type} ${name}`);
  }
  return shape;
}

/**
 * What is wrong with the file's schema and content, in German; empty when nothing is.
 * Reads only: `sqlite` may be a read-only connection. `log: false` leaves out the read of the
 * whole change log (for verifyPlanAlongside, whose worker reads it, pageCheck.ts).
 */
export async function findSchemaProblems(sqlite: Sqlite.Database, version: number, options: { log?: boolean } = {}): Promise<string[]> {
  const expected = await expectedSchema(version);
  const actual = readShape(sqlite);
  const problems: string[] = [];
  for (const [table, columns] of expected.tables) {
    const present = actual.tables.get(table);
    if (!present) {
      problems.push(`die Tabelle „${table}“ fehlt`);
      continue;
    }
    const missing = [...columns].filter((c) => !present.has(c));
    if (missing.length > 0) problems.push(`in der Tabelle „${table}“ fehlen die Spalten ${missing.map((c) => `„${c}“`).join(', ')}`);
  }
  const missingIndexes = [...expected.indexes].filter((i) => !actual.indexes.has(i));
  if (missingIndexes.length > 0) problems.push(`es fehlen die Indizes ${missingIndexes.map((i) => `„${i}“`).join(', ')}`);
  const foreign = [...actual.others].filter((o) => !expected.others.has(o));
  if (foreign.length > 0) {
    problems.push(`sie enthält fremde Programmteile (${foreign.map((o) => o.replace(/^trigger /, 'Trigger ').replace(/^view /, 'Sicht ')).join(', ')}), die dieses Programm nicht angelegt hat`);
  }
  if (problems.length > 0) return problems;

  const plans = (sqlite.prepare('SELECT count(*) AS n FROM plan WHERE deleted_at IS NULL').get() as { n: number }).n;
  if (plans !== 1) problems.push(plans === 0 ? 'sie enthält keinen Plan' : `sie enthält ${plans} Pläne statt einem`);
  const replicas = (sqlite.prepare('SELECT count(*) AS n FROM replica').get() as { n: number }).n;
  if (replicas === 0) problems.push('ihr fehlt ihre Kennung (Replikat)');
  if (options.log !== false) problems.push(...unreadableLogEntries(sqlite));
  return problems;
}
