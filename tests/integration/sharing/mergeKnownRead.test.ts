/**
 * Issue 11: a merge counts what it read of the other log from what it stored (entries new here)
 * and what it found known here, instead of reading their log once more. Their newest entry read
 * may be one my log has already (passed on by a third copy): the exchange must still remember
 * it, as the next merge of that copy reads by it.
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { mergePlanFile } from '../../../db/sharing/merge';
import { call, useTestServices } from '../../helpers/services';
import { count, threeCopies } from './helpers';

const t = useTestServices();
const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('what a merge read of the other log', () => {
  it('counts entries known here, and remembers the newest read even when it is one of them', async () => {
    const { services, dir } = t;
    const { files, ids, a, b, c } = await threeCopies(services, dir, 2);
    const rename = (i: number, name: string, w: string) =>
      call(services, 'district.gemeinden.update', { id: ids[i]!, values: { ags: `0335400${i}`, name, kind: 'gemeinde', lat: 50, lon: 10 } }, w);
    const backupDir = path.join(dir, 'backups');

    // B edits first; C later (a later clock), and both A and B receive C's edit.
    await rename(0, 'B 0', 'wb');
    await pause(5);
    await rename(1, 'C 1', 'wc');
    const fromC = (c.sqlite.prepare("SELECT hlc FROM change_log WHERE tbl = 'gemeinde' AND row_id = ? AND col = 'name'").get(ids[1]) as { hlc: string }).hlc;
    expect((await mergePlanFile(a, files.c, { backupDir })).received).toBe(1);
    expect((await mergePlanFile(b, files.c, { backupDir })).received).toBe(1);

    // A merges B: B's edit is new here, C's (B's newest) known here already.
    const merged = await mergePlanFile(a, files.b, { backupDir });
    expect(merged).toMatchObject({ received: 1, read: 2, applied: 1, conflicts: 0 });
    expect(count(a.sqlite, 'SELECT count(*) AS n FROM change_log WHERE hlc = ?', fromC)).toBe(1);
    const exchange = a.sqlite.prepare('SELECT last_hlc, their_last_seq FROM exchange WHERE replica_id = ?').get(b.replicaId) as { last_hlc: string; their_last_seq: number };
    expect(exchange.last_hlc).toBe(fromC);
    expect(exchange.their_last_seq).toBe((b.sqlite.prepare('SELECT max(seq) AS n FROM change_log').get() as { n: number }).n);

    // Nothing new the next time: both entries are read no more.
    expect(await mergePlanFile(a, files.b, { backupDir })).toMatchObject({ received: 0, read: 0 });
  });
});
