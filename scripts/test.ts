/**
 * `npm test`: every check a change must pass, in order: type check, lint (incl. the layering
 * check), unit and integration tests (vitest), end-to-end tests in Chromium (Playwright).
 * Prints one closing summary line "N passed, M failed".
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');
const reports = fs.mkdtempSync(path.join(os.tmpdir(), 'psp-test-report-'));

function run(label: string, command: string, args: string[], env: Record<string, string> = {}): boolean {
  console.log(`\n=== ${label} ===`);
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit', env: { ...process.env, ...env } });
  return result.status === 0;
}

const bin = (name: string) => path.join(root, 'node_modules', '.bin', name);
const steps: Array<[string, () => boolean]> = [
  ['Typprüfung (tsc)', () => run('Typprüfung (tsc)', bin('tsc'), ['-p', 'tsconfig.json', '--noEmit'])],
  ['Lint und Schichtenprüfung', () => run('Lint (eslint) und Schichtenprüfung', 'npm', ['run', '--silent', 'lint'])],
  ['Unit- und Integrationstests', () => run('Unit- und Integrationstests (vitest)', bin('vitest'), ['run', '--reporter=default', '--reporter=json', `--outputFile.json=${path.join(reports, 'vitest.json')}`])],
  ['End-to-End-Tests', () => run('End-to-End-Tests (Playwright, Chromium)', 'npm', ['run', '--silent', 'test:e2e'], { PSP_E2E_REPORT: path.join(reports, 'e2e.json') })],
];

const failedSteps: string[] = [];
for (const [label, step] of steps) if (!step()) failedSteps.push(label);

let passed = 0;
let failed = 0;
try {
  const vitest = JSON.parse(fs.readFileSync(path.join(reports, 'vitest.json'), 'utf8')) as { numPassedTests: number; numFailedTests: number };
  passed += vitest.numPassedTests;
  failed += vitest.numFailedTests;
} catch {
  /* vitest did not get to write its report; the failed step says so */
}
try {
  const e2e = JSON.parse(fs.readFileSync(path.join(reports, 'e2e.json'), 'utf8')) as { stats: { expected: number; unexpected: number; flaky: number } };
  passed += e2e.stats.expected + e2e.stats.flaky;
  failed += e2e.stats.unexpected;
} catch {
  /* see above */
}
fs.rmSync(reports, { recursive: true, force: true });

console.log('');
if (failedSteps.length > 0) console.log(`Fehlgeschlagen: ${failedSteps.join(', ')}`);
console.log(`${passed} passed, ${failed + (failedSteps.length > 0 && failed === 0 ? failedSteps.length : 0)} failed`);
process.exit(failedSteps.length > 0 ? 1 : 0);
