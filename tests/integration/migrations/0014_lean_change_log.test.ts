/**
 * Migration 0014: a genuine file of the version before (built with downgradeFile from a plan with
 * local edits, a merge from a colleague's copy and an erasure), whose log holds one insert entry
 * per column as the writer before 0014 wrote it. After the migration every inserted row is one
 * entry (same hlc, replica, transaction), the log is the one a current file writes, and it
 * replays to exactly the same data as before.
 */
import fs from 'node:fs';
import path from 'node:path';
import type Sqlite from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { connect } from '../../../db/file/connection';
import { migrateFile } from '../../../db/file/migrate';
import { MIGRATIONS, SCHEMA_VERSION } from '../../../db/migrations';
import { TRACKED_TABLES } from '../../../db/schema';
import { expectFileMatchesLog, replayChangeLog } from '../../helpers/changeLogReplay';
import { downgradeFile } from '../../helpers/olderVersion';
import { call, useTestServices } from '../../helpers/services';
import { merge, META } from '../sharing/helpers';
import { writeEveryRegister } from '../stock/writeEveryRegister';

const t = useTestServices();
const VERSION = Object.keys(MIGRATIONS).sort().indexOf('0014_lean_change_log') + 1;
const ENTRY = 'hlc, replica_id, tbl, row_id, col, old_value, new_value, op, tx_id';
type Entry = { hlc: string; replica_id: string; tbl: string; row_id: string; col: string; old_value: string | null; new_value: string | null; op: string; tx_id: string };

const entriesOf = (sqlite: Sqlite.Database) => sqlite.prepare(`SELECT ${ENTRY} FROM change_log ORDER BY seq`).all() as Entry[];

/**
 * Rewrites the log of a downgraded file into the form before 0014: each whole-row insert becomes
 * one entry per column in column order, each with its own, later timestamp (the first keeps the
 * row's), as the old writer ticked its clock once per column.
 */
function perColumnInserts(sqlite: Sqlite.Database): void {
  const entries = entriesOf(sqlite);
  sqlite.transaction(() => {
    sqlite.exec('DELETE FROM change_log');
    const insert = sqlite.prepare(`INSERT INTO change_log (${ENTRY}) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`);
    for (const e of entries) {
      if (e.op !== 'insert' || e.col !== '*') {
        insert.run(e.hlc, e.replica_id, e.tbl, e.row_id, e.col, e.old_value, e.new_value, e.op, e.tx_id);
        continue;
      }
      Object.entries(JSON.parse(e.new_value!) as Record<string, unknown>).forEach(([col, value], i) => {
        insert.run(i === 0 ? e.hlc : `${e.hlc}.${i}`, e.replica_id, e.tbl, e.row_id, col, null, JSON.stringify(value), 'insert', e.tx_id);
      });
    }
  })();
}

describe('migration 0014_lean_change_log', () => {
  it('turns the per-column inserts of an older file into one entry per row; the log replays to the same data', async () => {
    const { services, dir } = t;
    const master = path.join(dir, 'plan.sqlite');
    const copy = path.join(dir, 'kopie.sqlite');
    await call(services, 'plan.create', { path: master, meta: META }, 'w1');
    const g = await call(services, 'district.gemeinden.create', { ags: '03354018', name: 'Lüchow', lat: 52.97, lon: 11.15 }, 'w1');
    await call(services, 'district.gemeinden.update', { id: g.id, values: { ags: '03354018', name: 'Lüchow (Wendland)', kind: 'gemeinde', lat: 52.97, lon: 11.15 } }, 'w1');
    await writeEveryRegister(services, 'w1');
    await call(services, 'sharing.share', { path: copy, withoutPersonalData: false }, 'w1');
    await call(services, 'plan.open', { path: copy }, 'w2');
    await call(services, 'district.gemeinden.create', { ags: '03354004', name: 'Dannenberg (Elbe)' }, 'w2');
    await call(services, 'district.gemeinden.update', { id: g.id, values: { ags: '03354018', name: 'Lüchow (Kollegin)', kind: 'gemeinde', lat: 52.97, lon: 11.15 } }, 'w2');
    expect((await merge(services, copy, 'w1')).received).toBeGreaterThan(0);
    const contact = (await call(services, 'stock.list', { register: 'ansprechpersonen', gemeindeId: null, limit: 1000 }, 'w1'))[0]!;
    await call(services, 'privacy.eraseRecord', { register: 'ansprechpersonen', id: contact.id }, 'w1');
    const current = entriesOf(services.sessions.require('w1').sqlite);
    await call(services, 'plan.close', {}, 'w1');
    await call(services, 'plan.close', {}, 'w2');

    // The same plan as a genuine file of the version before, its log in the old form.
    const older = path.join(dir, 'alt.sqlite');
    fs.copyFileSync(master, older);
    await downgradeFile(older, VERSION - 1);
    const { db, sqlite } = connect(older);
    try {
      perColumnInserts(sqlite);
      expect(sqlite.pragma('user_version', { simple: true })).toBe(VERSION - 1);
      const oldEntries = entriesOf(sqlite);
      expect(oldEntries.length).toBeGreaterThan(current.length * 2);
      expect(oldEntries.some((e) => e.op === 'insert' && e.col === '*')).toBe(false);
      expect(new Set(oldEntries.filter((e) => e.op === 'insert').map((e) => e.replica_id)).size).toBe(2);
      const before = replayChangeLog(sqlite).rows;
      expectFileMatchesLog(sqlite, TRACKED_TABLES);

      await migrateFile(db, sqlite);
      expect(sqlite.pragma('user_version', { simple: true })).toBe(SCHEMA_VERSION);
      // Exactly the log this version writes: one entry per inserted row, same hlc, replica and transaction.
      expect(entriesOf(sqlite)).toEqual(current);
      expect(replayChangeLog(sqlite).rows).toEqual(before);
      expect(expectFileMatchesLog(sqlite, TRACKED_TABLES)).toBeGreaterThan(10);
      const columns = (sqlite.prepare('PRAGMA table_info(exchange)').all() as { name: string }[]).map((c) => c.name);
      expect(columns).toContain('their_last_seq');
      expect(sqlite.pragma('integrity_check', { simple: true })).toBe('ok');
    } finally {
      sqlite.close();
    }
  });
});
