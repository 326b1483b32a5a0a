/**
 * The one place that reads other features' tables (actors, funding programmes, need
 * statements). Those features are built separately and may be missing from a file: every
 * reader checks sqlite_master first and returns [] when a table (or column) is absent.
 */
import { sql } from 'kysely';
import type { LinkOption } from '../../shared/contract/measuresSchemas';
import type { Analysis } from '../../shared/contract/needsSchemas';
import { analysis } from '../needs/analysisLoader';
import type { PlanSession } from '../session';

async function columnsOf(session: PlanSession, table: string): Promise<Set<string> | null> {
  const exists = await sql<{ name: string }>`SELECT name FROM sqlite_master WHERE type = 'table' AND name = ${table}`.execute(session.db);
  if (exists.rows.length === 0) return null;
  const cols = await sql<{ name: string }>`SELECT name FROM pragma_table_info(${table})`.execute(session.db);
  return new Set(cols.rows.map((c) => c.name));
}

async function readOptions(session: PlanSession, table: string, labelSql: string, needed: string[], extra = ''): Promise<Record<string, unknown>[]> {
  const cols = await columnsOf(session, table);
  if (!cols || !needed.every((c) => cols.has(c))) return [];
  const where = cols.has('deleted_at') ? 'WHERE deleted_at IS NULL' : '';
  const result = await sql<Record<string, unknown>>`${sql.raw(`SELECT id, ${labelSql} AS label${extra} FROM ${table} ${where} ORDER BY label`)}`.execute(session.db);
  return result.rows;
}

export async function listActors(session: PlanSession): Promise<LinkOption[]> {
  const rows = await readOptions(session, 'actor', 'name', ['id', 'name']);
  return rows.map((r) => ({ id: String(r.id), label: String(r.label ?? '') }));
}

export async function listFundingProgrammes(session: PlanSession): Promise<LinkOption[]> {
  const cols = await columnsOf(session, 'funding_programme');
  const label = cols?.has('funder') ? `name || CASE WHEN funder IS NOT NULL AND funder <> '' THEN ' (' || funder || ')' ELSE '' END` : 'name';
  const rows = await readOptions(session, 'funding_programme', label, ['id', 'name']);
  return rows.map((r) => ({ id: String(r.id), label: String(r.label ?? '') }));
}

export async function listNeedStatements(session: PlanSession): Promise<(LinkOption & { fieldId: string })[]> {
  const rows = await readOptions(session, 'need_statement', 'title', ['id', 'title', 'field_id'], ', field_id');
  return rows.map((r) => ({ id: String(r.id), label: String(r.label ?? ''), fieldId: String(r.field_id ?? '') }));
}

/**
 * The needs analysis, for the live values of gap links; null when the plan has no analysis
 * yet (no population, rates or scenario). One computation covers every scenario's gaps.
 */
export async function readGapAnalysis(session: PlanSession): Promise<Analysis | null> {
  const result = await analysis(session, null);
  return result.ready ? result : null;
}
