/**
 * Run by crash.test.ts in a child process (node --import tsx), and killed with SIGKILL at a
 * random moment: an import, a merge or a migration (opening an older plan) of a real file.
 * Prints "opened" once the plan is open and "done" when the work has committed.
 */
import fs from 'node:fs';
import { PlanSession } from '../../../db/session';
import { mergePlanFile } from '../../../db/sharing/merge';
import { commitStockImport } from '../../../db/stock/importFile';

const [mode, plan, backupDir, input] = process.argv.slice(2) as [string, string, string, string | undefined];
const session = await PlanSession.open(plan, { backupDir });
process.stdout.write('opened\n');
if (mode === 'import') {
  const contentBase64 = fs.readFileSync(input!).toString('base64');
  await commitStockImport(session, { register: 'angebote', fileName: 'angebote.csv', contentBase64, mapping: null });
} else if (mode === 'merge') {
  await mergePlanFile(session, input!, { backupDir });
}
session.close();
process.stdout.write('done\n');
