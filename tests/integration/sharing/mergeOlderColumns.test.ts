/**
 * Issue 13: a column added by a migration (0013: staff_post.category, filled from the title)
 * survives the merge of an older copy. The older copy's log never mentions the column; its
 * file is migrated before the merge, so its live row holds the filled value, not the default.
 */
import { randomUUID } from 'node:crypto';
import path from 'node:path';
import Sqlite from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { MIGRATIONS } from '../../../db/migrations';
import { formatHlc } from '../../../shared/changes/hlc';
import { expectFileMatchesLog } from '../../helpers/changeLogReplay';
import { downgradeFile } from '../../helpers/olderVersion';
import { call, useTestServices } from '../../helpers/services';
import { TRACKED_TABLES } from '../../../db/schema';
import { liveValue, merge, META } from './helpers';

const t = useTestServices();
const BEFORE_CATEGORY = Object.keys(MIGRATIONS).sort().indexOf('0013_staff_category');

/** What an older build wrote: the row, and one insert entry per column (the log form before 0014). */
function createPostAsOlderBuild(file: string, id: string, title: string): void {
  const raw = new Sqlite(file);
  try {
    expect(raw.pragma('user_version', { simple: true })).toBe(BEFORE_CATEGORY);
    const replica = (raw.prepare('SELECT id FROM replica').get() as { id: string }).id;
    const now = new Date().toISOString();
    const values: Record<string, unknown> = { title, unit: 'Fachdienst Soziales', gemeinde_id: null, vze: 1, share_senioren_pflege: 1, permanent: 1, end_date: null, financing: null, note: null, is_example: 0 };
    const cols = Object.keys(values);
    raw.transaction(() => {
      raw.prepare(`INSERT INTO staff_post (id, ${cols.join(', ')}, created_at, updated_at) VALUES (?, ${cols.map(() => '?').join(', ')}, ?, ?)`).run(id, ...cols.map((c) => values[c] as never), now, now);
      const log = raw.prepare(`INSERT INTO change_log (hlc, replica_id, tbl, row_id, col, old_value, new_value, op, tx_id) VALUES (?, ?, 'staff_post', ?, ?, NULL, ?, 'insert', 'alt')`);
      cols.forEach((c, i) => log.run(formatHlc({ millis: Date.now(), counter: i }, replica), replica, id, c, JSON.stringify(values[c])));
    })();
  } finally {
    raw.close();
  }
}

describe('merging a copy of an older version', () => {
  it('keeps the values a migration filled into a column the older log never mentions', async () => {
    const master = path.join(t.dir, 'plan.sqlite');
    const copy = path.join(t.dir, 'kopie-alt.sqlite');
    await call(t.services, 'plan.create', { path: master, meta: META }, 'w1');
    await call(t.services, 'sharing.share', { path: copy, withoutPersonalData: false }, 'w1');
    await downgradeFile(copy, BEFORE_CATEGORY);
    const id = randomUUID();
    createPostAsOlderBuild(copy, id, 'Seniorenberatung Kreis');

    const result = await merge(t.services, copy, 'w1');
    expect(result.applied).toBe(1);
    const mine = t.services.sessions.require('w1').sqlite;
    expect(liveValue(mine, 'staff_post', id, 'title')).toBe('Seniorenberatung Kreis');
    expect(liveValue(mine, 'staff_post', id, 'category')).toBe('seniorenberatung');
    // The log still rebuilds the live data, the filled value included.
    expect(expectFileMatchesLog(mine, TRACKED_TABLES)).toBeGreaterThan(0);
  });
});
