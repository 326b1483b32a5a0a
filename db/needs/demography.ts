/**
 * The official component tables of the cohort-component projection in the plan: import (keeping
 * Germany, the plan's Land, its Kreis and the Kreis's Gemeinden — the national rates need the
 * Germany row, the Kreis's ratios its Land's), listing, and loading them back as ComponentTables.
 */
import { randomUUID } from 'node:crypto';
import { UserError } from '../../shared/contract/errors';
import { COMPONENT_TABLES, referenceOf } from '../../shared/demography/componentTables';
import { type Block, readLongCounts, readWideCounts, type RegionCounts } from '../../shared/demography/genesisCounts';
import type { ComponentTables } from '../../shared/demography/kreisModel';
import { formatDate } from '../../shared/format';
import type { parseGenesisTable } from '../../shared/import/genesisTable';
import { CITY_STATES } from '../../shared/import/regionCode';
import { germanDateToIso } from '../../shared/import/germanDate';
import { parseInWorker } from '../import/parseInWorker';
import type { PlanSession } from '../session';
import { planKreisKey } from './population';

/** Tables kept in a plan: the components (not the Gemeinde population, which has its own import). */
const PLAN_TABLES = ['12411-04-02-4', '12613-02-02-4', '12612-02-01-4', '12711-04-02-4', '12711-01-03-5'] as const;
type PlanTable = (typeof PLAN_TABLES)[number];
const WIDE: ReadonlySet<string> = new Set(['12711-01-03-5']);
const MIGRATION: ReadonlySet<string> = new Set(['12711-04-02-4', '12711-01-03-5']);

export interface DemographyImportResult {
  tables: Array<{ code: string; label: string; regions: number }>;
  ignored: string[];
}

const regionKept = (code: string, kreisCode: string): boolean => code === 'DG' || code === kreisCode.slice(0, 2) || code.startsWith(kreisCode);

/**
 * Reads the files, keeps the plan's regions and replaces earlier imports of the same tables, all
 * in one write: either every file is taken or none.
 */
export async function importDemography(session: PlanSession, files: ReadonlyArray<{ fileName: string; bytes: Uint8Array }>): Promise<DemographyImportResult> {
  const kreisKey = await planKreisKey(session);
  if (!/^\d{5}$/.test(kreisKey)) throw new UserError('Bitte zuerst den Kreisschlüssel des Plans angeben (Planstammdaten).', 'no-kreis');
  const kreisCode = CITY_STATES[kreisKey] ?? kreisKey;
  const parsed: Array<{ code: PlanTable; fileName: string; encoding: string; table: ReturnType<typeof parseGenesisTable> }> = [];
  const ignored: string[] = [];
  for (const f of files) {
    const { code, encoding, table } = await parseInWorker({ kind: 'demography', fileName: f.fileName, bytes: f.bytes }, { handOver: true });
    if (!code || !table || !(PLAN_TABLES as readonly string[]).includes(code)) {
      ignored.push(f.fileName);
      continue;
    }
    parsed.push({ code: code as PlanTable, fileName: f.fileName, encoding, table });
  }
  if (parsed.length === 0) {
    throw new UserError(
      `Keine der Dateien ist eine Tabelle für die Kohortenrechnung. Erwartet werden GENESIS-Tabellen: ${PLAN_TABLES.map((c) => `${c} (${COMPONENT_TABLES[c]!.label})`).join('; ')}.`,
      'no-table',
    );
  }
  const rows: Array<{ code: PlanTable; block: '' | Exclude<Block, null>; r: RegionCounts }> = [];
  for (const p of parsed) {
    const blocks: Array<Block> = MIGRATION.has(p.code) ? ['zuzuege', 'fortzuege'] : [null];
    let kreisFound = false;
    for (const block of blocks) {
      const read = WIDE.has(p.code) ? readWideCounts(p.table, block) : readLongCounts(p.table, block);
      if (read.size === 0) throw new UserError(`${p.fileName}: Die Spalten der Tabelle ${p.code} sind nicht zu erkennen (Geschlecht und Altersgruppen in den Kopfzeilen).`, 'layout');
      for (const [code, r] of read) {
        if (!regionKept(code, kreisCode)) continue;
        if (code === kreisCode) kreisFound = true;
        rows.push({ code: p.code, block: block ?? '', r });
      }
    }
    if (!kreisFound) throw new UserError(`${p.fileName}: Die Tabelle ${p.code} enthält keine Zeile für den Kreis ${kreisKey}.`, 'no-kreis-row');
  }
  await session.write(async (w, trx) => {
    for (const p of parsed) {
      const old = await trx.selectFrom('demography_dataset').select('id').where('table_code', '=', p.code).where('deleted_at', 'is', null).execute();
      for (const o of old) {
        const oldRows = await trx.selectFrom('demography_row').select('id').where('dataset_id', '=', o.id).where('deleted_at', 'is', null).execute();
        for (const r of oldRows) await w.softDelete('demography_row', r.id);
        await w.softDelete('demography_dataset', o.id);
      }
      const id = randomUUID();
      const own = rows.filter((r) => r.code === p.code);
      await w.insert('demography_dataset', {
        id,
        table_code: p.code,
        file_name: p.fileName,
        // The migration table states its year only in a title line („2015“): one reading for all tables.
        reference: referenceOf(p.table),
        stand: p.table.standDate ? germanDateToIso(p.table.standDate) : null,
        licence: p.table.licence,
        encoding: p.encoding,
        row_count: own.length,
      });
      for (const { block, r } of own) {
        const bands = r.bands.map((b) => ({ from: b.band.from, to: b.band.to, m: b.m, w: b.w }));
        await w.insert('demography_row', { id: randomUUID(), dataset_id: id, block, region_code: r.code, name: r.name, bands: JSON.stringify(bands) });
      }
    }
  });
  return {
    tables: parsed.map((p) => ({ code: p.code, label: COMPONENT_TABLES[p.code]!.label, regions: new Set(rows.filter((r) => r.code === p.code).map((r) => r.r.code)).size })),
    ignored,
  };
}

export interface DemographyDatasetInfo {
  id: string;
  tableCode: string;
  label: string;
  fileName: string;
  reference: string | null;
  stand: string | null;
}

export async function listDemography(session: PlanSession): Promise<DemographyDatasetInfo[]> {
  const sets = await session.db.selectFrom('demography_dataset').selectAll().where('deleted_at', 'is', null).orderBy('table_code').execute();
  return sets.map((d) => ({ id: d.id, tableCode: d.table_code, label: COMPONENT_TABLES[d.table_code]?.label ?? d.table_code, fileName: d.file_name, reference: d.reference, stand: d.stand }));
}

/**
 * The plan's component tables as ComponentTables (Gemeinde population left to the caller), or
 * null when a required table is missing; `sources` names each table for "Wie berechnet?".
 */
export async function loadDemography(session: PlanSession, baseYear: number): Promise<{ tables: ComponentTables; sources: string[] } | null> {
  const sets = await session.db.selectFrom('demography_dataset').selectAll().where('deleted_at', 'is', null).execute();
  const byCode = new Map(sets.map((d) => [d.table_code, d]));
  if (Object.entries(COMPONENT_TABLES).some(([code, d]) => d.required && code !== '12411-02-03-5' && !byCode.has(code))) return null;
  const rows = await session.db.selectFrom('demography_row').select(['dataset_id', 'block', 'region_code', 'name', 'bands']).where('deleted_at', 'is', null).execute();
  const mapOf = (code: string, block: '' | 'zuzuege' | 'fortzuege'): Map<string, RegionCounts> => {
    const d = byCode.get(code);
    const out = new Map<string, RegionCounts>();
    if (!d) return out;
    for (const r of rows) {
      if (r.dataset_id !== d.id || r.block !== block) continue;
      const bands = (JSON.parse(r.bands) as Array<{ from: number; to: number | null; m: number | null; w: number | null }>).map((b) => ({ band: { from: b.from, to: b.to }, m: b.m, w: b.w }));
      out.set(r.region_code, { code: r.region_code, name: r.name, bands });
    }
    return out;
  };
  const gIn = mapOf('12711-01-03-5', 'zuzuege');
  const tables: ComponentTables = {
    population: mapOf('12411-04-02-4', ''),
    deaths: mapOf('12613-02-02-4', ''),
    births: mapOf('12612-02-01-4', ''),
    kreisIn: mapOf('12711-04-02-4', 'zuzuege'),
    kreisOut: mapOf('12711-04-02-4', 'fortzuege'),
    gemeindePopulation: null,
    gemeindeIn: gIn.size > 0 ? gIn : null,
    gemeindeOut: gIn.size > 0 ? mapOf('12711-01-03-5', 'fortzuege') : null,
    baseYear,
  };
  const sources = sets.map((d) => `GENESIS-Tabelle ${d.table_code} (${COMPONENT_TABLES[d.table_code]?.label ?? ''}), ${d.reference ?? 'Berichtsjahr in der Datei nicht angegeben'}${d.stand ? `, Stand ${formatDate(d.stand)}` : ''}; ${d.licence ?? 'Quelle: Datei ' + d.file_name}`);
  return { tables, sources };
}
