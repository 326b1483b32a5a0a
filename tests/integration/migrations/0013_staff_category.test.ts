import fs from 'node:fs';
import path from 'node:path';
import Sqlite from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { MIGRATIONS } from '../../../db/migrations';
import { fixture } from '../../helpers/files';
import { downgradeFile } from '../../helpers/olderVersion';
import { call, useTestServices } from '../../helpers/services';

const t = useTestServices();
const version = Object.keys(MIGRATIONS).sort().indexOf('0013_staff_category') + 1;
const b64 = (file: string) => fs.readFileSync(file).toString('base64');
const GEMEINDEN = fixture('regionalstatistik/LK03354_12411-02-03-5_2015.csv');
const meta = { title: 'Plan', districtName: 'Landkreis Lüchow-Dannenberg', kreisKey: '03354', periodFrom: 2026, periodTo: 2030, organisation: '', author: '' };

// Posts as an older build stored them: only a title and a unit said what a post does.
const POSTS = [
  { title: 'Seniorenberatung Nord', unit: 'Fachdienst Soziales', vze: 1, expected: 'seniorenberatung' },
  { title: 'Koordination', unit: 'Pflegeberatungsstelle', vze: 0.8, expected: 'seniorenberatung' },
  { title: 'Seniorenbeauftragte', unit: 'Fachdienst Soziales', vze: 0.5, expected: 'sonstiges' },
  { title: 'Pflegestützpunkt Lüchow', unit: '', vze: 1.5, expected: 'pflegestuetzpunkt' },
  { title: 'Quartiersmanagerin', unit: 'Samtgemeinde Gartow', vze: 0.5, expected: 'quartiersmanagement' },
  { title: 'Dorfkümmerer', unit: '', vze: 0.25, expected: 'quartiersmanagement' },
  { title: 'Altenhilfeplanung', unit: 'Sozialamt', vze: 1, expected: 'altenhilfeplanung' },
];

async function istOfRatios(): Promise<Record<string, number>> {
  const a = await call(t.services, 'needs.analysis', { year: 2025 });
  return Object.fromEntries(a.staffing.map((s) => [s.label, s.rows.find((r) => r.key === 'kreis' && r.year === 2025)!.ist]));
}

describe('migration 0013_staff_category', () => {
  it('sorts the posts of a genuine older file into Tätigkeitsbereiche so its Betreuungsschlüssel keep their Ist', async () => {
    const file = path.join(t.dir, 'alt.sqlite');
    await call(t.services, 'plan.create', { path: file, meta });
    await call(t.services, 'district.import.commit', { format: 'genesis', fileName: 'g.csv', contentBase64: b64(GEMEINDEN), kreisKey: '03354' });
    const job = await call(t.services, 'needs.population.commit', { fileName: path.basename(GEMEINDEN), contentBase64: b64(GEMEINDEN), kind: 'bestand' });
    await t.services.jobs.wait(job.jobId, 'w1');
    for (const p of POSTS) await call(t.services, 'stock.save', { register: 'personalstellen', id: null, values: { title: p.title, unit: p.unit, vze: p.vze, share_senioren_pflege: 1, category: 'sonstiges' } });
    await call(t.services, 'needs.staffing.save', { id: null, label: 'Alle Stellen', minAge: 60, steps: [{ fromYear: 2020, peoplePerVze: 3000 }], staffCategory: '' });
    await call(t.services, 'plan.close', {});

    // The file of the version before, with the key the older build shipped (text filter „Beratung“).
    await downgradeFile(file, version - 1);
    const raw = new Sqlite(file);
    expect(raw.pragma('user_version', { simple: true })).toBe(version - 1);
    expect((raw.prepare('PRAGMA table_info(staff_post)').all() as { name: string }[]).map((c) => c.name)).not.toContain('category');
    raw.prepare(`UPDATE needs_staffing_ratio SET staff_filter = 'Beratung' WHERE label LIKE 'Seniorenberatung%'`).run();
    // What the older build counted: posts with „Beratung“ in title or unit.
    const oldIst = POSTS.filter((p) => `${p.title} ${p.unit}`.toLowerCase().includes('beratung')).reduce((a, p) => a + p.vze, 0);
    raw.close();

    await call(t.services, 'plan.open', { path: file });
    const sqlite = t.services.sessions.require('w1').sqlite;
    expect(sqlite.pragma('user_version', { simple: true })).toBeGreaterThanOrEqual(version);
    const categories = sqlite.prepare('SELECT title, category FROM staff_post ORDER BY rowid').all();
    expect(categories).toEqual(POSTS.map((p) => ({ title: p.title, category: p.expected })));
    const ratios = await call(t.services, 'needs.staffing.list', {});
    expect(ratios.map((r) => [r.label.slice(0, 16), r.staffCategory])).toEqual([
      ['Seniorenberatung', 'seniorenberatung'],
      ['Alle Stellen', ''],
    ]);
    const ist = await istOfRatios();
    expect(oldIst).toBeCloseTo(1.8, 10);
    expect(ist[ratios[0]!.label]).toBeCloseTo(oldIst, 10);
    expect(ist['Alle Stellen']).toBeCloseTo(POSTS.reduce((a, p) => a + p.vze, 0), 10);
    await call(t.services, 'plan.close', {});
  });
});
