/**
 * `npm run bench`: measures the scenarios below and prints one JSON line per scenario
 * (name, milliseconds, peak RSS in MB, extra figures). Later issues add scenarios here.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createSamplePlan } from '../db/sample/createSamplePlan';
import { PlanSession } from '../db/session';
import { listGemeinden } from '../db/district/gemeinden';
import { setTask } from '../db/method/tasks';
import { allTaskIds } from '../shared/catalog';

const root = path.resolve(import.meta.dirname, '..');
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'psp-bench-'));
const meta = { title: 'Bench', districtName: 'LK', kreisKey: '03354', periodFrom: 2026, periodTo: 2030, organisation: '', author: '' };

async function measure(name: string, runs: number, fn: (i: number) => Promise<Record<string, unknown> | void>): Promise<void> {
  const times: number[] = [];
  let extra: Record<string, unknown> = {};
  let peak = process.memoryUsage().rss;
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    extra = (await fn(i)) ?? {};
    times.push(performance.now() - start);
    peak = Math.max(peak, process.memoryUsage().rss);
  }
  times.sort((a, b) => a - b);
  const median = times[Math.floor(times.length / 2)]!;
  console.log(JSON.stringify({ scenario: name, runs, median_ms: round(median), min_ms: round(times[0]!), max_ms: round(times.at(-1)!), peak_rss_mb: round(peak / 1e6), ...extra }));
}

const round = (n: number) => Math.round(n * 10) / 10;

await measure('plan.create', 10, async (i) => {
  (await PlanSession.create(path.join(dir, `create-${i}.sqlite`), meta)).close();
  return { file_kb: round(fs.statSync(path.join(dir, `create-${i}.sqlite`)).size / 1024) };
});

await measure('plan.open (validate header, quick_check, connect)', 20, async () => {
  (await PlanSession.open(path.join(dir, 'create-0.sqlite'), { backupDir: dir })).close();
});

let samplePath = '';
await measure('sample plan: build Lüchow-Dannenberg (29 Gemeinden with boundaries, 3 Planungsbereiche)', 5, async () => {
  samplePath = await createSamplePlan(path.join(dir, 'samples'), path.join(root, 'db', 'sample', 'data'));
  return { file_kb: round(fs.statSync(samplePath).size / 1024) };
});

const sample = await PlanSession.open(samplePath, { backupDir: dir });
await measure('sample plan: list Gemeinden', 50, async () => ({ rows: (await listGemeinden(sample)).length }));
const taskIds = allTaskIds();
await measure('method.setTask (one user action = one transaction with change log)', 200, async (i) => {
  await setTask(sample, { taskId: taskIds[i % taskIds.length]!, state: i % 2 ? 'erledigt' : 'in_arbeit' });
});
sample.close();

fs.rmSync(dir, { recursive: true, force: true });
