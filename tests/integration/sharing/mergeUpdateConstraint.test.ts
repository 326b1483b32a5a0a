/**
 * A merge's update of a record both files have that breaks a constraint (the live AGS is
 * unique): that record becomes a conflict and keeps my value, the other records of its batch
 * are taken over, each with its undo record, and the log still rebuilds the live data (the kept
 * value is stated by a newer local entry).
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { mergePlanFile } from '../../../db/sharing/merge';
import { TRACKED_TABLES } from '../../../db/schema';
import { expectFileMatchesLog } from '../../helpers/changeLogReplay';
import { call, useTestServices } from '../../helpers/services';
import { META } from './helpers';

const t = useTestServices();

describe('a merged update that breaks a constraint', () => {
  it('becomes a conflict, and the other updates of the batch are taken over', async () => {
    const { services, dir } = t;
    const files = { a: path.join(dir, 'a.sqlite'), b: path.join(dir, 'b.sqlite') };
    await call(services, 'plan.create', { path: files.a, meta: META }, 'wa');
    const ids: string[] = [];
    for (let i = 1; i <= 5; i++) ids.push((await call(services, 'district.gemeinden.create', { ags: `0335400${i}`, name: `Gemeinde ${i}` }, 'wa')).id);
    await call(services, 'sharing.share', { path: files.b, withoutPersonalData: false }, 'wa');
    await call(services, 'plan.open', { path: files.b }, 'wb');

    // Mine: Gemeinde 1 takes the AGS 03354099. Theirs: Gemeinde 2 takes the same one (the live
    // AGS is unique), 3 and 4 other new ones, 5 a new name.
    const a = services.sessions.require('wa');
    const b = services.sessions.require('wb');
    await a.write(async (w) => w.update('gemeinde', ids[0]!, { ags: '03354099' }));
    await b.write(async (w) => {
      await w.update('gemeinde', ids[1]!, { ags: '03354099' });
      await w.update('gemeinde', ids[2]!, { ags: '03354097' });
      await w.update('gemeinde', ids[3]!, { ags: '03354098' });
      await w.update('gemeinde', ids[4]!, { name: 'Neuer Name' });
    });
    await call(services, 'plan.close', {}, 'wb');

    const result = await mergePlanFile(a, files.b, { backupDir: path.join(dir, 'backups') });
    const rows = a.sqlite.prepare('SELECT id, ags, name FROM gemeinde').all() as { id: string; ags: string; name: string }[];
    const byId = new Map(rows.map((r) => [r.id, r]));
    expect(ids.map((id) => byId.get(id)!.ags)).toEqual(['03354099', '03354002', '03354097', '03354098', '03354005']);
    expect(byId.get(ids[4]!)!.name).toBe('Neuer Name');

    const conflicts = a.sqlite.prepare('SELECT kind, row_id, col, mine_value, theirs_value FROM merge_conflict WHERE merge_id = ?').all(result.mergeId);
    expect(conflicts).toEqual([{ kind: 'duplicate', row_id: ids[1], col: 'ags', mine_value: JSON.stringify('03354002'), theirs_value: JSON.stringify('03354099') }]);
    const changes = a.sqlite.prepare('SELECT row_id, col, before_value, after_value FROM merge_change WHERE merge_id = ? ORDER BY row_id, col').all(result.mergeId);
    expect(changes).toEqual(
      [
        { row_id: ids[2], col: 'ags', before_value: JSON.stringify('03354003'), after_value: JSON.stringify('03354097') },
        { row_id: ids[3], col: 'ags', before_value: JSON.stringify('03354004'), after_value: JSON.stringify('03354098') },
        { row_id: ids[4], col: 'name', before_value: JSON.stringify('Gemeinde 5'), after_value: JSON.stringify('Neuer Name') },
      ].sort((x, y) => x.row_id!.localeCompare(y.row_id!)),
    );
    expect(result.applied).toBe(3);
    // The kept AGS of Gemeinde 2 is stated by a newer entry: the log rebuilds the live data.
    expect(expectFileMatchesLog(a.sqlite, TRACKED_TABLES)).toBeGreaterThan(0);
  });
});
