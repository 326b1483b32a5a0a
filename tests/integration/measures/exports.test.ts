import fs from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import type { MeasureInput } from '../../../shared/contract/measuresSchemas';
import { call, useTestServices } from '../../helpers/services';

/** Host services in a scratch folder for this file (tests/helpers/services.ts). */
const { dir, services } = useTestServices();

const meta = { title: 'Pflegeplan Wendland', districtName: 'Landkreis Lüchow-Dannenberg', kreisKey: '03354', periodFrom: 2026, periodTo: 2030, organisation: '', author: '' };
const longTitle = 'Beratung für pflegende Angehörige; Sprechstunden in Gartow, Hitzacker (Elbe) und Lüchow – „vor Ort“ statt im Kreishaus, mit Öffentlichkeitsarbeit über Gemeindebriefe';
const values: MeasureInput = {
  fieldId: 'hf09',
  title: longTitle,
  description: 'Zeile 1\nZeile 2 mit "Anführungszeichen"',
  responsibleActorId: null,
  responsibleText: 'Frau Jürgens',
  partners: 'Pflegestützpunkt; Diakonie',
  partnerActorIds: [],
  startDate: '2026-04-01',
  endDate: '2027-03-31',
  priority: 'hoch',
  status: 'in_umsetzung',
  costOnce: 1234.5,
  costYearly: null,
  fundingProgrammeId: null,
  financingNote: '',
  needIds: [],
  gemeindeIds: [],
  planningAreaIds: [],
};

/** A minimal RFC 5545 reader: unfold, split into events, unescape TEXT values. */
function parseIcs(text: string) {
  const lines = text.replace(/\r\n[ \t]/g, '').split('\r\n').filter(Boolean);
  const events: Record<string, string>[] = [];
  let current: Record<string, string> | null = null;
  for (const line of lines) {
    if (line === 'BEGIN:VEVENT') current = {};
    else if (line === 'END:VEVENT') {
      events.push(current!);
      current = null;
    } else if (current) {
      const i = line.indexOf(':');
      current[line.slice(0, i)] = line.slice(i + 1).replace(/\\n/g, '\n').replace(/\\([;,\\])/g, '$1');
    }
  }
  return { lines, events };
}

beforeAll(async () => {
  await call(services, 'plan.create', { path: path.join(dir, 'plan.sqlite'), meta });
  const created = await call(services, 'measures.create', values);
  await call(services, 'measures.milestones.create', { measureId: created.measure.id, values: { title: 'Sprechstunde Gartow, erste', dueDate: '2026-05-04', responsible: 'Herr Öztürk', status: 'offen', doneOn: null } });
  await call(services, 'measures.milestones.create', { measureId: created.measure.id, values: { title: 'Flyer', dueDate: '2026-04-15', responsible: '', status: 'entfallen', doneOn: null } });
});
describe('table and calendar exports', () => {
  it('writes CSV for German Excel: BOM, semicolons, quoted fields, German dates and numbers', async () => {
    const target = path.join(dir, 'massnahmen');
    const result = await call(services, 'measures.exportFile', { kind: 'csv', path: target, today: '2026-05-01' });
    expect(result.path).toBe(`${target}.csv`);
    const text = fs.readFileSync(result.path!, 'utf8');
    expect(text.startsWith('\uFEFFHandlungsfeld;Maßnahme;Beschreibung;Verantwortlich;Partner;Beginn;Ende')).toBe(true);
    expect(text).toContain(`"${longTitle}"`);
    expect(text).toContain('"Zeile 1\nZeile 2 mit ""Anführungszeichen"""');
    expect(text).toContain(';01.04.2026;31.03.2027;hoch;in Umsetzung;1.234,5;;');
    expect(text).toContain('"Pflegestützpunkt; Diakonie"');
  });

  it('writes XLSX with measures and milestones that exceljs reads back', async () => {
    const result = await call(services, 'measures.exportFile', { kind: 'xlsx', path: null, today: '2026-05-01' });
    expect(result.fileName).toBe('Maßnahmen Lüchow-Dannenberg 2026-05-01.xlsx');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(result.base64, 'base64') as unknown as ArrayBuffer);
    const sheet = wb.getWorksheet('Maßnahmen')!;
    expect(sheet.getRow(2).getCell(2).value).toBe(longTitle);
    expect((sheet.getRow(2).getCell(6).value as Date).toISOString().slice(0, 10)).toBe('2026-04-01');
    expect(sheet.getRow(2).getCell(10).value).toBe(1234.5);
    const ms = wb.getWorksheet('Meilensteine')!;
    expect(ms.rowCount).toBe(3);
    expect(ms.getRow(2).getCell(2).value).toBe('Flyer');
  });

  it('writes an iCalendar file that parses back: all-day events, UIDs, folded lines ≤ 75 octets', async () => {
    const result = await call(services, 'measures.exportFile', { kind: 'ics', path: path.join(dir, 'termine.ics'), today: '2026-05-01' });
    const raw = fs.readFileSync(result.path!, 'utf8');
    expect(raw.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    for (const physical of raw.split('\r\n')) expect(Buffer.byteLength(physical, 'utf8')).toBeLessThanOrEqual(75);
    expect(raw.split('\r\n').some((l) => l.startsWith(' '))).toBe(true); // the long description was folded
    const { lines, events } = parseIcs(raw);
    expect(lines[0]).toBe('BEGIN:VCALENDAR');
    expect(lines).toContain('VERSION:2.0');
    expect(events).toHaveLength(2);
    const first = events.find((e) => e['DTSTART;VALUE=DATE'] === '20260504')!;
    expect(first.SUMMARY).toBe('Meilenstein: Sprechstunde Gartow, erste');
    expect(first.DESCRIPTION).toBe(`Maßnahme: ${longTitle}\nVerantwortlich: Herr Öztürk\nStatus: offen`);
    expect(first['DTEND;VALUE=DATE']).toBe('20260505');
    expect(first.UID).toMatch(/^[0-9a-f-]{36}@pflegestrukturplaner$/);
    expect(first.DTSTAMP).toMatch(/^\d{8}T\d{6}Z$/);
    expect(events.find((e) => e.SUMMARY === 'Meilenstein: Flyer')!.STATUS).toBe('CANCELLED');
  });
});
