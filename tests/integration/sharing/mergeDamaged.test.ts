/**
 * Issue 11: a merge reads the other file while a worker still reads it whole for damage
 * (verifyPlanAlongside, db/file/verify.ts). A copy with a damaged page or an unreadable change-log
 * value must still be refused with the German message of the check, and this file must stay as
 * it was: the verdict comes before the commit. (Files under 16 MB are read whole before the
 * merge reads them; these copies are larger.) A foreign trigger is refused before anything is read.
 */
import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import Sqlite from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { mergePlanFile } from '../../../db/sharing/merge';
import { call, useTestServices } from '../../helpers/services';
import { count, META, snapshot } from './helpers';

const t = useTestServices();

/** An outline of 2,000 points (≈ 40 kB): 300 Gemeinden make a copy large enough to be read whole alongside the merge (over 16 MB). */
const OUTLINE = JSON.stringify({ type: 'Polygon', coordinates: [Array.from({ length: 2000 }, (_, i) => [10 + Math.sin(i) / 3, 52 + Math.cos(i) / 3])] });

/** Plan A with Gemeinden, a copy B with a few hundred edits of its own (closed); returns A's session and B's path. */
async function planAndEditedCopy(name: string) {
  const { services, dir } = t;
  const files = { a: path.join(dir, `${name}-a.sqlite`), b: path.join(dir, `${name}-b.sqlite`) };
  const window = { a: `${name}-wa`, b: `${name}-wb` };
  await call(services, 'plan.create', { path: files.a, meta: META }, window.a);
  const a = services.sessions.require(window.a);
  const ids = Array.from({ length: 300 }, () => randomUUID());
  await a.write(async (w) => {
    for (const [i, id] of ids.entries()) await w.insert('gemeinde', { id, ags: String(3354000 + i).padStart(8, '0'), name: `Gemeinde ${i}`, kind: 'gemeinde', lat: 50, lon: 10, geometry: OUTLINE });
  });
  await call(services, 'sharing.share', { path: files.b, withoutPersonalData: false }, window.a);
  await call(services, 'plan.open', { path: files.b }, window.b);
  const b = services.sessions.require(window.b);
  for (let round = 1; round <= 3; round++) {
    await b.write(async (w) => {
      for (const id of ids) await w.update('gemeinde', id, { lon: 10 + round });
    });
  }
  await call(services, 'plan.close', {}, window.b);
  expect(fs.statSync(files.b).size).toBeGreaterThan(16 * 1024 ** 2);
  return { a, copy: files.b, backupDir: path.join(dir, `${name}-backups`) };
}

/** What a refused merge must leave unchanged in this file. */
const state = (sqlite: Sqlite.Database) => ({
  data: snapshot(sqlite, false),
  log: count(sqlite, 'SELECT count(*) AS n FROM change_log'),
  merges: count(sqlite, 'SELECT count(*) AS n FROM merge_history'),
  conflicts: count(sqlite, 'SELECT count(*) AS n FROM merge_conflict'),
});

describe('merge of a damaged copy', () => {
  it('refuses a copy with a damaged page with the check’s message and changes nothing here', async () => {
    const { a, copy, backupDir } = await planAndEditedCopy('page');
    // The last page of the copy holds its newest log entries (or their index): its page type is made invalid.
    const pageSize = (() => {
      const db = new Sqlite(copy, { readonly: true });
      try {
        return db.pragma('page_size', { simple: true }) as number;
      } finally {
        db.close();
      }
    })();
    const pages = fs.statSync(copy).size / pageSize;
    const fd = fs.openSync(copy, 'r+');
    fs.writeSync(fd, Buffer.from([0x07]), 0, 1, (pages - 1) * pageSize);
    fs.closeSync(fd);
    const before = state(a.sqlite);

    const refusal = await mergePlanFile(a, copy, { backupDir }).then(
      () => null,
      (error: unknown) => error as Error & { code?: string },
    );
    expect(refusal?.code).toBe('corrupt');
    // What the full read says: the damaged pages, or (where SQLite stops at the page) that it cannot be read.
    expect(refusal?.message).toMatch(/^Die Datei „page-b\.sqlite“ ist beschädigt und kann nicht geöffnet werden: (eine Seite oder ein Eintrag ist beschädigt|[\d.]+ Seiten oder Einträge sind beschädigt|ihr Inhalt ist nicht lesbar)\. Die Datei wurde nicht verändert\.$/);
    expect(state(a.sqlite)).toEqual(before);
  });

  it('refuses a copy with an unreadable log value that the merge reads, and changes nothing here', async () => {
    const { a, copy, backupDir } = await planAndEditedCopy('value');
    const db = new Sqlite(copy);
    // One of their new edits, i.e. an entry the merge stores and compares.
    db.prepare(`UPDATE change_log SET new_value = '{kein JSON' WHERE seq = (SELECT max(seq) FROM change_log WHERE col = 'lon')`).run();
    db.close();
    const before = state(a.sqlite);

    await expect(mergePlanFile(a, copy, { backupDir })).rejects.toMatchObject({
      code: 'corrupt',
      message: expect.stringContaining('1 Eintrag des Änderungsprotokolls ist unlesbar'),
    });
    expect(state(a.sqlite)).toEqual(before);
  });

  it('refuses a copy with a foreign trigger before reading it', async () => {
    const { a, copy, backupDir } = await planAndEditedCopy('trigger');
    const db = new Sqlite(copy);
    db.exec(`CREATE TRIGGER fremd AFTER UPDATE ON gemeinde BEGIN SELECT 1; END`);
    db.close();
    const before = state(a.sqlite);

    await expect(mergePlanFile(a, copy, { backupDir })).rejects.toMatchObject({ code: 'corrupt', message: expect.stringContaining('fremde Programmteile (Trigger fremd)') });
    expect(state(a.sqlite)).toEqual(before);
  });
});
