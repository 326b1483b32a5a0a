/**
 * Different plans are never merged. Instead, selected registers (tables) of another plan's
 * file can be copied into the open plan: live records only, with new ids, through the change
 * writer (so logged), skipping records whose natural key already exists here (duplicates).
 * Optionally only the records of one Gemeinde (by AGS). References are remapped: to a record
 * copied in the same run, to the Gemeinde with the same AGS here, or to the same id here.
 */
import { randomUUID } from 'node:crypto';
import type Sqlite from 'better-sqlite3';
import { UserError } from '../../shared/contract/errors';
import type { JobContext } from '../jobs/jobRunner';
import { TRACKED_TABLES, type TrackedTable } from '../schema';
import type { PlanSession } from '../session';
import { parentRefs, tableColumns } from './merge';
import { NATURAL_KEYS } from './naturalKeys';
import { openTheirFile } from './theirs';

/** Tables that describe the plan itself or the merge, not a register. */
const NOT_REGISTERS = new Set(['plan', 'import_record', 'task_state']);

export interface RegisterInfo {
  table: string;
  rows: number;
}

export async function listRegisters(session: PlanSession, filePath: string): Promise<{ fileName: string; planTitle: string; samePlan: boolean; registers: RegisterInfo[] }> {
  const theirs = await openTheirFile(filePath, session.realPath);
  try {
    const myPlan = await session.locked((sqlite) => sqlite.prepare('SELECT id FROM plan WHERE deleted_at IS NULL').get() as { id: string } | undefined);
    const registers = TRACKED_TABLES.filter((t) => !NOT_REGISTERS.has(t)).map((table) => ({
      table,
      rows: (theirs.sqlite.prepare(`SELECT count(*) AS n FROM "${table}" WHERE deleted_at IS NULL`).get() as { n: number }).n,
    }));
    return { fileName: theirs.fileName, planTitle: theirs.planTitle, samePlan: myPlan?.id === theirs.planId, registers: registers.filter((r) => r.rows > 0) };
  } finally {
    theirs.close();
  }
}

export async function copyRegisters(
  session: PlanSession,
  filePath: string,
  options: { tables: string[]; gemeindeAgs: string | null; job?: JobContext },
): Promise<{ inserted: number; duplicates: number; skipped: number }> {
  const unknown = options.tables.filter((t) => !(TRACKED_TABLES as readonly string[]).includes(t) || NOT_REGISTERS.has(t));
  if (unknown.length > 0) throw new UserError(`Diese Verzeichnisse können nicht übernommen werden: ${unknown.join(', ')}.`, 'bad-table');
  const theirs = await openTheirFile(filePath, session.realPath);
  try {
    const mine = session.sqlite;
    const myPlan = await session.locked((sqlite) => sqlite.prepare('SELECT id FROM plan WHERE deleted_at IS NULL').get() as { id: string } | undefined);
    if (myPlan?.id === theirs.planId) {
      throw new UserError(`„${theirs.fileName}“ ist eine Kopie dieses Plans. Nutzen Sie „Zusammenführen“; dabei geht nichts verloren.`, 'same-plan');
    }
    // Copy parents before children, in the order of TRACKED_TABLES.
    const tables = TRACKED_TABLES.filter((t) => options.tables.includes(t));
    const theirGemeindeId = options.gemeindeAgs
      ? ((theirs.sqlite.prepare('SELECT id FROM gemeinde WHERE ags = ? AND deleted_at IS NULL').get(options.gemeindeAgs) as { id: string } | undefined)?.id ?? null)
      : null;
    if (options.gemeindeAgs && !theirGemeindeId) throw new UserError(`In „${theirs.fileName}“ gibt es keine Gemeinde mit dem Schlüssel ${options.gemeindeAgs}.`, 'no-gemeinde');

    options.job?.progress(0, null, 'Sicherung des Plans …');
    session.backup('vor-uebernahme');
    return await session.write(async (w) => {
      const newIds = new Map<string, string>();
      let inserted = 0;
      let duplicates = 0;
      let skipped = 0;
      for (const table of tables) {
        const cols = new Map(tableColumns(mine, table).map((c) => [c.name, c.notnull === 1]));
        const refs = parentRefs(mine, table);
        const key = (NATURAL_KEYS[table] ?? []).filter((c) => cols.has(c));
        let rows = theirs.sqlite.prepare(`SELECT * FROM "${table}" WHERE deleted_at IS NULL`).all() as Record<string, unknown>[];
        if (theirGemeindeId) {
          // Only the records of that Gemeinde (the Gemeinde itself, or records pointing to it).
          if (table === 'gemeinde') rows = rows.filter((r) => r.id === theirGemeindeId);
          else if (refs.length > 0) rows = rows.filter((r) => refs.some((ref) => r[ref.col] === theirGemeindeId || newIds.has(String(r[ref.col]))));
        }
        let done = 0;
        for (const row of rows) {
          if (++done % 200 === 0) {
            options.job?.progress(done, rows.length, `${table}: ${done} von ${rows.length}`);
            await options.job?.step();
          }
          const values: Record<string, unknown> = {};
          for (const [col, value] of Object.entries(row)) if (cols.has(col) && !['id', 'created_at', 'updated_at', 'deleted_at'].includes(col)) values[col] = value;
          let ok = true;
          for (const ref of refs) {
            const parentId = row[ref.col];
            if (typeof parentId !== 'string' || ref.builtins?.includes(parentId)) continue;
            const mapped = newIds.get(parentId) ?? localParent(session, theirs.sqlite, ref.parent, parentId);
            if (mapped) values[ref.col] = mapped;
            else if (!cols.get(ref.col)) values[ref.col] = null;
            else ok = false;
          }
          if (!ok) {
            skipped++;
            continue;
          }
          if (key.length > 0) {
            const clash = mine
              .prepare(`SELECT id FROM "${table}" WHERE deleted_at IS NULL AND ${key.map((c) => `"${c}" IS ?`).join(' AND ')} LIMIT 1`)
              .get(...key.map((c) => values[c] as never)) as { id: string } | undefined;
            if (clash) {
              newIds.set(String(row.id), clash.id);
              duplicates++;
              continue;
            }
          }
          const id = randomUUID();
          try {
            await w.insert(table as TrackedTable, { ...values, id });
          } catch (error) {
            if (!String((error as { code?: string })?.code ?? '').startsWith('SQLITE_CONSTRAINT')) throw error;
            duplicates++;
            continue;
          }
          newIds.set(String(row.id), id);
          inserted++;
        }
      }
      return { inserted, duplicates, skipped };
    });
  } finally {
    theirs.close();
  }
}

/** The record here that a reference of the other plan means: same Gemeinde AGS, else the same id. */
function localParent(session: PlanSession, theirDb: Sqlite.Database, parent: string, theirId: string): string | null {
  if (parent === 'gemeinde') {
    const ags = (theirDb.prepare('SELECT ags FROM gemeinde WHERE id = ?').get(theirId) as { ags: string } | undefined)?.ags;
    const here = ags ? (session.sqlite.prepare('SELECT id FROM gemeinde WHERE ags = ? AND deleted_at IS NULL').get(ags) as { id: string } | undefined) : undefined;
    return here?.id ?? null;
  }
  const same = session.sqlite.prepare(`SELECT id FROM "${parent}" WHERE id = ? AND deleted_at IS NULL`).get(theirId) as { id: string } | undefined;
  return same?.id ?? null;
}
