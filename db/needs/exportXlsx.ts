/** One table of the needs analysis as an Excel workbook (numbers stay numbers). */
import ExcelJS from 'exceljs';

const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export async function tableToXlsx(input: { fileName: string; sheet: string; header: string[]; rows: Array<Array<string | number | null>> }) {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Pflegestrukturplaner';
  const ws = wb.addWorksheet(input.sheet.replace(/[[\]*?/\\:]/g, ' ').slice(0, 31));
  ws.addRow(input.header).font = { bold: true };
  for (const r of input.rows) ws.addRow(r.map((v) => (typeof v === 'number' ? Math.round(v * 100) / 100 : v)));
  ws.views = [{ state: 'frozen', ySplit: 1 }];
  ws.columns.forEach((c, i) => (c.width = Math.min(40, Math.max(12, (input.header[i] ?? '').length + 2))));
  const buf = await wb.xlsx.writeBuffer();
  const base = input.fileName.replace(/\.(csv|xlsx)$/i, '');
  return { fileName: `${base}.xlsx`, mimeType: XLSX_MIME, contentBase64: Buffer.from(buf).toString('base64') };
}
