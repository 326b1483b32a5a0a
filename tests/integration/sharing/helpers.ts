/** Helpers of the sharing tests: plans in two windows, merges through the real channels, snapshots. */
import { randomUUID } from 'node:crypto';
import path from 'node:path';
import type Sqlite from 'better-sqlite3';
import type { HostServices } from '../../../db/api/context';
import type { PlanSession } from '../../../db/session';
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

/**
 * Plan A (window wa) with `gemeinden` Gemeinden (AGS 0335400i, lat 50, lon 10), shared as B and C,
 * each open in its window (wb, wc).
 */
export async function threeCopies(services: HostServices, dir: string, gemeinden: number) {
  const files = { a: path.join(dir, 'a.sqlite'), b: path.join(dir, 'b.sqlite'), c: path.join(dir, 'c.sqlite') };
  await call(services, 'plan.create', { path: files.a, meta: META }, 'wa');
  const a = services.sessions.require('wa');
  const ids = Array.from({ length: gemeinden }, () => randomUUID());
  await a.write(async (w) => {
    for (const [i, id] of ids.entries()) await w.insert('gemeinde', { id, ags: `0335400${i}`, name: `Gemeinde ${i}`, kind: 'gemeinde', lat: 50, lon: 10, geometry: null });
  });
  await call(services, 'sharing.share', { path: files.b, withoutPersonalData: false }, 'wa');
  await call(services, 'sharing.share', { path: files.c, withoutPersonalData: false }, 'wa');
  await call(services, 'plan.open', { path: files.b }, 'wb');
  await call(services, 'plan.open', { path: files.c }, 'wc');
  const sessions: Record<'a' | 'b' | 'c', PlanSession> = { a, b: services.sessions.require('wb'), c: services.sessions.require('wc') };
  return { files, ids, ...sessions };
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
