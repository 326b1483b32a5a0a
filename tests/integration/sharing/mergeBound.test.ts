/**
 * Issue 13: a merge reads only what the other copy's log gained since the last exchange with it
 * (exchange.their_last_seq / last_hlc), not the whole log again — and still misses nothing, also
 * entries a third copy passed on with older timestamps.
 */
import { randomUUID } from 'node:crypto';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { mergePlanFile } from '../../../db/sharing/merge';
import { appendSql, foldSelect, SINCE_PARTS, THEIRS } from '../../../db/sharing/mergeFold';
import { TRACKED_TABLES } from '../../../db/schema';
import { expectFileMatchesLog } from '../../helpers/changeLogReplay';
import { call, useTestServices } from '../../helpers/services';
import { META } from './helpers';

const t = useTestServices();
const GEMEINDEN = 3000;

describe('merge reads only what is new', () => {
  it('reads only the entries added since the last exchange, on a big plan, and misses none passed on by a third copy', async () => {
    const { services, dir } = t;
    const files = { a: path.join(dir, 'a.sqlite'), b: path.join(dir, 'b.sqlite'), c: path.join(dir, 'c.sqlite') };
    await call(services, 'plan.create', { path: files.a, meta: META }, 'wa');
    const a = services.sessions.require('wa');
    const ids: string[] = [];
    await a.write(async (w) => {
      for (let i = 0; i < GEMEINDEN; i++) {
        ids.push(randomUUID());
        await w.insert('gemeinde', { id: ids[i]!, ags: `0335${String(i).padStart(4, '0')}`, name: `Gemeinde ${i}`, kind: 'gemeinde', lat: null, lon: null, geometry: null });
      }
    });
    await call(services, 'sharing.share', { path: files.b, withoutPersonalData: false }, 'wa');
    await call(services, 'sharing.share', { path: files.c, withoutPersonalData: false }, 'wa');
    await call(services, 'plan.open', { path: files.b }, 'wb');
    await call(services, 'plan.open', { path: files.c }, 'wc');
    const rename = (i: number, name: string, w: string) =>
      call(services, 'district.gemeinden.update', { id: ids[i]!, values: { ags: `0335${String(i).padStart(4, '0')}`, name, kind: 'gemeinde', lat: null, lon: null } }, w);
    const backupDir = path.join(dir, 'backups');
    const logSize = (w: string) => (services.sessions.require(w).sqlite.prepare('SELECT count(*) AS n FROM change_log').get() as { n: number }).n;
    expect(logSize('wb')).toBeGreaterThan(GEMEINDEN);

    // C edits first (older timestamps), B later; A merges B.
    await rename(7, 'Von C', 'wc');
    await rename(1, 'Von B 1', 'wb');
    await rename(2, 'Von B 2', 'wb');
    const first = await mergePlanFile(a, files.b, { backupDir });
    expect(first).toMatchObject({ received: 2, read: 2 });

    // B takes C's edit over (an entry older than what A read from B last time), and edits again.
    await call(services, 'plan.close', {}, 'wc');
    expect((await mergePlanFile(services.sessions.require('wb'), files.c, { backupDir })).received).toBe(1);
    await rename(3, 'Von B 3', 'wb');
    const second = await mergePlanFile(a, files.b, { backupDir });
    // Only what B's log gained since: C's entry and B's new one — not the thousands before.
    expect(second).toMatchObject({ received: 2, read: 2 });
    const names = a.sqlite.prepare('SELECT name FROM gemeinde WHERE id IN (?, ?, ?, ?) ORDER BY ags').all(ids[1], ids[2], ids[3], ids[7]);
    expect(names).toEqual([{ name: 'Von B 1' }, { name: 'Von B 2' }, { name: 'Von B 3' }, { name: 'Von C' }]);

    // Nothing new: nothing read.
    expect(await mergePlanFile(a, files.b, { backupDir })).toMatchObject({ received: 0, read: 0 });
    await rename(4, 'Von B 4', 'wb');
    expect(await mergePlanFile(a, files.b, { backupDir })).toMatchObject({ received: 1, read: 1 });
    expectFileMatchesLog(a.sqlite, TRACKED_TABLES);

    // How SQLite reads it (issue 11): their log by seq past the exchange, and by hlc for a restored
    // copy — never all of it (as one OR, it scanned their whole row index: 75 ms for a hundred
    // entries on a log of 111,000); and the append without first copying what it appends into a
    // scratch table (it did while it asked my log, the table it writes, in the same statement).
    a.sqlite.prepare(`ATTACH DATABASE ? AS ${THEIRS}`).run(files.b);
    try {
      const params = { sinceSeq: 0, sinceHlc: null, myNewest: null, mergeId: randomUUID() };
      for (const newHere of ['', 'AND t.seq NOT IN (SELECT seq FROM temp.sharing_known)']) {
        if (newHere) a.sqlite.exec('CREATE TEMP TABLE IF NOT EXISTS sharing_known (seq INTEGER PRIMARY KEY)');
        const plan = (a.sqlite.prepare(`EXPLAIN QUERY PLAN ${foldSelect(newHere)}`).all(params) as { detail: string }[]).map((r) => r.detail);
        expect(plan).toContain('SEARCH t USING INTEGER PRIMARY KEY (rowid>?)');
        expect(plan).toContain('SEARCH t USING INDEX change_log_hlc (hlc>?)');
        expect(plan.filter((d) => /^SCAN t\b/.test(d))).toEqual([]);
        for (const part of SINCE_PARTS) {
          const program = a.sqlite.prepare(`EXPLAIN ${appendSql(part, newHere)}`).all(params) as { opcode: string; p4: unknown }[];
          // An ephemeral table of nine columns would hold the rows to append; the one-column one, `NOT IN`'s seqs.
          expect(program.filter((op) => op.opcode === 'OpenEphemeral' && op.p4 === null)).toEqual([]);
        }
      }
    } finally {
      a.sqlite.exec('DROP TABLE IF EXISTS temp.sharing_known');
      a.sqlite.exec(`DETACH DATABASE ${THEIRS}`);
    }
  });
});
