import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { pdfExportResultSchema, type MeasureInput, type PdfExportInput } from '../../../shared/contract/measuresSchemas';
import { call, useTestServices } from '../../helpers/services';

/** Host services in a scratch folder for this file (tests/helpers/services.ts). */
const { dir, services } = useTestServices();

const meta = { title: 'Pflegestrukturplan „Älter werden im Wendland“', districtName: 'Landkreis Lüchow-Dannenberg', kreisKey: '03354', periodFrom: 2026, periodTo: 2030, organisation: 'Sozialplanung', author: '' };

const measure = (i: number): MeasureInput => ({
  fieldId: (['hf01', 'hf04', 'hf07', 'hf09'] as const)[i % 4]!,
  title:
    i === 0
      ? 'Beratungsnetz für pflegende Angehörige in allen Gemeinden aufbauen – mit Sprechstunden in Gartow, Hitzacker (Elbe), Lüchow (Wendland) und Wustrow sowie Öffentlichkeitsarbeit über Zeitungen, Gemeindebriefe und Vereine'
      : `Maßnahme Nr. ${i} – Tagespflege Größe ${i}`,
  description: 'Kosten: 1.200 € je Jahr; „Quartiersansatz“.',
  responsibleActorId: null,
  responsibleText: i === 0 ? 'Frau Jürgens-Öztürk' : 'Sozialplanung',
  partners: 'Pflegestützpunkt Lüchow',
  partnerActorIds: [],
  startDate: '2026-02-01',
  endDate: '2028-06-30',
  priority: 'mittel',
  status: 'in_umsetzung',
  costOnce: null,
  costYearly: 1200,
  fundingProgrammeId: null,
  financingNote: '',
  needIds: [],
  gemeindeIds: [],
  planningAreaIds: [],
});

async function exportPdf(input: PdfExportInput) {
  const { jobId } = await call(services, 'measures.exportPdf', input);
  const status = await services.jobs.wait(jobId, 'w1');
  expect(status.error).toBeNull();
  expect(status.state).toBe('done');
  return pdfExportResultSchema.parse(status.result);
}

const text = (file: string) => execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
const pages = (file: string) => Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [file], { encoding: 'utf8' }))![1]);

beforeAll(async () => {
  await call(services, 'plan.create', { path: path.join(dir, 'plan.sqlite'), meta });
  const first = await call(services, 'measures.create', measure(0));
  await call(services, 'measures.milestones.create', { measureId: first.measure.id, values: { title: 'Sprechstunde Gartow eröffnet', dueDate: '2026-04-15', responsible: 'Herr Weiß', status: 'offen', doneOn: null } });
  await call(services, 'measures.milestones.create', { measureId: first.measure.id, values: { title: 'Flyer gedruckt', dueDate: '2026-03-01', responsible: '', status: 'erledigt', doneOn: '2026-02-27' } });
  const ind = await call(services, 'measures.indicators.create', { measureId: first.measure.id, values: { name: 'Beratungen je Quartal', unit: 'Anzahl', baseline: 0, targetValue: 40, targetDate: '2027-12-31' } });
  await call(services, 'measures.indicators.addValue', { indicatorId: ind.id, values: { measuredOn: '2026-06-30', value: 10, note: '' } });
});
describe('PDF export', () => {
  it('writes the Meilensteinplan with titles, names, dates and German characters, and returns the same bytes', async () => {
    const target = path.join(dir, 'Meilensteinplan.pdf');
    const result = await exportPdf({ kind: 'meilensteinplan', pageSize: 'A4', path: target, today: '2026-05-01' });
    expect(result.path).toBe(target);
    expect(Buffer.from(result.base64, 'base64').equals(fs.readFileSync(target))).toBe(true);
    expect(result.pages).toBe(pages(target));
    const t = text(target);
    for (const s of ['Meilensteinplan', 'Landkreis Lüchow-Dannenberg', '„Älter werden im Wendland“', 'Planungszeitraum 2026–2030', 'Stand: 01.05.2026', 'Frau Jürgens-Öztürk', 'Herr Weiß', '15.04.2026', '01.02.2026 – 30.06.2028', 'Sprechstunde Gartow eröffnet', 'überfällig', 'Gantt', 'Quellen', 'BBSR', '1.200 €', 'Seite 1 von']) {
      expect(t).toContain(s);
    }
    // The long title wraps within its cell instead of being cut: its last words are still there.
    expect(t.replace(/\s+/g, ' ')).toContain('Gemeindebriefe und Vereine');
    expect(execFileSync('pdffonts', [target], { encoding: 'utf8' })).toMatch(/Roboto-Regular\s+CID TrueType\s+Identity-H\s+yes/);
  });

  it('prints costs and funding, and names undated measures below the Gantt chart instead of empty rows (issue #14)', async () => {
    await call(services, 'measures.create', { ...measure(1), title: 'Ohne Zeitraum: Bürgerbus prüfen', startDate: null, endDate: null, costOnce: 250000 });
    const target = path.join(dir, 'Meilensteinplan-undatiert.pdf');
    await exportPdf({ kind: 'meilensteinplan', pageSize: 'A3', path: target, today: '2026-05-01' });
    const t = text(target).replace(/\s+/g, ' ');
    expect(t).toContain('Kosten und Förderung');
    expect(t).toContain('einmalig 250.000 €');
    expect(t).toContain('Noch ohne Zeitraum und Meilensteine (nicht im Diagramm): Ohne Zeitraum: Bürgerbus prüfen.');
  });

  it('writes the Monitoring-Bericht with overdue milestones and indicator values', async () => {
    const result = await exportPdf({ kind: 'monitoring', pageSize: 'A3', path: null, today: '2026-05-01' });
    expect(result.path).toBeNull();
    expect(result.fileName).toBe('Monitoring-Bericht Lüchow-Dannenberg 2026-05-01.pdf');
    const file = path.join(dir, 'mon.pdf');
    fs.writeFileSync(file, Buffer.from(result.base64, 'base64'));
    const t = text(file);
    for (const s of ['Monitoring-Bericht', 'Überfällige Meilensteine', 'Sprechstunde Gartow eröffnet', 'Beratungen je Quartal', '25 %', '0 von 4']) expect(t).toContain(s);
    expect(execFileSync('pdfinfo', [file], { encoding: 'utf8' })).toMatch(/1190\.55 x 841\.89 pts \(A3\)/);
  });

  it('paginates: the page count grows with the plan', async () => {
    const before = (await exportPdf({ kind: 'meilensteinplan', pageSize: 'A4', path: null, today: '2026-05-01' })).pages;
    for (let i = 1; i <= 120; i++) await call(services, 'measures.create', measure(i));
    const after = await exportPdf({ kind: 'meilensteinplan', pageSize: 'A4', path: null, today: '2026-05-01' });
    expect(after.pages).toBeGreaterThan(before + 6);
    const file = path.join(dir, 'big.pdf');
    fs.writeFileSync(file, Buffer.from(after.base64, 'base64'));
    expect(pages(file)).toBe(after.pages);
    expect(text(file)).toContain('Maßnahme Nr. 120 – Tagespflege Größe 120');
  });

  it('refuses a folder that does not exist, in German, before the job starts', async () => {
    await expect(call(services, 'measures.exportPdf', { kind: 'meilensteinplan', pageSize: 'A4', path: path.join(dir, 'fehlt', 'x.pdf'), today: '2026-05-01' })).rejects.toThrow(
      /Ordner .* existiert nicht/,
    );
  });
});
