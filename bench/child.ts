/**
 * One scenario process: `node --expose-gc <bundle>/child.mjs <scenario> [part]` (bench/hostBundle.ts),
 * or `node --expose-gc --import tsx bench/child.ts …`. Started by bench/run.ts; prints the scenario's JSON lines, then one line with this process's
 * peak RSS (the kernel's maximum resident set size over the whole process).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { useBundledWorkers } from '../db/jobs/workerThread';
import { measure, processPeakRss, type Scenario } from './measure';

const [name, part] = process.argv.slice(2);
if (!name) throw new Error('usage: bench/child.ts <scenario> [part]');
// Workers start from their bundles, as in the app (bench/run.ts built them).
if (process.env.PSP_BENCH_WORKERS) useBundledWorkers(process.env.PSP_BENCH_WORKERS);
const label = part ? `${name}#${part}` : name;
const dir = fs.mkdtempSync(path.join(os.tmpdir(), `psp-bench-${label.replace('#', '-')}-`));
try {
  // Beside this script: bench/child.ts under tsx, child.mjs in the bundle bench/run.ts runs (bench/hostBundle.ts).
  const script = process.argv[1]!;
  const mod = (await import(pathToFileURL(path.join(path.dirname(script), 'scenarios', `${name}${path.extname(script)}`)).href)) as { run: Scenario };
  await mod.run(measure, dir, part);
} finally {
  fs.rmSync(dir, { recursive: true, force: true });
}
console.log(JSON.stringify({ process: label, node: process.version, process_peak_rss_mb: Math.round(processPeakRss() / 1e5) / 10 }));
