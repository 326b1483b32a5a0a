/**
 * The one place this feature reads other features' tables (actors, funding programmes, need
 * statements, the needs analysis). Every migration is always applied, so the tables exist.
 */
import { sql } from 'kysely';
import type { LinkOption } from '../../shared/contract/measuresSchemas';
import type { FieldId } from '../../shared/catalog/fieldId';
import type { PlanSession } from '../session';

export async function listActors(session: PlanSession): Promise<LinkOption[]> {
  return session.db.selectFrom('actor').select(['id', 'name as label']).where('deleted_at', 'is', null).orderBy('label').execute();
}

export async function listFundingProgrammes(session: PlanSession): Promise<LinkOption[]> {
  return session.db
    .selectFrom('funding_programme')
    .select(['id', sql<string>`name || CASE WHEN funder IS NOT NULL AND funder <> '' THEN ' (' || funder || ')' ELSE '' END`.as('label')])
    .where('deleted_at', 'is', null)
    .orderBy('label')
    .execute();
}

export async function listNeedStatements(session: PlanSession): Promise<(LinkOption & { fieldId: FieldId })[]> {
  return session.db.selectFrom('need_statement').select(['id', 'title as label', 'field_id as fieldId']).where('deleted_at', 'is', null).orderBy('label').execute();
}

/** The live values of gap links, computed where the plan's analysis is (needs/planAnalysis.ts). */
export { gapFigures } from '../needs/planAnalysis';
