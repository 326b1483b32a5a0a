/**
 * Run by crash.test.ts in a child process (node --import tsx), and killed with SIGKILL at a
 * random moment: an import, a merge or a migration (opening an older plan) of a real file.
 * Prints "loaded" before opening the plan (a migration happens while opening), "opened" once
 * it is open and "done" when the work has committed. Modules are loaded per mode, so the
 * start-up before the interesting part stays short.
 */
import fs from 'node:fs';

const [mode, plan, backupDir, input] = process.argv.slice(2) as [string, string, string, string | undefined];
const { PlanSession } = await import('../../../db/session');
const work =
  mode === 'import' ? (await import('../../../db/stock/importFile')).commitStockImport : mode === 'merge' ? (await import('../../../db/sharing/merge')).mergePlanFile : null;
process.stdout.write('loaded\n');
const session = await PlanSession.open(plan, { backupDir });
process.stdout.write('opened\n');
if (mode === 'import') {
  const contentBase64 = fs.readFileSync(input!).toString('base64');
  await (work as typeof import('../../../db/stock/importFile').commitStockImport)(session, { register: 'angebote', fileName: 'angebote.csv', contentBase64, mapping: null });
} else if (mode === 'merge') {
  await (work as typeof import('../../../db/sharing/merge').mergePlanFile)(session, input!, { backupDir });
}
session.close();
process.stdout.write('done\n');
