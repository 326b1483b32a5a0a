/**
 * `npm run bench [-- [--rounds N] name …]`: runs every scenario file in bench/scenarios (or those
 * named), each in its own Node process (each of its `parts` in its own), one after the other,
 * and prints one JSON line per measurement.
 *
 * A comparison (`measure.app` / `measure.baseline` of the same name) becomes one line: app_ms,
 * baseline_ms, ratio (wall time), app_cpu_ms, baseline_cpu_ms, cpu_ratio (CPU time, steadier on a
 * shared machine), the peak RSS of each side's process and, for jobs, the host's longest
 * event-loop pause. The parts of a file run `--rounds N` times alternately (app, baseline,
 * app, …; by default 3) and each figure is the median over the rounds: on a shared 2-core
 * machine a single round of the merge varied by ±10 %, more than some goals' margins.
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import readline from 'node:readline';
import { pathToFileURL } from 'node:url';
import { buildWorkers } from '../scripts/workerBundles';
import { buildScenarioHost } from './hostBundle';
import { judgeGoals } from './goals';

const root = path.resolve(import.meta.dirname, '..');
const scenarioDir = path.join(import.meta.dirname, 'scenarios');
const args = process.argv.slice(2);
const roundsAt = args.indexOf('--rounds');
const rounds = roundsAt >= 0 ? Math.max(1, Number(args.splice(roundsAt, 2)[1]) || 1) : 3;
const names = fs
  .readdirSync(scenarioDir)
  .filter((f) => f.endsWith('.ts'))
  .map((f) => path.basename(f, '.ts'))
  .filter((n) => args.length === 0 || args.includes(n))
  .sort();

if (Number(process.versions.node.split('.')[0]) < 22) console.error(`Warnung: Node ${process.version}; die Messungen gelten für Node 22 (npm run bench).`);

// The workers as the app ships them, bundled (bench/child.ts starts them from here): under tsx
// each worker start would compile the sources in its new thread, which the app never does.
// Under node_modules, from where the bundles find better-sqlite3.
const workerDir = path.join(root, 'node_modules', '.cache', 'psp-bench-workers');
await buildWorkers(root, workerDir, { sourcemap: false, logLevel: 'warning' });
// The scenario processes run bundled too, as the app's host does: not under tsx (bench/hostBundle.ts).
const childScript = await buildScenarioHost(root, path.join(root, 'node_modules', '.cache', 'psp-bench-host'), names);

type Line = Record<string, unknown> & { scenario?: string; role?: 'app' | 'baseline' };
let failed = false;
/** Every printed measurement, for the goals at the end. */
const printed: Line[] = [];
const emit = (line: Line) => {
  printed.push(line);
  console.log(JSON.stringify(line));
};

const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
};
const num = (lines: Line[], key: string): number | null => {
  const xs = lines.map((l) => l[key]).filter((v): v is number => typeof v === 'number');
  return xs.length ? median(xs) : null;
};
const ratio = (a: number | null, b: number | null) => (a !== null && b ? Math.round((a / b) * 100) / 100 : null);

/** One line for a comparison: medians over the rounds; the extras of the last round. */
function joined(scenario: string, app: Line[], baseline: Line[]): Record<string, unknown> {
  const skip = new Set(['scenario', 'role', 'runs', 'median_ms', 'min_ms', 'max_ms', 'cpu_ms', 'peak_rss_mb', 'max_event_loop_pause_ms']);
  const extras = (l: Line | undefined, prefix: string) => Object.fromEntries(Object.entries(l ?? {}).filter(([k, v]) => v !== undefined && !skip.has(k)).map(([k, v]) => [`${prefix}${k}`, v]));
  const appMs = num(app, 'median_ms');
  const baseMs = num(baseline, 'median_ms');
  const appCpu = num(app, 'cpu_ms');
  const baseCpu = num(baseline, 'cpu_ms');
  const pause = num(app, 'max_event_loop_pause_ms');
  return {
    scenario,
    app_ms: appMs,
    baseline_ms: baseMs,
    ratio: ratio(appMs, baseMs),
    app_cpu_ms: appCpu,
    baseline_cpu_ms: baseCpu,
    cpu_ratio: ratio(appCpu, baseCpu),
    peak_rss_mb: num(app, 'peak_rss_mb'),
    baseline_peak_rss_mb: num(baseline, 'peak_rss_mb'),
    ...(pause !== null ? { max_event_loop_pause_ms: pause } : {}),
    runs: app[0]?.runs ?? baseline[0]?.runs,
    rounds: Math.max(app.length, baseline.length),
    ...extras(app.at(-1), ''),
    ...extras(baseline.at(-1), 'baseline_'),
  };
}

function runChild(name: string, part: string | undefined, onLine: (line: Line) => void): Promise<void> {
  return new Promise((resolve) => {
    const argv = ['--expose-gc', childScript, name, ...(part ? [part] : [])];
    const child = spawn(process.execPath, argv, { cwd: root, stdio: ['ignore', 'pipe', 'inherit'], env: { ...process.env, PSP_BENCH_WORKERS: workerDir } });
    readline.createInterface({ input: child.stdout }).on('line', (text) => {
      try {
        onLine(JSON.parse(text) as Line);
      } catch {
        console.error(text);
      }
    });
    child.on('close', (code) => {
      if (code !== 0) {
        failed = true;
        console.log(JSON.stringify({ process: part ? `${name}#${part}` : name, error: `exit code ${code}` }));
      }
      resolve();
    });
  });
}

for (const name of names) {
  const mod = (await import(pathToFileURL(path.join(scenarioDir, `${name}.ts`)).href)) as { parts?: readonly string[] };
  const compared = new Map<string, { app: Line[]; baseline: Line[] }>();
  const onLine = (line: Line) => {
    if (!line.role || !line.scenario) return emit(line);
    const pair = compared.get(line.scenario) ?? { app: [], baseline: [] };
    pair[line.role].push(line);
    compared.set(line.scenario, pair);
  };
  for (let round = 0; round < (mod.parts ? rounds : 1); round++) {
    for (const part of mod.parts ?? [undefined]) await runChild(name, part, onLine);
  }
  for (const [scenario, pair] of compared) emit(joined(scenario, pair.app, pair.baseline));
}
const goals = judgeGoals(printed);
// With scenarios named, only their goals; with all, every goal (an unmeasured one shows null).
for (const g of goals) if (args.length === 0 || g.holds !== null) console.log(JSON.stringify(g));
const measured = goals.filter((g) => g.holds !== null);
console.log(JSON.stringify({ goals_held: measured.filter((g) => g.holds).length, goals_measured: measured.length, goals: goals.length }));
process.exitCode = failed ? 1 : 0;
