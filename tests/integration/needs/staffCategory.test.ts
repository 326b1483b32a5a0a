import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { fixture } from '../../helpers/files';
import { replayChangeLog, expectTableMatchesLog } from '../../helpers/changeLogReplay';
import { call, useTestServices } from '../../helpers/services';

const t = useTestServices();
const b64 = (file: string) => fs.readFileSync(file).toString('base64');
const GEMEINDEN = fixture('regionalstatistik/LK03354_12411-02-03-5_2015.csv');
const meta = { title: 'Plan', districtName: 'Landkreis Lüchow-Dannenberg', kreisKey: '03354', periodFrom: 2026, periodTo: 2030, organisation: '', author: '' };

const kreisIst = async (label: string): Promise<number> => {
  const a = await call(t.services, 'needs.analysis', { year: 2025 });
  return a.staffing.find((s) => s.label === label)!.rows.find((r) => r.key === 'kreis' && r.year === 2025)!.ist;
};

describe('Ist-VZÄ of a Betreuungsschlüssel', () => {
  it('counts the posts of its Tätigkeitsbereich, whatever their title says', async () => {
    await call(t.services, 'plan.create', { path: path.join(t.dir, 'p.sqlite'), meta });
    await call(t.services, 'district.import.commit', { format: 'genesis', fileName: 'g.csv', contentBase64: b64(GEMEINDEN), kreisKey: '03354' });
    const job = await call(t.services, 'needs.population.commit', { fileName: path.basename(GEMEINDEN), contentBase64: b64(GEMEINDEN), kind: 'bestand' });
    await t.services.jobs.wait(job.jobId, 'w1');
    const save = (title: string, category: string, vze: number, share = 1) => call(t.services, 'stock.save', { register: 'personalstellen', id: null, values: { title, category, vze, share_senioren_pflege: share } });
    // „Seniorenbeauftragte“ has no „Beratung“ in its title and still counts; the „Beratung“ of an
    // Schuldnerberatung post no longer makes it count.
    await save('Seniorenbeauftragte', 'Seniorenberatung/Pflegeberatung', 0.5);
    await save('Fachstelle Älterwerden', 'seniorenberatung', 1, 0.5);
    await save('Schuldnerberatung', 'sonstiges', 2);
    await save('Pflegestützpunkt', 'pflegestuetzpunkt', 1.5);

    const [seniorenberatung] = await call(t.services, 'needs.staffing.list', {});
    expect(seniorenberatung!.staffCategory).toBe('seniorenberatung');
    expect(await kreisIst(seniorenberatung!.label)).toBeCloseTo(0.5 + 0.5, 10);

    const psp = await call(t.services, 'needs.staffing.save', { id: null, label: 'Pflegestützpunkte', minAge: 65, steps: [{ fromYear: 2020, peoplePerVze: 20000 }], staffCategory: 'pflegestuetzpunkt' });
    expect(await kreisIst(psp.label)).toBeCloseTo(1.5, 10);
    const analysis = await call(t.services, 'needs.analysis', { year: 2025 });
    expect(analysis.staffing.find((s) => s.label === psp.label)!.explanation.inputs.join(' ')).toContain('im Tätigkeitsbereich „Pflegestützpunkt“');
    await call(t.services, 'needs.staffing.save', { ...psp, staffCategory: '' });
    expect(await kreisIst(psp.label)).toBeCloseTo(0.5 + 0.5 + 2 + 1.5, 10);

    // A post without a Tätigkeitsbereich, or with one that is not on the list, is refused in German.
    await expect(call(t.services, 'stock.save', { register: 'personalstellen', id: null, values: { title: 'Ohne', vze: 1 } })).rejects.toThrow(/Tätigkeitsbereich/);
    await expect(save('Falsch', 'Hausmeister', 1)).rejects.toThrow(/„Tätigkeitsbereich“: „Hausmeister“ ist nicht vorgesehen/);
    await expect(call(t.services, 'needs.staffing.save', { ...psp, staffCategory: 'hausmeister' as never })).rejects.toThrow(/Tätigkeitsbereich/);

    // Every category and key written above is in the change log.
    const sqlite = t.services.sessions.require('w1').sqlite;
    const { rows } = replayChangeLog(sqlite);
    expect(expectTableMatchesLog(sqlite, 'staff_post', rows)).toBe(4);
    expect(expectTableMatchesLog(sqlite, 'needs_staffing_ratio', rows)).toBe(2);
  });
});
