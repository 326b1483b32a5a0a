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
// A tiny page cache makes SQLite write pages into the file before the commit, as a 50,000-row
// import does with the default cache: a kill then leaves a hot journal, the case under test.
session.sqlite.pragma('cache_size = 20');
if (mode === 'import') {
  const contentBase64 = fs.readFileSync(input!).toString('base64');
  await (work as typeof import('../../../db/stock/importFile').commitStockImport)(session, { register: 'angebote', fileName: 'angebote.csv', contentBase64, mapping: null });
} else if (mode === 'merge') {
  await (work as typeof import('../../../db/sharing/merge').mergePlanFile)(session, input!, { backupDir });
}
session.close();
process.stdout.write('done\n');
