/**
 * Pflegestatistik import (22411-02-03-4 Pflegebedürftige, 22411-01-01-4 Einrichtungen): preview,
 * then an all-or-nothing write of the plan's Kreis, its Land and Deutschland. A new import of
 * the same kind replaces the earlier one. The files are small (≤ 300 KB nationally), so no job.
 */
import { randomUUID } from 'node:crypto';
import { UserError } from '../../shared/contract/errors';
import type { CareStatisticPreview, CareStatistics } from '../../shared/contract/needsSchemas';
import type { CareMeasure, CareStatisticRow } from '../../shared/needs/careStatistics';
import { parseInWorker } from '../import/parseInWorker';
import type { Transaction } from 'kysely';
import type { ChangeWriter } from '../changes/writer';
import type { Database } from '../schema';
import type { PlanSession } from '../session';
import { planKreisKey } from './population';
import { readOffers } from './stockAdapter';
import { softDeleteWithChildren } from '../changes/cascade';

async function prepare(session: PlanSession, bytes: Uint8Array, fileName: string) {
  if (bytes.length === 0) throw new UserError(`Die Datei „${fileName}“ ist leer.`, 'empty');
  const kreisKey = await planKreisKey(session);
  if (!kreisKey) throw new UserError('Bitte legen Sie zuerst in den Planstammdaten den Kreis (5-stelliger Kreisschlüssel) fest: es werden nur die Zahlen dieses Kreises, seines Landes und Deutschlands übernommen.', 'no-kreis');
  const { table, encoding } = await parseInWorker({ kind: 'careStatistics', fileName, bytes, kreisKey }, { handOver: true });
  const replaces = table.kind
    ? (await session.db.selectFrom('care_statistic_dataset').select(['table_code', 'file_name']).where('deleted_at', 'is', null).where('kind', '=', table.kind).execute()).map((d) => `Tabelle ${d.table_code} (${d.file_name})`)
    : [];
  const preview: CareStatisticPreview = {
    tableCode: table.tableCode,
    kind: table.kind,
    title: table.title,
    referenceDates: table.referenceDates,
    stand: table.stand,
    licence: table.licence,
    encoding,
    rows: table.rows.map(({ line: _line, ...r }) => ({ ...r, values: r.values as Record<string, number | null> })),
    problems: table.problems,
    replaces,
    canCommit: table.kind !== null && table.rows.length > 0 && !table.problems.some((p) => p.severity === 'fehler'),
  };
  return { table, preview, encoding };
}

export async function previewCareStatistics(session: PlanSession, bytes: Uint8Array, fileName: string): Promise<CareStatisticPreview> {
  return (await prepare(session, bytes, fileName)).preview;
}

export async function commitCareStatistics(session: PlanSession, bytes: Uint8Array, fileName: string) {
  const { table, preview, encoding } = await prepare(session, bytes, fileName);
  if (!preview.canCommit || !table.kind) {
    const first = preview.problems.find((p) => p.severity === 'fehler');
    throw new UserError(`Import abgebrochen, es wurde nichts geschrieben: ${first?.message ?? 'Die Datei enthält keine Zahlen der Pflegestatistik.'}`, 'import-invalid');
  }
  const kind = table.kind;
  const datasetId = randomUUID();
  let count = 0;
  await session.write(async (w, trx) => {
    const old = await trx.selectFrom('care_statistic_dataset').select('id').where('deleted_at', 'is', null).where('kind', '=', kind).execute();
    for (const d of old) await deleteDatasetRows(w, trx, d.id);
    await w.insert('care_statistic_dataset', {
      id: datasetId,
      table_code: table.tableCode ?? (kind === 'pflegebeduerftige' ? '22411-02-03-4' : '22411-01-01-4'),
      kind,
      file_name: fileName,
      reference_date: table.referenceDates[0] ?? null,
      stand: table.stand,
      licence: table.licence,
      encoding,
      row_count: table.rows.length,
    });
    for (const r of table.rows) {
      for (const [measure, value] of Object.entries(r.values)) {
        await w.insert('care_statistic_value', { id: randomUUID(), dataset_id: datasetId, region_key: r.regionKey, region_name: r.regionName, level: r.level, year: r.year, sex: r.sex, measure, value: value ?? null });
        count++;
      }
    }
    await w.insert('import_record', {
      id: randomUUID(),
      kind: 'pflegestatistik',
      file_name: fileName,
      format: 'GENESIS-Tabelle',
      table_code: table.tableCode,
      reference_date: table.referenceDates[0] ?? null,
      stand: table.stand,
      licence: table.licence,
      encoding,
      row_count: table.rows.length,
    });
  });
  return { datasetId, rows: count, years: [...new Set(table.rows.map((r) => r.year))].sort() };
}

async function deleteDatasetRows(w: ChangeWriter, trx: Transaction<Database>, datasetId: string): Promise<void> {
  await softDeleteWithChildren(w, trx, 'care_statistic_dataset', datasetId);
}

export async function deleteCareStatistics(session: PlanSession, id: string): Promise<void> {
  await session.write(async (w, trx) => {
    const d = await trx.selectFrom('care_statistic_dataset').select('id').where('id', '=', id).where('deleted_at', 'is', null).executeTakeFirst();
    if (!d) throw new UserError('Diese Tabelle der Pflegestatistik ist bereits gelöscht.', 'not-found');
    await deleteDatasetRows(w, trx, id);
  });
}

/** The imported figures, grouped back into rows, newest year first. */
export async function readCareStatisticRows(session: PlanSession): Promise<Omit<CareStatisticRow, 'line'>[]> {
  const values = await session.db.selectFrom('care_statistic_value').selectAll().where('deleted_at', 'is', null).execute();
  const rows = new Map<string, Omit<CareStatisticRow, 'line'>>();
  for (const v of values) {
    const id = `${v.region_key}|${v.year}|${v.sex}`;
    let row = rows.get(id);
    if (!row) {
      row = { regionKey: v.region_key, regionName: v.region_name, level: v.level, year: v.year, sex: v.sex, values: {} };
      rows.set(id, row);
    }
    row.values[v.measure as CareMeasure] = v.value;
  }
  const order = { kreis: 0, land: 1, deutschland: 2 };
  return [...rows.values()].sort((a, b) => b.year - a.year || order[a.level] - order[b.level] || a.sex.localeCompare(b.sex));
}

/** Offer types counted as a Pflegeheim in 22411-01-01-4 (voll- and teilstationär, solitary short-term care). */
const HEIM_TYPES = ['vollstationaer', 'tagespflege', 'nachtpflege', 'kurzzeitpflege_solitaer'];

export async function getCareStatistics(session: PlanSession): Promise<CareStatistics> {
  const datasets = await session.db.selectFrom('care_statistic_dataset').selectAll().where('deleted_at', 'is', null).orderBy('created_at').execute();
  const offers = await readOffers(session);
  const staff = (o: (typeof offers)[number]) => (o.staffFachkraftVze ?? 0) + (o.staffHilfskraftVze ?? 0);
  const dienste = offers.filter((o) => o.typeId === 'ambulanter_pflegedienst');
  const heime = offers.filter((o) => HEIM_TYPES.includes(o.typeId));
  return {
    datasets: datasets.map((d) => ({ id: d.id, tableCode: d.table_code, kind: d.kind, fileName: d.file_name, referenceDate: d.reference_date, stand: d.stand, licence: d.licence, encoding: d.encoding, rowCount: d.row_count, createdAt: d.created_at })),
    rows: (await readCareStatisticRows(session)).map((r) => ({ ...r, values: r.values as Record<string, number | null> })),
    stock: {
      pflegedienste: dienste.length,
      personalPflegedienste: dienste.reduce((a, o) => a + staff(o), 0),
      pflegeheime: heime.length,
      plaetze: heime.reduce((a, o) => a + (o.capacity ?? 0), 0),
      personalPflegeheime: heime.reduce((a, o) => a + staff(o), 0),
    },
  };
}
