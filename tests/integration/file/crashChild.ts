/**
 * Run by crash.test.ts in a child process (bundled by esbuild, so a start takes a fraction of a
 * second) and killed with SIGKILL at a random moment: an import, a merge or a migration
 * (opening an older plan) of a real file. Prints "loaded" before opening the plan (a migration
 * happens while opening), "opened" once it is open and "done" when the work has committed.
 */
import fs from 'node:fs';
import { PlanSession } from '../../../db/session';
import { mergePlanFile } from '../../../db/sharing/merge';
import { commitStockImport } from '../../../db/stock/importFile';

async function main(): Promise<void> {
  const [mode, plan, backupDir, input] = process.argv.slice(2) as [string, string, string, string | undefined];
  process.stdout.write('loaded\n');
  const session = await PlanSession.open(plan, { backupDir });
  process.stdout.write('opened\n');
  // A tiny page cache makes SQLite write pages into the file before the commit, as a 50,000-row
  // import does with the default cache: a kill then leaves a hot journal, the case under test.
  session.sqlite.pragma('cache_size = 20');
  if (mode === 'import') {
    const contentBase64 = fs.readFileSync(input!).toString('base64');
    await commitStockImport(session, { register: 'angebote', fileName: 'angebote.csv', contentBase64, mapping: null });
  } else if (mode === 'merge') {
    await mergePlanFile(session, input!, { backupDir });
  }
  session.close();
  process.stdout.write('done\n');
}

void main();
