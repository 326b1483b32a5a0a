/**
 * `npm run bench [-- name …]`: runs every scenario file in bench/scenarios (or those named),
 * each in its own Node process (each of its `parts` in its own), one after the other, and
 * prints one JSON line per measurement. A comparison (`measure.app` / `measure.baseline` of the
 * same name) becomes one line: app_ms, baseline_ms, ratio, the peak RSS of each side and, for
 * jobs, the host's longest event-loop pause. Each feature adds its own file to bench/scenarios.
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import readline from 'node:readline';
import { pathToFileURL } from 'node:url';

const root = path.resolve(import.meta.dirname, '..');
const scenarioDir = path.join(import.meta.dirname, 'scenarios');
const wanted = process.argv.slice(2);
const names = fs
  .readdirSync(scenarioDir)
  .filter((f) => f.endsWith('.ts'))
  .map((f) => path.basename(f, '.ts'))
  .filter((n) => wanted.length === 0 || wanted.includes(n))
  .sort();

if (Number(process.versions.node.split('.')[0]) < 22) console.error(`Warnung: Node ${process.version}; die Messungen gelten für Node 22 (npm run bench).`);

type Line = Record<string, unknown> & { scenario?: string; role?: 'app' | 'baseline' };
const pending = new Map<string, { app?: Line; baseline?: Line }>();
let failed = false;

/** Joins the two sides of a comparison into one line once both are there. */
function emit(line: Line): void {
  if (!line.role || !line.scenario) {
    console.log(JSON.stringify(line));
    return;
  }
  const pair = pending.get(line.scenario) ?? {};
  pair[line.role] = line;
  pending.set(line.scenario, pair);
  if (pair.app && pair.baseline) {
    pending.delete(line.scenario);
    console.log(JSON.stringify(joined(line.scenario, pair.app, pair.baseline)));
  }
}

function joined(scenario: string, app: Line, baseline?: Line): Record<string, unknown> {
  const pick = (l: Line, prefix: string) =>
    Object.fromEntries(Object.entries(l).filter(([k, v]) => v !== undefined && !['scenario', 'role', 'median_ms', 'min_ms', 'max_ms', 'runs'].includes(k)).map(([k, v]) => [`${prefix}${k}`, v]));
  const appMs = app.median_ms as number;
  const baseMs = baseline?.median_ms as number | undefined;
  return {
    scenario,
    app_ms: appMs,
    baseline_ms: baseMs ?? null,
    ratio: baseMs ? Math.round((appMs / baseMs) * 100) / 100 : null,
    peak_rss_mb: app.peak_rss_mb,
    baseline_peak_rss_mb: baseline?.peak_rss_mb ?? null,
    ...(app.max_event_loop_pause_ms !== undefined ? { max_event_loop_pause_ms: app.max_event_loop_pause_ms } : {}),
    runs: app.runs,
    ...pick({ ...app, peak_rss_mb: undefined, max_event_loop_pause_ms: undefined }, ''),
    ...(baseline ? pick({ ...baseline, peak_rss_mb: undefined }, 'baseline_') : {}),
  };
}

function runChild(name: string, part: string | undefined): Promise<void> {
  return new Promise((resolve) => {
    const args = ['--expose-gc', '--import', 'tsx', path.join(import.meta.dirname, 'child.ts'), name, ...(part ? [part] : [])];
    const child = spawn(process.execPath, args, { cwd: root, stdio: ['ignore', 'pipe', 'inherit'] });
    readline.createInterface({ input: child.stdout }).on('line', (text) => {
      let line: Line;
      try {
        line = JSON.parse(text) as Line;
      } catch {
        console.error(text);
        return;
      }
      emit(line);
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
  for (const part of mod.parts ?? [undefined]) await runChild(name, part);
}
for (const [scenario, pair] of pending) console.log(JSON.stringify(pair.app ? joined(scenario, pair.app) : pair.baseline));
process.exitCode = failed ? 1 : 0;
