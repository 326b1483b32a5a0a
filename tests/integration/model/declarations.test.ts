/**
 * The table declarations (shared/model) against the live schema of a freshly migrated plan:
 * every table, column, type and nullability present in both. Migrations stay literal DDL; this
 * test is what keeps a declaration and its migration telling the same story.
 */
import type Sqlite from 'better-sqlite3';
import { expect, it } from 'vitest';
import { LOCAL_TABLES, TRACKED_TABLES } from '../../../db/schema';
import { MODEL, columnLabel, tableDecl, tableLabel } from '../../../shared/model';
import { TRACKED_COLUMN_NAMES } from '../../../shared/model/columns';
import { call, useTestServices } from '../../helpers/services';
import { META } from '../sharing/helpers';

const ctx = useTestServices();

async function livePlan(): Promise<Sqlite.Database> {
  await call(ctx.services, 'plan.create', { path: `${ctx.dir}/plan.sqlite`, meta: META });
  return ctx.services.sessions.require('w1').sqlite;
}

type Column = { name: string; type: string; notnull: number };

it('every declared table and column exists with its type and nullability, and nothing undeclared', async () => {
  const sqlite = await livePlan();
  const live = (sqlite.prepare(`SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name NOT LIKE 'kysely_%'`).all() as { name: string }[]).map((t) => t.name);
  expect([...live].sort()).toEqual([...TRACKED_TABLES, ...LOCAL_TABLES].sort());
  const describe = (columns: Column[]) => columns.map((c) => `${c.name} ${c.type.toLowerCase()}${c.notnull ? '' : ' null'}`).sort();
  for (const table of TRACKED_TABLES) {
    const decl = tableDecl(table)!;
    const declared = [
      ...Object.entries(decl.columns).map(([name, c]) => ({ name, type: c.sql, notnull: c.nullable ? 0 : 1 })),
      ...TRACKED_COLUMN_NAMES.map((name) => ({ name, type: 'text', notnull: name === 'deleted_at' ? 0 : 1 })),
    ];
    expect(describe(declared), table).toEqual(describe(sqlite.prepare('SELECT name, type, "notnull" FROM pragma_table_info(?)').all(table) as Column[]));
  }
});

it('natural keys and parents name declared columns and tracked tables; every column has a German label', () => {
  for (const [name, decl] of Object.entries(MODEL)) {
    expect(decl.name).toBe(name);
    expect(tableLabel(name)).not.toBe(name);
    for (const key of decl.naturalKey ?? []) expect(Object.keys(decl.columns), `${name}.${key}`).toContain(key);
    for (const [col, c] of Object.entries(decl.columns)) {
      expect(columnLabel(name, col), `${name}.${col}`).toMatch(/^[A-ZÄÖÜ]/);
      if (c.parent) expect(TRACKED_TABLES, `${name}.${col}`).toContain(c.parent.table);
    }
  }
});
