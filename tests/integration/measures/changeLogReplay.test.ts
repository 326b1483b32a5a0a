/** Every write of step 3 leaves change-log entries from which its tables can be rebuilt exactly. */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { MEASURES_TABLES } from '../../../db/measures/schema';
import { expectTableMatchesLog, replayChangeLog } from '../../helpers/changeLogReplay';
import { call, useTestServices } from '../../helpers/services';
import { writeEveryMeasuresTable } from './writeEveryMeasuresTable';

/** Host services in a scratch folder for this file (tests/helpers/services.ts). */
const { dir, services } = useTestServices();

describe('change log of step 3', () => {
  it('rebuilds every measures table from the log', async () => {
    await call(services, 'plan.create', { path: path.join(dir, 'log.sqlite'), meta: { title: 'Log', districtName: 'LK', kreisKey: '03354', periodFrom: 2026, periodTo: 2030, organisation: '', author: '' } });
    await writeEveryMeasuresTable(services);
    const sqlite = services.sessions.require('w1').sqlite;
    const { entries, rows: rebuilt } = replayChangeLog(sqlite);
    const opsByTable = new Map<string, Set<string>>();
    for (const e of entries) opsByTable.set(e.tbl, (opsByTable.get(e.tbl) ?? new Set()).add(e.op));
    for (const table of MEASURES_TABLES) {
      expect(expectTableMatchesLog(sqlite, table, rebuilt), `${table} has rows to check`).toBeGreaterThan(0);
      expect(opsByTable.get(table)?.has('insert'), `${table} insert logged`).toBe(true);
    }
    for (const table of ['measure', 'milestone', 'measure_indicator', 'measure_precondition', 'participation_event', 'participation_group', 'participation_result']) {
      expect(opsByTable.get(table)?.has('update'), `${table} update logged`).toBe(true);
    }
    for (const table of ['milestone', 'measure_link', 'measure_indicator_value', 'measure_report']) expect(opsByTable.get(table)?.has('delete'), `${table} delete logged`).toBe(true);
  });
});
