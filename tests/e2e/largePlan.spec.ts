/**
 * Issue #11 in the browser: a Kreis with many Gemeinden (Eifelkreis Bitburg-Prüm, 235) has its
 * needs analysis computed in the plan's analysis worker, and the Bedarf page receives the view
 * as the worker checked and serialised it (db/api/preparedAnswer.ts), written by the browser
 * host unread. The page shows the results, lists every Gemeinde, and follows a change of region.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { expectAccessible, watchConsole } from './a11y';
import { expect, test } from './fixtures';

const root = path.resolve(import.meta.dirname, '..', '..');

/** The plan, built by tests/helpers/largePlan.ts in a child process (Node 22 with tsx); the count printed as text (a number would come coloured). */
function eifelPlan(file: string): number {
  const helper = pathToFileURL(path.join(root, 'tests', 'helpers', 'largePlan.ts')).href;
  const code = `const { germanyPlan } = await import(${JSON.stringify(helper)}); console.log(String(await germanyPlan(${JSON.stringify(file)}, (ags) => ags.startsWith('07232'))));`;
  const out = execFileSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', code], { cwd: root, encoding: 'utf8' });
  const count = Number(out.trim().split('\n').at(-1));
  if (!Number.isInteger(count)) throw new Error(`the plan was not built: ${out}`);
  return count;
}

test('a Kreis of 235 Gemeinden: the Bedarf page shows the results computed in the analysis worker', async ({ page, startWithPlan }) => {
  test.setTimeout(180_000);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'psp-e2e-eifel-'));
  try {
    const file = path.join(dir, 'eifelkreis.sqlite');
    expect(eifelPlan(file)).toBe(235);
    const problems = watchConsole(page);
    await page.goto(await startWithPlan(file));
    await page.getByRole('link', { name: 'Bedarf', exact: true }).click();
    await expect(page.getByRole('heading', { level: 1, name: /Bedarfsermittlung/ })).toBeVisible();
    await page.getByRole('tab', { name: 'Ergebnisse' }).click();

    // While the worker computes the page may say so; then the results come.
    const compare = page.getByRole('table', { name: 'Pflegebedürftige im Kreis je Jahr und Szenario' });
    await expect(compare.getByRole('row', { name: /^2035/ })).toBeVisible({ timeout: 60_000 });
    const region = page.getByLabel('Gebiet', { exact: true });
    // The Kreis and every Gemeinde (and no Planungsbereiche in this plan).
    await expect(region.locator('option')).toHaveCount(236);
    await region.selectOption({ index: 5 });
    await expect(region).toHaveValue(/^07232/);
    await expect(page.getByRole('img', { name: /Liniendiagramm: Pflegebedürftige/ }).first()).toBeVisible();
    await expectAccessible(page, 'needs results of a large Kreis');
    expect(problems).toEqual([]);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});
