/** Read models of the registers: offer taxonomy, step-1 summaries, everything in one Gemeinde. */
import type { Kysely } from 'kysely';
import type { FieldId } from '../../shared/catalog/fieldId';
import { UserError } from '../../shared/contract/errors';
import type { GemeindeStock, OfferTypeInfo, Population65, SummaryItem } from '../../shared/contract/stockSchemas';
import { BUILTIN_OFFER_TYPES, mergeOfferTypes } from '../../shared/stock/offerTypes';
import { REGISTERS, registersForField, type FieldType, type RegisterDef } from '../../shared/stock/registers';
import { population65 } from '../../shared/stock/population';
import { summarize } from '../../shared/stock/summary';
import type { PlanSession } from '../session';
import { readLatestGemeindePopulation } from './needsAdapter';
import type { RegisterRecord } from '../../shared/contract/stockSchemas';
import { listRecords, toRecord } from './repository';

export async function listOfferTypes(session: PlanSession): Promise<OfferTypeInfo[]> {
  const rows = await session.db.selectFrom('offer_type').select(['id', 'label', 'capacity_unit', 'color']).where('deleted_at', 'is', null).orderBy('label').execute();
  const builtin = new Set(BUILTIN_OFFER_TYPES.map((t) => t.id));
  return mergeOfferTypes(rows.map((r) => ({ id: r.id, label: r.label, capacityUnit: r.capacity_unit === 'klienten' ? 'klienten' : 'plaetze', color: r.color }))).map((t) => ({
    ...t,
    builtin: builtin.has(t.id),
  }));
}

/**
 * What the step-1 summaries read: choices, references and numbers, never free text, dates or
 * tags. Loading only these columns halves the read of 50,000 offers (no names, addresses,
 * notes, no JSON lists of target groups); tests/integration/stock/summaryColumns.test.ts checks
 * that every summary reads the same with the whole records.
 */
const SUMMARY_TYPES: ReadonlySet<FieldType> = new Set(['number', 'integer', 'boolean', 'enum', 'offerType', 'gemeinde', 'gemeindeList', 'actor', 'actorList', 'fieldList']);

export async function summaryRecords(session: PlanSession, def: RegisterDef): Promise<RegisterRecord[]> {
  const lean: RegisterDef = { ...def, fields: def.fields.filter((f) => SUMMARY_TYPES.has(f.type)) };
  // Register tables and columns come from the definitions at run time (as in repository.ts).
  const db = session.db as unknown as Kysely<any>;
  const rows = await db
    .selectFrom(def.table)
    .select(['id', 'updated_at', 'deleted_at', ...lean.fields.map((f) => f.key)])
    .where('deleted_at', 'is', null)
    // In the order of entry, as everywhere: a breakdown lists equal counts in the order first seen.
    .orderBy('created_at')
    .orderBy('id')
    .execute();
  return rows.map((r) => toRecord(lean, r as Parameters<typeof toRecord>[1]));
}

export async function fieldSummary(session: PlanSession, fieldId: FieldId): Promise<SummaryItem[]> {
  const defs = registersForField(fieldId);
  if (defs.length === 0) return [];
  // Coverage counts Gemeinden with residents; gemeindefreie Gebiete (forests, lakes) need no Kümmerer.
  const gemeinden = await session.db.selectFrom('gemeinde').select('id').where('deleted_at', 'is', null).where('kind', '=', 'gemeinde').execute();
  const types = await listOfferTypes(session);
  const typeLabels = new Map(types.map((t) => [t.id, t.label]));
  const typeUnits = new Map(types.map((t) => [t.id, t.capacityUnit]));
  const result: SummaryItem[] = [];
  for (const def of defs) {
    const records = await summaryRecords(session, def);
    result.push({ register: def.id, count: records.length, lines: summarize({ def, fieldId, records, gemeindeIds: gemeinden.map((g) => g.id), typeLabels, typeUnits }) });
  }
  return result;
}

export async function gemeindeStock(session: PlanSession, gemeindeId: string): Promise<GemeindeStock> {
  const gemeinde = await session.db.selectFrom('gemeinde').select(['id', 'ags', 'name']).where('id', '=', gemeindeId).where('deleted_at', 'is', null).executeTakeFirst();
  if (!gemeinde) throw new UserError('Diese Gemeinde gibt es nicht (mehr).', 'not-found');
  const sections: GemeindeStock['sections'] = [];
  for (const def of REGISTERS) {
    if (!def.gemeindeKey && !def.gemeindeListKey) continue;
    sections.push({ register: def.id, records: await listRecords(session, def.id, gemeindeId) });
  }
  return { gemeinde, sections };
}

/**
 * Inhabitants 65+ per Gemeinde from the latest official Gemeinde population table (issue #4
 * imports it into population_row); empty when the plan has none.
 */
export async function population65ByGemeinde(session: PlanSession): Promise<Population65> {
  const latest = await readLatestGemeindePopulation(session);
  if (!latest) return { year: null, source: null, byGemeinde: {} };
  const byGemeinde: Record<string, number> = {};
  for (const row of latest.rows) {
    let bands: Record<string, number>;
    try {
      bands = JSON.parse(row.bands) as Record<string, number>;
    } catch {
      continue;
    }
    const n = population65(bands);
    if (n !== null) byGemeinde[row.gemeindeId] = n;
  }
  const { datasetName: name, tableCode: code } = latest;
  return { year: latest.year, source: code && !name.includes(code) ? `${name} (${code})` : name, byGemeinde };
}
