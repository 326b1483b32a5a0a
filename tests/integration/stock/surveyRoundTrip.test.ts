/**
 * A returned Erfassungsbogen that nobody changed imports as "unverändert", not as updates,
 * whether it comes back as .xlsx or saved by Excel as CSV (semicolons, title rows above the
 * header); the plan file is not touched by the preview.
 */
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { REGISTERS } from '../../../shared/stock/registers';
import { sha256 } from '../../helpers/files';
import { call, useTestServices } from '../../helpers/services';

/** Host services in a scratch folder for this file (tests/helpers/services.ts). */
const { services } = useTestServices();

let planPath: string;

beforeAll(async () => {
  planPath = (await call(services, 'plan.openSample', {}, 'w1')).path;
});
/**
 * The Erfassungsbogen as Excel's "CSV (Trennzeichen-getrennt)" writes it: semicolons, and the
 * title lines above the header without trailing separators (so the first line has none).
 */
async function asExcelCsv(xlsxBase64: string): Promise<string> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.from(xlsxBase64, 'base64') as unknown as ArrayBuffer);
  const ws = wb.getWorksheet('Erfassungsbogen')!;
  const lines: string[] = [];
  const width = ws.getRow(4).cellCount;
  ws.eachRow({ includeEmpty: true }, (row) => {
    const cells: string[] = [];
    for (let c = 1; c <= width; c++) {
      const v = row.getCell(c).value;
      // A German Excel writes dates as TT.MM.JJJJ and decimals with a comma, without grouping.
      const text =
        v === null || v === undefined ? '' : v instanceof Date ? v.toLocaleDateString('de-DE') : typeof v === 'number' ? v.toLocaleString('de-DE', { useGrouping: false, maximumFractionDigits: 10 }) : String(v);
      cells.push(/[;"\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text);
    }
    while (cells.length > 0 && cells[cells.length - 1] === '') cells.pop();
    lines.push(cells.join(';'));
  });
  return lines.join('\r\n') + '\r\n';
}

describe('an unchanged Erfassungsbogen', () => {
  for (const def of REGISTERS.filter((r) => r.id !== 'angebotsarten')) {
    it(`${def.label}: re-imports without updates`, async () => {
      const records = await call(services, 'stock.list', { register: def.id, limit: 1000 }, 'w1');
      if (records.length === 0) return;
      const before = sha256(planPath);
      const survey = await call(services, 'stock.survey', { register: def.id, prefilled: true, gemeindeId: null }, 'w1');
      const preview = await call(services, 'stock.import.preview', { register: def.id, fileName: survey.fileName, contentBase64: survey.contentBase64, mapping: null }, 'w1');
      const changed = preview.rows.filter((r) => r.status !== 'unveraendert');
      expect(changed, JSON.stringify(changed.slice(0, 3))).toEqual([]);
      expect(preview.counts.unveraendert).toBe(records.length);
      expect(sha256(planPath)).toBe(before);
    });
  }

  it('saved by Excel as CSV: the separator is taken from the header row, not the title line', async () => {
    const survey = await call(services, 'stock.survey', { register: 'angebote', prefilled: true, gemeindeId: null }, 'w1');
    const csv = await asExcelCsv(survey.contentBase64);
    expect(csv.split('\r\n')[0]).not.toContain(';');
    const preview = await call(services, 'stock.import.preview', { register: 'angebote', fileName: 'Erfassungsbogen.csv', contentBase64: Buffer.from(csv, 'utf8').toString('base64'), mapping: null }, 'w1');
    expect(preview.problems).toEqual([]);
    expect(preview.counts).toMatchObject({ fehler: 0, aktualisiert: 0, neu: 0 });
  });
});
