/**
 * Crash test: child processes run an import, a merge and a migration on real plan files and
 * are killed with SIGKILL at random moments (seeded, the seed is printed; CRASH_SEED=… repeats
 * a run). After every kill the file is opened through the app's open path. It must open —
 * never be refused — and hold either the state before or the state after the work.
 */
import { spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import Sqlite from 'better-sqlite3';
import { build } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connect } from '../../../db/file/connection';
import { migrateFile } from '../../../db/file/migrate';
import { PlanSession } from '../../../db/session';
import { sharePlanFile } from '../../../db/sharing/share';
import { tempDir } from '../../helpers/files';

const ROOT = path.join(import.meta.dirname, '..', '..', '..');
const CHILD_SOURCE = path.join(import.meta.dirname, 'crashChild.ts');
let child: string;
const KILLS = Number(process.env.CRASH_KILLS ?? 30);
const SEED = Number(process.env.CRASH_SEED ?? 20261129);
const META = { title: 'Crashtest', districtName: 'LK Test', kreisKey: '03354', periodFrom: 2026, periodTo: 2030, organisation: 'Kreis', author: 'T' };
const IMPORT_ROWS = 1_500;
const MERGE_BASE = 500;
const MERGE_NEW = 3_000;
const OLD_ROWS = 30_000;

type Mode = 'import' | 'merge' | 'migrate';
interface Scenario {
  mode: Mode;
  pristine: string;
  work: string;
  input?: string;
  /** The child's output after which the interesting part begins ("loaded": opening migrates; "opened": the work runs). */
  startMarker: 'loaded' | 'opened';
  /** Time from the start marker to "done" of an uninterrupted run, measured once. */
  durationMs: number;
  /** Which state the reopened file is in; null = neither (a lost or half-applied change). */
  classify(sqlite: Sqlite.Database): 'before' | 'after' | null;
}

let dir: string;
let backups: string;
const scenarios: Scenario[] = [];

/** mulberry32: small, seedable, good enough to spread kill times. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const count = (db: Sqlite.Database, sql: string) => (db.prepare(sql).get() as { n: number }).n;

async function importScenario(): Promise<Scenario> {
  const pristine = path.join(dir, 'import-before.sqlite');
  (await PlanSession.create(pristine, META)).close();
  const csv = path.join(dir, 'angebote.csv');
  const lines = ['Angebotsart;Name;Träger;Kapazität'];
  for (let i = 0; i < IMPORT_ROWS; i++) lines.push(`Tagespflege;Tagespflege ${i};Träger ${i % 50};${10 + (i % 20)}`);
  fs.writeFileSync(csv, lines.join('\n'));
  return {
    mode: 'import',
    pristine,
    work: path.join(dir, 'import', 'plan.sqlite'),
    input: csv,
    startMarker: 'opened',
    durationMs: 0,
    classify: (db) => ({ 0: 'before', [IMPORT_ROWS]: 'after' } as const)[count(db, 'SELECT count(*) AS n FROM offer WHERE deleted_at IS NULL')] ?? null,
  };
}

async function mergeScenario(): Promise<Scenario> {
  const pristine = path.join(dir, 'merge-before.sqlite');
  const returned = path.join(dir, 'zurueck.sqlite');
  const master = await PlanSession.create(pristine, META);
  await master.write(async (w) => {
    for (let i = 0; i < MERGE_BASE; i++) await w.insert('planning_area', { id: randomUUID(), name: `Bereich ${i}`, description: '' });
  });
  await sharePlanFile(master, returned, { withoutPersonalData: false });
  master.close();
  const colleague = await PlanSession.open(returned, { backupDir: backups });
  await colleague.write(async (w) => {
    for (let i = 0; i < MERGE_NEW; i++) await w.insert('planning_area', { id: randomUUID(), name: `Neu ${i}`, description: 'von der Kollegin' });
  });
  colleague.close();
  return {
    mode: 'merge',
    pristine,
    work: path.join(dir, 'merge', 'plan.sqlite'),
    input: returned,
    startMarker: 'opened',
    durationMs: 0,
    classify: (db) => ({ [MERGE_BASE]: 'before', [MERGE_BASE + MERGE_NEW]: 'after' } as const)[count(db, 'SELECT count(*) AS n FROM planning_area')] ?? null,
  };
}

/** A version-3 plan with enough rows that backup, copy and migration take a while. */
async function migrateScenario(): Promise<Scenario> {
  const pristine = path.join(dir, 'migrate-before.sqlite');
  const old = connect(pristine, { create: true });
  await migrateFile(old.db, old.sqlite, 3);
  old.sqlite.exec(`INSERT INTO replica VALUES ('r-old', 0, 0, '2025-01-01T00:00:00Z');
    INSERT INTO plan (id, title, district_name, kreis_key, created_at, updated_at) VALUES ('p1', 'Alter Plan', 'LK', '03354', 'x', 'x');
    WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < ${OLD_ROWS})
    INSERT INTO planning_area (id, name, description, created_at, updated_at) SELECT 'a' || i, 'Bereich ' || i, hex(randomblob(40)), 'x', 'x' FROM n;`);
  old.sqlite.close();
  return {
    mode: 'migrate',
    pristine,
    work: path.join(dir, 'migrate', 'plan.sqlite'),
    startMarker: 'loaded',
    durationMs: 0,
    // Opening always ends at the current version; "before" and "after" hold the same rows.
    classify: (db) => (count(db, 'SELECT count(*) AS n FROM planning_area') === OLD_ROWS && count(db, `SELECT count(*) AS n FROM plan WHERE title = 'Alter Plan'`) === 1 ? 'after' : null),
  };
}

/** Puts the pristine "before" file in place, without any journal or leftover of an earlier round. */
function reset(s: Scenario): void {
  fs.rmSync(path.dirname(s.work), { recursive: true, force: true });
  fs.mkdirSync(path.dirname(s.work));
  fs.copyFileSync(s.pristine, s.work);
}

/** Runs the child; `killAfterMs` counts from its start marker, so module loading is not what gets killed. */
function run(s: Scenario, killAfterMs: number | null): Promise<{ killed: boolean; ms: number; out: string }> {
  return new Promise((resolve, reject) => {
    let started = Date.now();
    const args = [child, s.mode, s.work, backups, ...(s.input ? [s.input] : [])];
    // NODE_PATH: the bundle lives in the temporary folder and requires better-sqlite3 from ours.
    const env = { ...process.env, NODE_PATH: path.join(ROOT, 'node_modules') };
    const proc = spawn(process.execPath, args, { cwd: ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let timer: NodeJS.Timeout | null = null;
    let marked = false;
    proc.stdout.on('data', (d: Buffer) => {
      out += d.toString();
      if (!marked && out.includes(`${s.startMarker}\n`)) {
        marked = true;
        started = Date.now();
        if (killAfterMs !== null) timer = setTimeout(() => proc.kill('SIGKILL'), killAfterMs);
      }
    });
    proc.stderr.on('data', (d: Buffer) => (out += d.toString()));
    proc.on('error', reject);
    proc.on('exit', (_code, signal) => {
      if (timer) clearTimeout(timer);
      resolve({ killed: signal === 'SIGKILL', ms: Date.now() - started, out });
    });
  });
}

/** Opens the file exactly as the app does and tells which state it holds. */
async function reopen(s: Scenario): Promise<{ state: 'before' | 'after' | null; recovered: boolean }> {
  const session = await PlanSession.open(s.work, { backupDir: backups });
  try {
    return { state: s.classify(session.sqlite), recovered: session.recovered };
  } finally {
    session.close();
  }
}

beforeAll(async () => {
  dir = tempDir('psp-crash-');
  backups = path.join(dir, 'Sicherungen');
  // One bundle instead of compiling TypeScript in every child: 30+ starts stay cheap.
  child = path.join(dir, 'crashChild.cjs');
  await build({ entryPoints: [CHILD_SOURCE], outfile: child, bundle: true, platform: 'node', format: 'cjs', target: 'node22', external: ['better-sqlite3'], logLevel: 'error' });
  scenarios.push(await importScenario(), await mergeScenario(), await migrateScenario());
  for (const s of scenarios) {
    reset(s);
    const { killed, ms, out } = await run(s, null);
    if (killed || !out.includes('done')) throw new Error(`${s.mode} did not finish uninterrupted: ${out}`);
    s.durationMs = ms;
    expect((await reopen(s)).state, s.mode).toBe('after');
  }
}, 120_000);
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe('SIGKILL during an import, a merge and a migration', () => {
  it(`never leaves a file the app refuses (≥ ${KILLS} kills)`, async () => {
    const next = random(SEED);
    console.log(`[crash] seed ${SEED} (repeat with CRASH_SEED=${SEED}); durations ${scenarios.map((s) => `${s.mode} ${s.durationMs} ms`).join(', ')}`);
    const tally = { kills: 0, finished: 0, before: 0, after: 0, recovered: 0, refused: [] as string[], wrong: [] as string[] };
    for (let round = 0; tally.kills < KILLS && round < KILLS * 2; round++) {
      const s = scenarios[round % scenarios.length]!;
      reset(s);
      // Anywhere from the start of the work to its end (the exit after "done" takes a while; kills there would test nothing).
      const at = Math.round(next() * s.durationMs * 0.85);
      const { killed } = await run(s, at);
      if (killed) tally.kills++;
      else tally.finished++;
      try {
        const { state, recovered } = await reopen(s);
        if (recovered) tally.recovered++;
        if (state === null) tally.wrong.push(`${s.mode} killed at ${at} ms`);
        else tally[state]++;
      } catch (error) {
        tally.refused.push(`${s.mode} killed at ${at} ms: ${(error as Error).message}`);
      }
    }
    console.log(`[crash] ${JSON.stringify({ ...tally, refused: tally.refused.length, wrong: tally.wrong.length })}`);
    expect(tally.refused).toEqual([]);
    expect(tally.wrong).toEqual([]);
    expect(tally.kills).toBeGreaterThanOrEqual(KILLS);
  }, 180_000);
});
