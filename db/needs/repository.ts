/** Inputs of the Bedarfsermittlung: population datasets, rate sets, scenarios, Richtwerte, ratios, settings, need statements. */
import type { FieldId } from '../../shared/catalog/fieldId';
import { randomUUID } from 'node:crypto';
import { sql } from 'kysely';
import type { z } from 'zod';
import { UserError } from '../../shared/contract/errors';
import type * as s from '../../shared/contract/needsSchemas';
import { DEFAULT_COHORT_SPEC, parseCohortSpec } from '../../shared/needs/cohortScenario';
import { type CalibrationFactors, rateSetProblem, SETTING_LABELS, UNCALIBRATED } from '../../shared/needs/careRates';
import { sexLabel } from '../../shared/needs/sexLabels';
import { STAFF_CATEGORY_IDS, type StaffCategory } from '../../shared/stock/registers';
import type { PlanSession } from '../session';
import { DEFAULT_SETTINGS } from './defaults';
import { softDeleteWithChildren } from '../changes/cascade';

type In<T extends z.ZodType> = z.output<T>;

export async function listDatasets(session: PlanSession): Promise<z.output<typeof s.populationDatasetSchema>[]> {
  const sets = await session.db.selectFrom('population_dataset').selectAll().where('deleted_at', 'is', null).orderBy('created_at').orderBy(sql`rowid`).execute();
  const years = await session.db.selectFrom('population_row').select(['dataset_id', 'year']).where('deleted_at', 'is', null).groupBy(['dataset_id', 'year']).execute();
  return sets.map((d) => ({
    id: d.id,
    name: d.name,
    kind: d.kind,
    level: d.level,
    format: d.format,
    fileName: d.file_name,
    tableCode: d.table_code,
    referenceDate: d.reference_date,
    stand: d.stand,
    licence: d.licence,
    encoding: d.encoding,
    rowCount: d.row_count,
    years: years.filter((y) => y.dataset_id === d.id).map((y) => y.year).sort(),
    createdAt: d.created_at,
  }));
}

export async function deleteDataset(session: PlanSession, id: string): Promise<void> {
  await session.write(async (w, trx) => {
    if (!(await softDeleteWithChildren(w, trx, 'population_dataset', id))) throw new UserError('Dieser Bevölkerungsdatensatz ist bereits gelöscht.', 'not-found');
  });
}

export async function listRateSets(session: PlanSession): Promise<z.output<typeof s.rateSetSchema>[]> {
  const sets = await session.db.selectFrom('care_rate_set').selectAll().where('deleted_at', 'is', null).orderBy('created_at').orderBy(sql`rowid`).execute();
  const values = await session.db.selectFrom('care_rate_value').selectAll().where('deleted_at', 'is', null).execute();
  return sets.map((r) => ({
    id: r.id,
    name: r.name,
    source: r.source,
    note: r.note,
    isDefault: r.is_default === 1,
    factors: { pflegegeld: r.factor_pflegegeld, ambulant: r.factor_ambulant, vollstationaer: r.factor_vollstationaer, teilstationaer: r.factor_teilstationaer },
    calibrationNote: r.calibration_note,
    calibrationYear: r.calibration_year,
    rateYear: r.rate_year,
    values: values.filter((v) => v.rate_set_id === r.id).map((v) => ({ ageBand: v.age_band, sex: v.sex, setting: v.setting, rate: v.rate })),
  }));
}

export async function saveRateSet(session: PlanSession, input: In<typeof s.rateSetInputSchema>) {
  // 'insgesamt' is required (Gemeinden without a split by sex use it); men's and women's rates,
  // where given, must cover every age on their own too.
  for (const sex of ['insgesamt', 'maennlich', 'weiblich'] as const) {
    const values = input.values.filter((v) => v.sex === sex);
    if (sex !== 'insgesamt' && values.length === 0) continue;
    const problem = rateSetProblem({ values });
    if (problem) throw new UserError(sex === 'insgesamt' ? problem : `Quoten für ${sex === 'maennlich' ? 'Männer' : 'Frauen'}: ${problem}`, 'invalid-rates');
  }
  const seen = new Set<string>();
  for (const v of input.values) {
    const k = `${v.ageBand}|${v.sex}|${v.setting}`;
    if (seen.has(k)) throw new UserError(`Die Quote ${v.ageBand} (${SETTING_LABELS[v.setting]}${v.sex === 'insgesamt' ? '' : `, ${sexLabel(v.sex)}`}) ist doppelt angegeben.`, 'invalid-rates');
    seen.add(k);
  }
  const id = input.id ?? randomUUID();
  await session.write(async (w, trx) => {
    if (input.id) {
      await w.update('care_rate_set', id, { name: input.name, source: input.source, note: input.note, rate_year: input.rateYear ?? null });
      const old = await trx.selectFrom('care_rate_value').select('id').where('rate_set_id', '=', id).where('deleted_at', 'is', null).execute();
      for (const o of old) await w.softDelete('care_rate_value', o.id);
    } else {
      await w.insert('care_rate_set', { id, name: input.name, source: input.source, note: input.note, is_default: 0, ...factorColumns(UNCALIBRATED), calibration_note: null, calibration_year: null, rate_year: input.rateYear ?? null });
    }
    for (const v of input.values) await w.insert('care_rate_value', { id: randomUUID(), rate_set_id: id, age_band: v.ageBand, sex: v.sex, setting: v.setting, rate: v.rate });
  });
  return (await listRateSets(session)).find((r) => r.id === id)!;
}

/** The four factor columns of care_rate_set (every insert writes all of them, so the change log holds them). */
export const factorColumns = (f: CalibrationFactors) => ({
  factor_pflegegeld: f.pflegegeld,
  factor_ambulant: f.ambulant,
  factor_vollstationaer: f.vollstationaer,
  factor_teilstationaer: f.teilstationaer,
});

export async function setCalibration(session: PlanSession, id: string, factors: CalibrationFactors, note: string | null, year: number | null): Promise<void> {
  await session.write(async (w) => {
    await w.update('care_rate_set', id, { ...factorColumns(factors), calibration_note: note, calibration_year: year });
  });
}

export async function softDeleteOne(session: PlanSession, table: 'care_rate_set' | 'needs_scenario' | 'needs_richtwert' | 'needs_staffing_ratio' | 'need_statement', id: string): Promise<void> {
  await session.write(async (w) => {
    if (!(await w.softDelete(table, id))) throw new UserError('Dieser Eintrag ist bereits gelöscht.', 'not-found');
  });
}

export async function listScenarios(session: PlanSession): Promise<z.output<typeof s.scenarioSchema>[]> {
  const rows = await session.db.selectFrom('needs_scenario').selectAll().where('deleted_at', 'is', null).orderBy('created_at').orderBy(sql`rowid`).execute();
  return rows.map((r) => ({
    id: r.id,
    name: r.name,
    method: r.method,
    cohort: r.method === 'kohorte' ? parseCohortSpec(r.cohort) : null,
    growth: JSON.parse(r.growth) as Record<string, number>,
    rateTrend: r.rate_trend,
    rateSetId: r.rate_set_id,
    endYear: r.end_year,
    projectionDatasetId: r.projection_dataset_id,
    rateTrendUntil: r.rate_trend_until,
    ratePreset: r.rate_preset,
  }));
}

export async function saveScenario(session: PlanSession, input: In<typeof s.scenarioInputSchema>) {
  if (input.projectionDatasetId) await checkProjectionDataset(session, input.method, input.projectionDatasetId);
  if (input.method === 'tabelle' && !input.projectionDatasetId) throw new UserError('Für „Vorausberechnung übernehmen“ bitte eine importierte Vorausberechnung wählen.', 'invalid-scenario');
  const clash = await session.db.selectFrom('needs_scenario').select('id').where('name', '=', input.name).where('deleted_at', 'is', null).executeTakeFirst();
  if (clash && clash.id !== input.id) throw new UserError(`Ein Szenario „${input.name}“ gibt es schon. Bitte einen anderen Namen wählen.`, 'duplicate');
  const id = input.id ?? randomUUID();
  const values = {
    name: input.name,
    method: input.method,
    growth: JSON.stringify(input.growth),
    rate_trend: input.rateTrend,
    rate_set_id: input.rateSetId,
    end_year: input.endYear,
    projection_dataset_id: input.projectionDatasetId,
    cohort: input.method === 'kohorte' ? JSON.stringify(input.cohort ?? DEFAULT_COHORT_SPEC) : null,
    rate_trend_until: input.rateTrendUntil ?? null,
    rate_preset: input.ratePreset ?? null,
  };
  await session.write(async (w) => {
    if (input.id) await w.update('needs_scenario', id, values);
    else await w.insert('needs_scenario', { id, ...values });
  });
  return (await listScenarios(session)).find((r) => r.id === id)!;
}

export async function listRichtwerte(session: PlanSession): Promise<z.output<typeof s.richtwertSchema>[]> {
  const rows = await session.db.selectFrom('needs_richtwert').selectAll().where('deleted_at', 'is', null).orderBy('created_at').orderBy(sql`rowid`).execute();
  return rows.map((r) => ({ id: r.id, offerType: r.offer_type, label: r.label, basis: JSON.parse(r.basis) }));
}

export async function saveRichtwert(session: PlanSession, input: In<typeof s.richtwertInputSchema>) {
  const id = input.id ?? randomUUID();
  const values = { offer_type: input.offerType, label: input.label, basis: JSON.stringify(input.basis) };
  await session.write(async (w) => {
    if (input.id) await w.update('needs_richtwert', id, values);
    else await w.insert('needs_richtwert', { id, ...values });
  });
  return (await listRichtwerte(session)).find((r) => r.id === id)!;
}

/** A category this build does not know (written by a newer one) counts as none: all posts. */
const staffCategoryOf = (value: string): StaffCategory | '' => ((STAFF_CATEGORY_IDS as readonly string[]).includes(value) ? (value as StaffCategory) : '');

export async function listStaffingRatios(session: PlanSession): Promise<z.output<typeof s.staffingRatioSchema>[]> {
  const rows = await session.db.selectFrom('needs_staffing_ratio').selectAll().where('deleted_at', 'is', null).orderBy('created_at').orderBy(sql`rowid`).execute();
  return rows.map((r) => ({ id: r.id, label: r.label, minAge: r.min_age, steps: JSON.parse(r.steps), staffCategory: staffCategoryOf(r.staff_category) }));
}

export async function saveStaffingRatio(session: PlanSession, input: In<typeof s.staffingRatioInputSchema>) {
  const id = input.id ?? randomUUID();
  const values = { label: input.label, min_age: input.minAge, steps: JSON.stringify([...input.steps].sort((a, b) => a.fromYear - b.fromYear)), staff_category: input.staffCategory };
  await session.write(async (w) => {
    if (input.id) await w.update('needs_staffing_ratio', id, values);
    // staff_filter is unused since 0013 but logged as '' so that the log rebuilds the row.
    else await w.insert('needs_staffing_ratio', { id, ...values, staff_filter: '' });
  });
  return (await listStaffingRatios(session)).find((r) => r.id === id)!;
}

export async function listStatements(session: PlanSession, fieldId: FieldId | null): Promise<z.output<typeof s.needStatementSchema>[]> {
  let q = session.db.selectFrom('need_statement').selectAll().where('deleted_at', 'is', null);
  if (fieldId) q = q.where('field_id', '=', fieldId);
  const rows = await q.orderBy('created_at').orderBy(sql`rowid`).execute();
  return rows.map((r) => ({ id: r.id, fieldId: r.field_id, title: r.title, description: r.description, gemeindeId: r.gemeinde_id, priority: r.priority, source: r.source, sourceDate: r.source_date }));
}

export async function saveStatement(session: PlanSession, input: In<typeof s.needStatementInputSchema>) {
  if (input.gemeindeId) {
    const g = await session.db.selectFrom('gemeinde').select('id').where('id', '=', input.gemeindeId).where('deleted_at', 'is', null).executeTakeFirst();
    if (!g) throw new UserError('Die gewählte Gemeinde gibt es nicht (mehr).', 'not-found');
  }
  const id = input.id ?? randomUUID();
  const values = { field_id: input.fieldId, title: input.title, description: input.description, gemeinde_id: input.gemeindeId, priority: input.priority, source: input.source, source_date: input.sourceDate };
  await session.write(async (w) => {
    if (input.id) await w.update('need_statement', id, values);
    else await w.insert('need_statement', { id, ...values });
  });
  return (await listStatements(session, null)).find((r) => r.id === id)!;
}

const ASSUMPTION_TABLES = {
  rateSet: 'care_rate_set',
  scenario: 'needs_scenario',
  richtwert: 'needs_richtwert',
  staffing: 'needs_staffing_ratio',
  statement: 'need_statement',
} as const;

export async function restoreAssumption(session: PlanSession, kind: keyof typeof ASSUMPTION_TABLES, id: string): Promise<void> {
  await session.write(async (w) => {
    if (!(await w.restore(ASSUMPTION_TABLES[kind], id))) throw new UserError('Dieser Eintrag ist nicht gelöscht oder existiert nicht mehr.', 'not-found');
  });
}

const MAIN_SCENARIO_KEY = 'mainScenario';

/** The Hauptszenario, if it still exists; a deleted scenario falls back to "the first one" (null). */
export async function getMainScenario(session: PlanSession): Promise<string | null> {
  const row = await session.db.selectFrom('needs_setting').select('value').where('key', '=', MAIN_SCENARIO_KEY).where('deleted_at', 'is', null).executeTakeFirst();
  const id = row ? (JSON.parse(row.value) as string | null) : null;
  if (!id) return null;
  const alive = await session.db.selectFrom('needs_scenario').select('id').where('id', '=', id).where('deleted_at', 'is', null).executeTakeFirst();
  return alive ? id : null;
}

export async function saveMainScenario(session: PlanSession, scenarioId: string | null): Promise<string | null> {
  if (scenarioId) {
    const alive = await session.db.selectFrom('needs_scenario').select('id').where('id', '=', scenarioId).where('deleted_at', 'is', null).executeTakeFirst();
    if (!alive) throw new UserError('Dieses Szenario gibt es nicht (mehr).', 'not-found');
  }
  await session.write(async (w, trx) => {
    const row = await trx.selectFrom('needs_setting').select('id').where('key', '=', MAIN_SCENARIO_KEY).where('deleted_at', 'is', null).executeTakeFirst();
    if (row) await w.update('needs_setting', row.id, { value: JSON.stringify(scenarioId) });
    else await w.insert('needs_setting', { id: randomUUID(), key: MAIN_SCENARIO_KEY, value: JSON.stringify(scenarioId) });
  });
  return getMainScenario(session);
}

export async function getSettings(session: PlanSession): Promise<z.output<typeof s.settingsSchema>> {
  const row = await session.db.selectFrom('needs_setting').select('value').where('key', '=', 'analysis').where('deleted_at', 'is', null).executeTakeFirst();
  return row ? { ...DEFAULT_SETTINGS, ...(JSON.parse(row.value) as object) } : DEFAULT_SETTINGS;
}

export async function saveSettings(session: PlanSession, input: z.output<typeof s.settingsSchema>) {
  await session.write(async (w, trx) => {
    const row = await trx.selectFrom('needs_setting').select('id').where('key', '=', 'analysis').where('deleted_at', 'is', null).executeTakeFirst();
    if (row) await w.update('needs_setting', row.id, { value: JSON.stringify(input) });
    else await w.insert('needs_setting', { id: randomUUID(), key: 'analysis', value: JSON.stringify(input) });
  });
  return getSettings(session);
}

/**
 * An official projection is used as it is ('tabelle', needs Gemeinde values) or as the Kreis's
 * control total ('kohorte', needs Kreis values): a dataset that cannot serve is refused, never
 * silently ignored.
 */
async function checkProjectionDataset(session: PlanSession, method: string, datasetId: string): Promise<void> {
  const ds = await session.db.selectFrom('population_dataset').select(['kind', 'name']).where('id', '=', datasetId).where('deleted_at', 'is', null).executeTakeFirst();
  if (!ds || ds.kind !== 'vorausberechnung') throw new UserError('Diese Vorausberechnung gibt es nicht (mehr). Bitte eine importierte Vorausberechnung wählen.', 'invalid-scenario');
  const levels = await session.db.selectFrom('population_row').select('level').distinct().where('dataset_id', '=', datasetId).where('deleted_at', 'is', null).execute();
  const has = (level: string) => levels.some((l) => l.level === level);
  if (method === 'tabelle' && !has('gemeinde')) {
    throw new UserError(`„${ds.name}“ enthält nur Werte für den Kreis, keine für die Gemeinden. Bitte die Methode „Kohortenmodell“ wählen: dort dient sie als Eckwert des Kreises und wird auf die Gemeinden verteilt.`, 'invalid-scenario');
  }
  if (method === 'kohorte' && !has('kreis')) {
    throw new UserError(`„${ds.name}“ enthält keine Werte für den Kreis und kann nicht als Eckwert dienen. Eine Vorausberechnung der Gemeinden bitte mit der Methode „Vorausberechnung übernehmen“ verwenden.`, 'invalid-scenario');
  }
  if (method !== 'tabelle' && method !== 'kohorte') throw new UserError('Eine Vorausberechnung kann nur mit den Methoden „Vorausberechnung übernehmen“ oder „Kohortenmodell“ verwendet werden.', 'invalid-scenario');
}
