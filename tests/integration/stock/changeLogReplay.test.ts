import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { STOCK_TABLES } from '../../../db/stock/schema';
import { tempDir } from '../../helpers/files';
import { expectTableMatchesLog, replayChangeLog } from '../../helpers/changeLogReplay';
import { call, testServices } from '../../helpers/services';
import { writeEveryRegister } from './writeEveryRegister';

const dir = tempDir();
const services = testServices(path.join(dir, 'userdata'));
afterAll(() => {
  services.sessions.closeAll();
  fs.rmSync(dir, { recursive: true, force: true });
});

describe('the Bestand change log', () => {
  it('rebuilds every Bestand table exactly when replayed', async () => {
    const meta = { title: 'Log', districtName: 'LK', kreisKey: '03354', periodFrom: 2026, periodTo: 2030, organisation: '', author: '' };
    await call(services, 'plan.create', { path: path.join(dir, 'log.sqlite'), meta }, 'log');
    await writeEveryRegister(services, 'log');
    const sqlite = services.sessions.require('log').sqlite;
    const { entries, rows } = replayChangeLog(sqlite);
    expect(new Set(entries.filter((e) => (STOCK_TABLES as readonly string[]).includes(e.tbl)).map((e) => e.op))).toEqual(new Set(['insert', 'update', 'delete', 'restore']));
    for (const table of STOCK_TABLES) expect(expectTableMatchesLog(sqlite, table, rows), table).toBeGreaterThan(0);
  });
});
