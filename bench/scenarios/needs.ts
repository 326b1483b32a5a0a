/**
 * Bedarfsermittlung (issue #4): stream the national 12411-02-03-5 file (~11,000 Gemeinden),
 * project every Gemeinde 30 years ahead in three scenarios and compute gaps.
 *
 * Parts (each its own process):
 * - `app`: everything below; the imports of the national file run as the app runs them: a job
 *   whose write phase is a plan job in a worker (db/jobs/planJob.ts), each run with fresh bytes
 *   as the handler decodes them (handed over to the parse worker);
 * - `baseline`: for the Kreis import a plain program: read and decode the same file, split its
 *   lines, and write the same records (parsed beforehand by the app's parser) with one prepared
 *   INSERT and their change log (one entry per inserted row, as the app writes it) with another,
 *   in one transaction. For "every record stored" the `sqlite3` CLI's `.import` of the same rows
 *   as CSV (prepared before the timing); skipped with a note where `sqlite3` is not installed.
 */
import { execFileSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { planJobWorkerReady, preparePlanJobWorker, runPlanJob } from '../../db/jobs/planJob';
import { parsePopulationFile, type PopulationImportInput } from '../../db/needs/population';
import { PlanSession } from '../../db/session';
import { formatHlc, tick, type HlcState } from '../../shared/changes/hlc';
import { GERMANY_2015_BANDS } from '../../shared/needs/ageBands';
import { defaultRateSet } from '../../shared/needs/defaultRates';
import { gaps, type Richtwert } from '../../shared/needs/gaps';
import { aggregate, project, type ProjectionResult, type ScenarioSpec } from '../../shared/needs/projection';
import { withStichtage } from '../../tests/helpers/stichtage';
import { runJob, type Scenario } from '../measure';

const root = path.resolve(import.meta.dirname, '..', '..');
const NATIONAL = path.join(root, 'tests', 'fixtures', 'needs', 'genesis_12411-02-03-5_00.csv');
const meta = { title: 'Bench', districtName: 'LK', kreisKey: '03354', periodFrom: 2026, periodTo: 2030, organisation: '', author: '' };
const mb = (n: number) => Math.round(n / 1e5) / 10;

const SCENARIOS: ScenarioSpec[] = [
  { id: 'a', name: 'Status quo', method: 'konstant', growth: {}, rateTrend: 0 },
  { id: 'b', name: 'Alterung', method: 'wachstum', growth: { '80-85': 1.5, '85-90': 2, '90+': 3, '*': -0.5 }, rateTrend: 0 },
  { id: 'c', name: 'Alterung, gesünder', method: 'wachstum', growth: { '80-85': 1.5, '85-90': 2, '90+': 3, '*': -0.5 }, rateTrend: -0.5 },
];

const IMPORT = 'needs: import national 12411-02-03-5 into a plan (streaming, only Kreis 03354 kept)';
const IMPORT_ALL = 'needs: import national 12411-02-03-5, every record stored (plan job in a worker; baseline sqlite3 .import)';
const IMPORT_MEMORY = 'needs: population import memory, national 12411-02-03-5 with 1 and with 4 Stichtage (in-thread; heap after GC, sampled while writing)';
const IMPORT_RUNS = 3;
const SQLITE3 = ['/usr/bin/sqlite3', '/usr/local/bin/sqlite3'].find((p) => fs.existsSync(p)) ?? null;

/** As the handler: bytes decoded for this call only, handed over to the parse worker. */
const importInput = (everyRegion: boolean): PopulationImportInput => ({
  source: { bytes: new Uint8Array(fs.readFileSync(NATIONAL)) },
  fileName: 'genesis_12411-02-03-5_00.csv',
  kind: 'bestand',
  options: { handOver: true, everyRegion },
});

export const parts = ['app', 'baseline'] as const;

export const run: Scenario = async (measure, dir, part) => {
  // Fresh plans for each run, made before the measurement.
  const sessions: PlanSession[] = [];
  const allSessions: PlanSession[] = [];
  for (let i = 0; i < IMPORT_RUNS; i++) sessions.push(await PlanSession.create(path.join(dir, `import-${i}.sqlite`), meta));
  for (let i = 0; i < IMPORT_RUNS; i++) allSessions.push(await PlanSession.create(path.join(dir, `all-${i}.sqlite`), meta));
  const bytes = fs.readFileSync(NATIONAL);
  if (part === 'baseline') {
    const { result } = await parsePopulationFile({ path: NATIONAL }, 'national.csv', '03354');
    await measure.baseline(IMPORT, IMPORT_RUNS, async (i) => ({ rows: baselineImport(sessions[i]!, bytes, result.records) }));
    for (const s of sessions) s.close();
    const files = allSessions.map((s) => s.realPath);
    for (const s of allSessions) s.close();
    if (!SQLITE3) {
      console.log(JSON.stringify({ scenario: IMPORT_ALL, note: 'baseline skipped: the sqlite3 CLI is not installed (apt-get install sqlite3)' }));
      return;
    }
    const csv = path.join(dir, 'rows.csv');
    const rows = await writeRowsCsv(csv);
    await measure.baseline(IMPORT_ALL, IMPORT_RUNS, async (i) => {
      execFileSync(SQLITE3, [files[i]!, '.mode csv', `.import ${csv} population_row`]);
      return { rows };
    });
    return;
  }

  await measure('needs: stream national 12411-02-03-5 (all Gemeinden kept)', 3, async () => {
    const { result } = await parsePopulationFile({ path: NATIONAL }, 'national.csv', null);
    return { gemeinden: result.records.filter((r) => r.level === 'gemeinde' && r.sex === 'insgesamt').length, lines: result.linesRead };
  });

  // As db/sessions.ts does on opening a plan: the job's worker is started ahead. The app starts
  // the next one 2 s after a job; the runs follow each other at once, so each waits for its
  // worker first, outside its time, as a planner's import with the plan open for a while would.
  const workerAhead = async () => {
    preparePlanJobWorker();
    await planJobWorkerReady();
  };
  await measure.app(
    IMPORT,
    IMPORT_RUNS,
    async (i) => {
      const heapBefore = process.memoryUsage().heapUsed;
      const r = await runJob('needs.population.commit', (job) => runPlanJob(sessions[i]!, 'needs.population.import', importInput(false), job));
      return { rows: r.rows, heap_growth_mb: mb(process.memoryUsage().heapUsed - heapBefore) };
    },
    { job: true, before: workerAhead },
  );
  for (const s of sessions) s.close();
  await measure.app(
    IMPORT_ALL,
    IMPORT_RUNS,
    async (i) => {
      const r = await runJob('needs.population.commit', (job) => runPlanJob(allSessions[i]!, 'needs.population.import', importInput(true), job));
      return { rows: r.rows };
    },
    { job: true, before: workerAhead, check: () => ({ rows_stored: (allSessions[0]!.sqlite.prepare('SELECT count(*) AS n FROM population_row WHERE deleted_at IS NULL').get() as { n: number }).n }) },
  );
  for (const s of allSessions) s.close();

  // Memory flat in file size (issue #11): the same import of the national file with 1 and with
  // 4 Stichtage (4× the records), run in this thread so that its heap can be read while it
  // writes: every 8th progress step after a full GC (the memory the import holds, not garbage
  // waiting for the collector), the most of these minus the heap before.
  await measure(IMPORT_MEMORY, 1, async () => {
    const figures: Record<string, number> = {};
    const gc = globalThis.gc ?? (() => {});
    for (const years of [1, 4]) {
      const session = await PlanSession.create(path.join(dir, `memory-${years}.sqlite`), meta);
      const input = { ...importInput(true), source: { bytes: new Uint8Array(Buffer.from(withStichtage(bytes.toString('utf8'), years))) } };
      gc();
      const before = process.memoryUsage().heapUsed;
      let held = Number.NEGATIVE_INFINITY;
      let steps = 0;
      const sample = () => {
        if (++steps % 8 !== 0) return;
        gc();
        held = Math.max(held, process.memoryUsage().heapUsed - before);
      };
      const r = await runJob('needs.population.commit', (job) => runPlanJob(session, 'needs.population.import', input, { ...job, progress: (done, total, message) => (sample(), job.progress(done, total, message)) }, { inProcess: true }));
      figures[`records_${years}x`] = r.rows;
      figures[`file_${years}x_mb`] = mb(input.source.bytes.length);
      figures[`heap_held_${years}x_mb`] = mb(held);
      figures[`heap_samples_${years}x`] = Math.floor(steps / 8);
      session.close();
    }
    return figures;
  });

  const { result } = await parsePopulationFile({ path: NATIONAL }, 'national.csv', null);
  const base: Record<string, Record<string, number>> = {};
  for (const r of result.records) {
    if (r.level !== 'gemeinde' || r.sex !== 'insgesamt' || r.year !== 2015) continue;
    const bands: Record<string, number> = {};
    for (const [k, v] of Object.entries(r.bands)) if (v !== null) bands[k] = v;
    base[r.key] = bands;
  }
  const rateSet = defaultRateSet();
  let projections: ProjectionResult[] = [];
  await measure('needs: project all Gemeinden 30 years × 3 scenarios', 3, async () => {
    projections = [];
    projections = SCENARIOS.map((scenario) => project({ baseYear: 2015, endYear: 2045, base, reference: GERMANY_2015_BANDS, referenceLabel: 'Deutschland 2015', rateSet, scenario }));
    return { gemeinden: Object.keys(base).length, rows: projections.reduce((a, p) => a + p.rows.length, 0) };
  });

  const heim: Richtwert = { id: 'r', offerType: 'vollstationaer', label: 'Heimplätze', basis: { kind: 'faelle', setting: 'vollstationaer', share: 1, occupancy: 0.95 } };
  const tp: Richtwert = { id: 't', offerType: 'tagespflege', label: 'Tagespflege', basis: { kind: 'einwohner', minAge: 65, per: 1000, value: 3 } };
  await measure('needs: gaps (2 Richtwerte) for all Gemeinden, Kreise, years, scenarios', 3, async () => {
    let n = 0;
    for (const p of projections) {
      const rows = [...p.rows.map((r) => ({ key: r.ags, year: r.year, population: r.population, need: r.need })), ...aggregate(p.rows, (ags) => [ags.slice(0, 5)])];
      n += gaps(heim, rows, () => 0).length + gaps(tp, rows, () => 0).length;
    }
    return { gap_rows: n };
  });
};


/** The rows the app stores for the whole file, as CSV for `sqlite3 .import` (columns in table order); returns their number. */
async function writeRowsCsv(file: string): Promise<number> {
  const { result } = await parsePopulationFile({ path: NATIONAL }, 'national.csv', null);
  const quote = (v: unknown) => (v === null ? '' : typeof v === 'string' ? `"${v.replace(/"/g, '""')}"` : String(v));
  const dataset = randomUUID();
  const now = new Date().toISOString();
  const out = fs.createWriteStream(file);
  for (const r of result.records) {
    out.write(`${[randomUUID(), dataset, r.key, r.level, r.name, r.year, r.sex, JSON.stringify(r.bands), r.total, now, now, null].map(quote).join(',')}\n`);
  }
  await new Promise((resolve, reject) => out.end((error?: Error | null) => (error ? reject(error) : resolve(null))));
  return result.records.length;
}

/** The plain program (see the header): returns the number of rows written. */
function baselineImport(session: PlanSession, bytes: Buffer, records: readonly { key: string; level: string; name: string; year: number; sex: string; bands: unknown; total: number | null }[]): number {
  const db = session.sqlite;
  const text = new TextDecoder('utf-8').decode(bytes);
  let kreisLines = 0;
  for (const line of text.split('\n')) if (line.startsWith('03354')) kreisLines++;
  if (kreisLines === 0) throw new Error('Kreis 03354 not in the file');
  const cols = ['dataset_id', 'region_key', 'level', 'name', 'year', 'sex', 'bands', 'total'] as const;
  const insert = db.prepare(`INSERT INTO population_row (id, ${cols.join(', ')}, created_at, updated_at, deleted_at) VALUES (?, ${cols.map(() => '?').join(', ')}, ?, ?, NULL)`);
  const log = db.prepare('INSERT INTO change_log (hlc, replica_id, tbl, row_id, col, old_value, new_value, op, tx_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)');
  const dataset = randomUUID();
  const tx = randomUUID();
  const now = new Date().toISOString();
  let clock: HlcState = { millis: 0, counter: 0 };
  db.transaction(() => {
    db.prepare("INSERT INTO population_dataset (id, name, kind, level, format, file_name, encoding, row_count, created_at, updated_at) VALUES (?, 'Bench', 'bestand', 'gemeinde', 'genesis', 'x.csv', 'utf-8', ?, ?, ?)").run(dataset, records.length, now, now);
    for (const r of records) {
      const id = randomUUID();
      const v = { dataset_id: dataset, region_key: r.key, level: r.level, name: r.name, year: r.year, sex: r.sex, bands: JSON.stringify(r.bands), total: r.total };
      insert.run(id, ...cols.map((c) => v[c]), now, now);
      // One entry for the whole row, as the app's change writer logs an insert.
      clock = tick(clock, Date.now());
      log.run(formatHlc(clock, session.replicaId), session.replicaId, 'population_row', id, '*', null, JSON.stringify(v), 'insert', tx);
    }
  })();
  return records.length;
}
