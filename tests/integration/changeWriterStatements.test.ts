/**
 * The change writer's direct path (cached prepared statements on the session's connection) must
 * write exactly what the kysely path writes, and must not prepare a statement per row.
 */
import path from 'node:path';
import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { ChangeWriter } from '../../db/changes/writer';
import { PlanSession } from '../../db/session';
import { cachedStatementCount } from '../../db/statementCache';
import { useScratchDir } from '../helpers/files';

const meta = { title: 'W', districtName: 'LK', kreisKey: '03354', periodFrom: 2026, periodTo: 2030, organisation: '', author: '' };
/** A scratch folder for this file (tests/helpers/files.ts). */
const { dir } = useScratchDir();

/** The same writes with or without the connection; returns the log without ids and clocks. */
async function writeAll(direct: boolean): Promise<unknown[]> {
  const session = await PlanSession.create(path.join(dir, `${direct ? 'direct' : 'kysely'}.sqlite`), meta);
  try {
    let counter = 0;
    await session.db.transaction().execute(async (trx) => {
      const w = new ChangeWriter(trx, {
        replicaId: session.replicaId,
        txId: 'tx',
        now: '2026-01-01T00:00:00.000Z',
        nextHlc: () => String(++counter).padStart(8, '0'),
        ...(direct ? { sqlite: session.sqlite } : {}),
      });
      await w.insert('gemeinde', { id: 'g1', ags: '03354018', name: 'Lüchow', kind: 'gemeinde', lat: 52.97, lon: undefined, geometry: null });
      await w.insert('gemeinde', { id: 'g2', ags: '03354004', name: 'Dannenberg', kind: 'gemeinde', lat: null, lon: null, geometry: null });
      expect(await w.update('gemeinde', 'g1', { name: 'Lüchow (Wendland)', lat: 52.97, lon: 11.15, updated_at: 'x' })).toBe(true);
      expect(await w.update('gemeinde', 'g1', { name: 'Lüchow (Wendland)' })).toBe(false);
      expect(await w.softDelete('gemeinde', 'g2')).toBe(true);
      expect(await w.softDelete('gemeinde', 'g2')).toBe(false);
      expect(await w.restore('gemeinde', 'g2')).toBe(true);
      await expect(w.update('gemeinde', 'nope', { name: 'x' })).rejects.toThrow(/nicht gefunden/);
    });
    const log = session.sqlite.prepare('SELECT hlc, tbl, row_id, col, old_value, new_value, op, tx_id FROM change_log WHERE tbl = ? ORDER BY hlc').all('gemeinde');
    const rows = session.sqlite.prepare('SELECT * FROM gemeinde ORDER BY id').all();
    return [log, rows];
  } finally {
    session.close();
  }
}

/** 250 rows (two full batches and a part) of `gemeinde` through `bulkInsert` (`add` or `addRow`) or one `insert` each. */
async function writeRows(mode: 'bulk' | 'insert'): Promise<unknown[]> {
  const session = await PlanSession.create(path.join(dir, `rows-${mode}.sqlite`), meta);
  try {
    let counter = 0;
    await session.db.transaction().execute(async (trx) => {
      // An apostrophe in the transaction id: the bulk statements carry it as an SQL literal.
      const w = new ChangeWriter(trx, { replicaId: session.replicaId, txId: "tx'1", now: '2026-01-01T00:00:00.000Z', nextHlc: () => String(++counter).padStart(8, '0'), sqlite: session.sqlite });
      const bulk = w.bulkInsert('gemeinde', ['ags', 'name', 'kind', 'lat', 'lon', 'geometry']);
      for (let i = 0; i < 250; i++) {
        const values = {
          id: `g${String(i).padStart(3, '0')}`,
          ags: `0335${String(i).padStart(4, '0')}`,
          // Values repeated from the row before, quotes, a backslash, a line break.
          name: i % 3 === 0 ? 'Lüchow "Wendland" \\ \n' : `G ${Math.floor(i / 4)}`,
          kind: 'gemeinde',
          lat: i % 5 === 0 ? null : i % 5 === 1 ? 0 : 52.5 + i / 1000,
          lon: i % 4 === 0 ? undefined : -i,
          geometry: i % 2 === 0 ? '{"type":"Point"}' : null,
        };
        if (mode === 'insert') await w.insert('gemeinde', values);
        else if (i % 2 === 0) await bulk.add(values);
        else bulk.addRow(values.id, values.ags, values.name, values.kind, values.lat, values.lon, values.geometry);
      }
      await bulk.flush();
    });
    // The replica as "own" (each file has its own id).
    const log = session.sqlite.prepare("SELECT hlc, iif(replica_id = ?, 'own', replica_id) AS replica, tbl, row_id, col, old_value, new_value, op, tx_id FROM change_log WHERE tbl = ? ORDER BY seq").all(session.replicaId, 'gemeinde');
    const rows = session.sqlite.prepare('SELECT * FROM gemeinde ORDER BY id').all();
    return [log, rows];
  } finally {
    session.close();
  }
}

describe('change writer statements', () => {
  it('writes the same rows and whole-row log entries in bulk as one insert at a time', async () => {
    const [log, rows] = await writeRows('bulk');
    expect(log).toHaveLength(250);
    expect(rows).toHaveLength(250);
    expect([log, rows]).toEqual(await writeRows('insert'));
  });

  it('writes the same rows and log entries as through kysely', async () => {
    expect(await writeAll(true)).toEqual(await writeAll(false));
  });

  it('reuses its statements: 2,000 rows inserted and updated prepare a handful', async () => {
    const session = await PlanSession.create(path.join(dir, 'many.sqlite'), meta);
    try {
      const before = cachedStatementCount(session.sqlite);
      const ids: string[] = [];
      await session.write(async (w) => {
        for (let i = 0; i < 2000; i++) {
          const id = randomUUID();
          ids.push(id);
          await w.insert('gemeinde', { id, ags: `0335${String(i).padStart(4, '0')}`, name: `G ${i}`, kind: 'gemeinde', lat: null, lon: null, geometry: null });
        }
        for (const id of ids) await w.update('gemeinde', id, { lat: 52 });
      });
      // insert gemeinde, change_log, select gemeinde, update gemeinde (+ the plan of create)
      expect(cachedStatementCount(session.sqlite) - before).toBeLessThanOrEqual(4);
      expect((session.sqlite.prepare("SELECT count(*) AS n FROM change_log WHERE tbl = 'gemeinde'").get() as { n: number }).n).toBe(2000 + 2000); // one entry per inserted row, one per changed column
    } finally {
      session.close();
    }
  });

  it('refuses to write outside its transaction', async () => {
    const session = await PlanSession.create(path.join(dir, 'outside.sqlite'), meta);
    try {
      let kept: ChangeWriter | null = null;
      await session.write(async (w) => {
        kept = w;
      });
      await expect(kept!.insert('gemeinde', { id: 'x', ags: '03354999', name: 'X', kind: 'gemeinde', lat: null, lon: null, geometry: null })).rejects.toThrow(/außerhalb/);
      expect(session.sqlite.prepare('SELECT count(*) AS n FROM gemeinde').get()).toEqual({ n: 0 });
    } finally {
      session.close();
    }
  });
});
