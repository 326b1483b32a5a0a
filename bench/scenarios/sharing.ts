/**
 * Share and merge at Germany scale: a plan with ~11,000 Gemeinden is shared; each copy then
 * gets 100,000 logged changes (new Planungsbereiche and edits of Gemeinden; a few hundred on
 * the same fields, so conflicts are recorded too), written through the change writer in a few
 * large transactions. Parts (each its own process and its own generated files):
 * - `app`: the merge as the app runs it, a plan job in a worker (time, CPU of all threads, peak
 *   memory, and the host's longest event-loop pause, i.e. how responsive the window stays);
 * - `baseline`: the set-based plain-SQL minimum of the same merge (baselineMerge below).
 */
import { execFileSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import Sqlite from 'better-sqlite3';
import { planJobWorkerReady, preparePlanJobWorker, runPlanJob } from '../../db/jobs/planJob';
import { TRACKED_TABLES } from '../../db/schema';
import { PlanSession } from '../../db/session';
import { mergePlanFile } from '../../db/sharing/merge';
import { sharePlanFile } from '../../db/sharing/share';
import { runJob, type Scenario } from '../measure';

const meta = { title: 'Bench Deutschland', districtName: 'Deutschland', kreisKey: '', periodFrom: 2026, periodTo: 2030, organisation: '', author: '' };
const GEMEINDEN = 11_000;
const CHANGES = 100_000;

/** Exactly `CHANGES` log entries: new areas (one whole-row entry each) and Gemeinde edits (1 entry each). */
async function edit(session: PlanSession, ids: string[], side: 'a' | 'b'): Promise<number> {
  const before = (session.sqlite.prepare('SELECT count(*) AS n FROM change_log').get() as { n: number }).n;
  const areas = 20_000; // 20,000 entries (an insert is one whole-row entry)
  const overlap = 300; // the same field on both sides: conflicts
  // Transactions of 10,000 writes: large, but small enough to keep the generator's memory low.
  for (let start = 0; start < areas; start += 10_000) {
    await session.write(async (w) => {
      for (let i = start; i < Math.min(areas, start + 10_000); i++) await w.insert('planning_area', { id: randomUUID(), name: `Bereich ${side} ${i}`, description: '' });
    });
  }
  // The same field on both sides (conflicts), then disjoint edits: side a edits lat, side b lon.
  const edits: [string, Record<string, unknown>][] = [];
  for (let i = 0; i < overlap; i++) edits.push([ids[i]!, { name: `Gemeinde ${i} (${side})` }]);
  for (let round = 1; edits.length < CHANGES - areas; round++) {
    for (let i = 0; i < ids.length && edits.length < CHANGES - areas; i++) edits.push([ids[i]!, side === 'a' ? { lat: 47 + round + i / 1e5 } : { lon: 6 + round + i / 1e5 }]);
  }
  for (let start = 0; start < edits.length; start += 10_000) {
    await session.write(async (w) => {
      for (const [id, patch] of edits.slice(start, start + 10_000)) await w.update('gemeinde', id, patch);
    });
  }
  return (session.sqlite.prepare('SELECT count(*) AS n FROM change_log').get() as { n: number }).n - before;
}

/** Builds master and copy with their changes; run in a child process (see below). */
async function generate(dir: string): Promise<void> {
  const master = await PlanSession.create(path.join(dir, 'sharing-master.sqlite'), meta);
  const ids: string[] = [];
  await master.write(async (w) => {
    for (let i = 0; i < GEMEINDEN; i++) {
      const id = randomUUID();
      ids.push(id);
      await w.insert('gemeinde', { id, ags: String(1_000_000 + i).padStart(8, '0'), name: `Gemeinde ${i}`, kind: 'gemeinde', lat: 50, lon: 10, geometry: null });
    }
  });
  const share = performance.now();
  const copyPath = path.join(dir, 'sharing-kopie.sqlite');
  await sharePlanFile(master, copyPath, { withoutPersonalData: true });
  const shareMs = performance.now() - share;
  const copy = await PlanSession.open(copyPath, { backupDir: dir });
  const mine = await edit(master, ids, 'a');
  const theirs = await edit(copy, ids, 'b');
  copy.close();
  master.close();
  fs.writeFileSync(path.join(dir, 'sharing-generated.json'), JSON.stringify({ mine, theirs, shareMs, fileMb: fs.statSync(copyPath).size / 1e6 }));
}

// The generator runs in its own process, so that its garbage (hundreds of thousands of
// statements of the writes) does not distort the merge's time, memory and pauses.
if (process.argv[2] === '--generate-sharing') await generate(process.argv[3]!);

export const parts = ['app', 'baseline'] as const;

const MERGE = `sharing: merge a copy with ${CHANGES} changes into a plan with ${CHANGES} own changes`;

/** What a merge leaves, for both sides: live records and log entries (conflicts keep mine in the app, so values may differ). */
function counts(sqlite: Sqlite.Database): Record<string, number> {
  const n = (sql: string) => (sqlite.prepare(sql).get() as { n: number }).n;
  return { planning_areas: n('SELECT count(*) AS n FROM planning_area'), log_entries: n('SELECT count(*) AS n FROM change_log') };
}

export const run: Scenario = async (measure, dir, part) => {
  execFileSync(process.execPath, ['--import', 'tsx', fileURLToPath(import.meta.url), '--generate-sharing', dir], { stdio: 'inherit' });
  const generated = JSON.parse(fs.readFileSync(path.join(dir, 'sharing-generated.json'), 'utf8')) as { mine: number; theirs: number; shareMs: number; fileMb: number };
  if (generated.mine !== CHANGES || generated.theirs !== CHANGES) throw new Error(`generated ${generated.mine} / ${generated.theirs} changes, not ${CHANGES}`);
  const masterPath = path.join(dir, 'sharing-master.sqlite');
  const copyPath = path.join(dir, 'sharing-kopie.sqlite');
  if (part === 'baseline') {
    const db = new Sqlite(masterPath);
    await measure.baseline(MERGE, 1, async () => baselineMerge(db, copyPath), { check: () => counts(db) });
    db.close();
    return;
  }
  console.log(JSON.stringify({ scenario: 'sharing: share a Germany-scale plan (VACUUM INTO, check, rename)', runs: 1, median_ms: Math.round(generated.shareMs), copy_mb_after_edits: Math.round(generated.fileMb * 10) / 10 }));
  const master = await PlanSession.open(masterPath, { backupDir: dir });
  // As db/sessions.ts does on opening a plan: the job's worker is started ahead.
  preparePlanJobWorker();
  await planJobWorkerReady();
  // As the app runs it: a plan job in the bundled worker (bench/run.ts) (max_event_loop_pause_ms is the host's longest pause meanwhile).
  await measure.app(
    MERGE,
    1,
    async () => {
      const r = await runJob('sharing.merge', (job) => runPlanJob(master, 'sharing.merge', { path: copyPath, backupDir: path.join(dir, 'backups') }, job));
      return { received: r.received, applied: r.applied, conflicts: r.conflicts };
    },
    { job: true, check: () => counts(master.sqlite) },
  );
  await measure('sharing: merge the same file again (nothing new)', 1, async () => {
    const r = await mergePlanFile(master, copyPath, { backupDir: path.join(dir, 'backups') });
    return { received: r.received };
  });
  master.close();
};

/**
 * The plain-SQL minimum of a merge: attach the other file; their log entries new here into a
 * temporary table; their new records inserted whole; per column the newer value by hlc
 * (last writer wins); their entries appended to the log. One transaction. No conflicts, no
 * undo bookkeeping, no backup, no checks of the other file.
 */
function baselineMerge(db: Sqlite.Database, copyPath: string): Record<string, number> {
  db.prepare('ATTACH DATABASE ? AS t').run(copyPath);
  try {
    const theirReplica = (db.prepare('SELECT id FROM t.replica ORDER BY created_at LIMIT 1').get() as { id: string }).id;
    const since = (db.prepare('SELECT their_last_seq AS n FROM exchange WHERE replica_id = ?').get(theirReplica) as { n: number | null } | undefined)?.n ?? -1;
    return db.transaction(() => {
      db.exec('DROP TABLE IF EXISTS temp.inc');
      db.prepare('CREATE TEMP TABLE inc AS SELECT * FROM t.change_log WHERE seq > ? AND hlc NOT IN (SELECT hlc FROM main.change_log)').run(since);
      db.exec('CREATE INDEX temp.inc_row ON inc (tbl, col, row_id, hlc)');
      let inserted = 0;
      let updated = 0;
      for (const table of TRACKED_TABLES) {
        inserted += db
          .prepare(`INSERT INTO main."${table}" SELECT * FROM t."${table}" WHERE id IN (SELECT row_id FROM inc WHERE tbl = ?) AND id NOT IN (SELECT id FROM main."${table}")`)
          .run(table).changes;
      }
      const columns = db.prepare("SELECT DISTINCT tbl, col FROM inc WHERE col <> '*'").all() as { tbl: string; col: string }[];
      for (const { tbl, col } of columns) {
        updated += db
          .prepare(
            `UPDATE main."${tbl}" AS m SET "${col}" = their."${col}" FROM t."${tbl}" AS their
              WHERE their.id = m.id AND m.id IN (SELECT row_id FROM inc WHERE tbl = @tbl AND col = @col)
                AND (SELECT max(hlc) FROM inc WHERE tbl = @tbl AND col = @col AND row_id = m.id)
                  > coalesce((SELECT max(hlc) FROM main.change_log c WHERE c.tbl = @tbl AND c.row_id = m.id AND c.col = @col), '')`,
          )
          .run({ tbl, col }).changes;
      }
      const logged = db
        .prepare(`INSERT INTO main.change_log (hlc, replica_id, tbl, row_id, col, old_value, new_value, op, tx_id) SELECT hlc, replica_id, tbl, row_id, col, old_value, new_value, op, 'merge' FROM inc ORDER BY hlc`)
        .run().changes;
      db.exec('DROP TABLE temp.inc');
      return { received: logged, inserted, updated };
    })();
  } finally {
    db.exec('DETACH DATABASE t');
  }
}
