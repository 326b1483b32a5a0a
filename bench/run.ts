/**
 * `npm run bench [-- name …]`: runs every scenario file in bench/scenarios (or those named)
 * and prints one JSON line per measured scenario. Each feature adds its own file there.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { measure, type Scenario } from './measure';

const scenarioDir = path.join(import.meta.dirname, 'scenarios');
const wanted = process.argv.slice(2);
const files = fs
  .readdirSync(scenarioDir)
  .filter((f) => f.endsWith('.ts'))
  .filter((f) => wanted.length === 0 || wanted.includes(path.basename(f, '.ts')))
  .sort();

for (const file of files) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), `psp-bench-${path.basename(file, '.ts')}-`));
  try {
    const { run } = (await import(pathToFileURL(path.join(scenarioDir, file)).href)) as { run: Scenario };
    await run(measure, dir);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
