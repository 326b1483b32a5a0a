/**
 * Run by killMerge.test.ts in a child process (tsx): merges a returned file into a plan and
 * reports when it is done. The test kills it with SIGKILL while it writes.
 */
import { PlanSession } from '../../../db/session';
import { mergePlanFile } from '../../../db/sharing/merge';

const [master, returned, backupDir] = process.argv.slice(2) as [string, string, string];
const session = await PlanSession.open(master, { backupDir });
process.stdout.write('opened\n');
const result = await mergePlanFile(session, returned, { backupDir });
session.close();
process.stdout.write(`done ${JSON.stringify(result)}\n`);
