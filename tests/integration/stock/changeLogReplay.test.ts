import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { STOCK_TABLES } from '../../../db/stock/schema';
import { tempDir } from '../../helpers/files';
import { call, testServices } from '../../helpers/services';
import { writeEveryRegister } from './writeEveryRegister';

const dir = tempDir();
const services = testServices(path.join(dir, 'userdata'));
afterAll(() => {
  services.sessions.closeAll();
  fs.rmSync(dir, { recursive: true, force: true });
});

type Entry = { tbl: string; row_id: string; col: string; new_value: string | null; op: string };

describe('the Bestand change log', () => {
  it('rebuilds every Bestand table exactly when replayed', async () => {
    const meta = { title: 'Log', districtName: 'LK', kreisKey: '03354', periodFrom: 2026, periodTo: 2030, organisation: '', author: '' };
    await call(services, 'plan.create', { path: path.join(dir, 'log.sqlite'), meta }, 'log');
    await writeEveryRegister(services, 'log');
    const sqlite = services.sessions.require('log').sqlite;
    const entries = sqlite.prepare('SELECT tbl, row_id, col, new_value, op FROM change_log ORDER BY seq').all() as Entry[];
    expect(new Set(entries.filter((e) => (STOCK_TABLES as readonly string[]).includes(e.tbl)).map((e) => e.op))).toEqual(new Set(['insert', 'update', 'delete', 'restore']));
    const rebuilt = new Map<string, Record<string, unknown>>();
    for (const e of entries) {
      const key = `${e.tbl}/${e.row_id}`;
      const row = rebuilt.get(key) ?? { deleted_at: null };
      row[e.col] = e.new_value === null ? null : JSON.parse(e.new_value);
      rebuilt.set(key, row);
    }
    for (const table of STOCK_TABLES) {
      const live = sqlite.prepare(`SELECT * FROM ${table}`).all() as Record<string, unknown>[];
      expect(live.length, table).toBeGreaterThan(0);
      for (const row of live) {
        const fromLog = rebuilt.get(`${table}/${String(row.id)}`)!;
        for (const [col, value] of Object.entries(row)) {
          if (['id', 'created_at', 'updated_at'].includes(col)) continue;
          expect(fromLog[col] ?? null, `${table}.${col}`).toEqual(value);
        }
      }
    }
  });
});
