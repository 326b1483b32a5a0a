/**
 * Issue 11: the merge reads each batch's entries folded in SQL (newest per record and column,
 * mine split by whether their file knows them; db/sharing/mergeBatch.ts). A record edited many
 * times on both sides must still be decided as if every entry had been read: the column only
 * they changed takes their newest value, the column both changed becomes a conflict whose base
 * is the value at the share, whose "mine" hlc is my newest edit and whose "theirs" hlc is their
 * newest — also with entries of a third copy (older timestamps) between mine in my log.
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { TRACKED_TABLES } from '../../../db/schema';
import { mergePlanFile } from '../../../db/sharing/merge';
import { expectFileMatchesLog } from '../../helpers/changeLogReplay';
import { call, useTestServices } from '../../helpers/services';
import { threeCopies } from './helpers';

const t = useTestServices();

describe('merge of records edited many times on both sides', () => {
  it('decides from the newest entries and records the exact base and clocks of a conflict', async () => {
    const { services, dir } = t;
    const backupDir = path.join(dir, 'backups');
    const { files, ids, a, b, c } = await threeCopies(services, dir, 3);
    // C edits first: its edit gets an older timestamp than A's own edits below.
    await c.write(async (w) => w.update('gemeinde', ids[0]!, { name: 'Von C' }));
    await call(services, 'plan.close', {}, 'wc');

    // A: the name of Gemeinde 0 several times, lat of all; then takes C's (older) name entry in.
    for (let round = 1; round <= 4; round++) {
      await a.write(async (w) => {
        await w.update('gemeinde', ids[0]!, { name: `Von A ${round}` });
        for (const id of ids) await w.update('gemeinde', id, { lat: 50 + round });
      });
    }
    await mergePlanFile(a, files.c, { backupDir });
    const mineName = a.sqlite.prepare(`SELECT name FROM gemeinde WHERE id = ?`).get(ids[0]) as { name: string };
    // B: the name of Gemeinde 0 and lon of all, several times each.
    for (let round = 1; round <= 5; round++) {
      await b.write(async (w) => {
        await w.update('gemeinde', ids[0]!, { name: `Von B ${round}` });
        for (const id of ids) await w.update('gemeinde', id, { lon: 10 + round });
      });
    }
    await call(services, 'plan.close', {}, 'wb');

    const newestHlc = (where: string) =>
      (a.sqlite.prepare(`SELECT max(hlc) AS h FROM change_log WHERE tbl = 'gemeinde' AND row_id = ? AND col = 'name' AND ${where}`).get(ids[0]) as { h: string }).h;
    // My newest change of the name that B has not seen (mine, C's, and the entry stating mine after C's conflict).
    const myNewest = newestHlc('1');
    const result = await mergePlanFile(a, files.b, { backupDir });
    expect(result.conflicts).toBe(1);
    // Only they changed lon: their newest value everywhere; only I changed lat: mine stays.
    const rows = a.sqlite.prepare('SELECT id, name, lat, lon FROM gemeinde ORDER BY ags').all() as { id: string; name: string; lat: number; lon: number }[];
    expect(rows.map((r) => [r.lat, r.lon])).toEqual([
      [54, 15],
      [54, 15],
      [54, 15],
    ]);
    expect(rows[0]!.name).toBe(mineName.name);

    // The conflict: base = the name at the share, my newest edit's clock, their newest.
    const conflict = a.sqlite
      .prepare(`SELECT kind, col, base_value, mine_value, theirs_value, mine_hlc, theirs_hlc FROM merge_conflict WHERE merge_id = ?`)
      .get(result.mergeId) as Record<string, string>;
    expect(conflict).toMatchObject({ kind: 'field', col: 'name', base_value: JSON.stringify('Gemeinde 0'), mine_value: JSON.stringify(mineName.name), theirs_value: JSON.stringify('Von B 5') });
    expect(conflict.mine_hlc).toBe(myNewest);
    expect(conflict.theirs_hlc).toBe(newestHlc(`tx_id = '${result.mergeId}'`));
    // The log still rebuilds the live data (my kept name is stated by a newer local entry).
    expect(expectFileMatchesLog(a.sqlite, TRACKED_TABLES)).toBeGreaterThan(0);
  });
});
