/** Helpers of the sharing tests: plans in two windows, merges through the real channels, snapshots. */
import type Sqlite from 'better-sqlite3';
import type { HostServices } from '../../../db/api/context';
import { TRACKED_TABLES } from '../../../db/schema';
import { mergeResultSchema, type MergeResult } from '../../../shared/contract/sharingSchemas';
import { call } from '../../helpers/services';

export const META = { title: 'Pflegeplan LD', districtName: 'LK Lüchow-Dannenberg', kreisKey: '03354', periodFrom: 2026, periodTo: 2030, organisation: 'Kreis', author: 'A' };

/** Merges `file` into the plan of `windowId`; throws the job's German error when it failed. */
export async function merge(services: HostServices, file: string, windowId: string): Promise<MergeResult> {
  const { jobId } = await call(services, 'sharing.mergeStart', { path: file }, windowId);
  const status = await services.jobs.wait(jobId, windowId);
  if (status.state !== 'done') throw new Error(status.error ?? status.state);
  return mergeResultSchema.parse(status.result);
}

type Snapshot = Record<string, Record<string, unknown>[]>;

/**
 * The user data of a file. `semantic`: without bookkeeping columns (created_at, updated_at) and
 * with tombstones as true/false, for comparing files whose edits happened at different times.
 */
export function snapshot(sqlite: Sqlite.Database, semantic = true): Snapshot {
  const out: Snapshot = {};
  for (const table of TRACKED_TABLES) {
    const rows = sqlite.prepare(`SELECT * FROM ${table} ORDER BY id`).all() as Record<string, unknown>[];
    out[table] = rows.map((r) => {
      if (!semantic) return r;
      const { created_at: _c, updated_at: _u, deleted_at, ...rest } = r;
      return { ...rest, deleted: deleted_at !== null };
    });
  }
  return out;
}

export function liveValue(sqlite: Sqlite.Database, table: string, id: string, col: string): unknown {
  return (sqlite.prepare(`SELECT ${col} AS v FROM ${table} WHERE id = ?`).get(id) as { v: unknown } | undefined)?.v;
}

export function count(sqlite: Sqlite.Database, sql: string, ...params: unknown[]): number {
  return (sqlite.prepare(sql).get(...params) as { n: number }).n;
}
