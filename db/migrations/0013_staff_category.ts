import { type Kysely, sql } from 'kysely';

/**
 * Issue #14: a staff post (Personalstelle) gets a Tätigkeitsbereich, and a Betreuungsschlüssel
 * counts the posts of one Tätigkeitsbereich as Ist, instead of posts whose title or unit contains
 * a text. Existing rows are sorted from their title and unit, and an existing key from its text,
 * so that a file keeps its figures: every post the default filter „Beratung“ counted becomes
 * 'seniorenberatung', which is what that key now counts. Frozen: the rules below are this
 * migration's own, not the app's current category list.
 *
 * No CHECK on the columns: the choice list is validated on every write (register definition,
 * contract), and a CHECK could not be widened later without rebuilding the tables.
 */
const DERIVE = (text: string) => `CASE
    WHEN ${text} LIKE '%beratung%' THEN 'seniorenberatung'
    WHEN ${text} LIKE '%pflegest_tzpunkt%' OR ${text} LIKE '%pflegestuetzpunkt%' THEN 'pflegestuetzpunkt'
    WHEN ${text} LIKE '%quartier%' OR ${text} LIKE '%k_mmerer%' OR ${text} LIKE '%kuemmerer%' THEN 'quartiersmanagement'
    WHEN ${text} LIKE '%planung%' THEN 'altenhilfeplanung'
    ELSE 'sonstiges' END`;

export async function up(db: Kysely<unknown>): Promise<void> {
  const statements = [
    `ALTER TABLE staff_post ADD COLUMN category TEXT NOT NULL DEFAULT 'sonstiges'`,
    `UPDATE staff_post SET category = ${DERIVE(`(title || ' ' || coalesce(unit, ''))`)}`,
    `ALTER TABLE needs_staffing_ratio ADD COLUMN staff_category TEXT NOT NULL DEFAULT ''`,
    `UPDATE needs_staffing_ratio SET staff_category = CASE WHEN trim(staff_filter) = '' THEN '' ELSE ${DERIVE('staff_filter')} END`,
  ];
  for (const s of statements) await sql.raw(s).execute(db);
}
