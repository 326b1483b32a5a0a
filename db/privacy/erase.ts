/**
 * „Personenbezogene Daten löschen“ (DSGVO Art. 17): erases the personal values of contact
 * persons from the plan file for good — from the rows, from every change-log entry and from
 * the file's free pages — and records that (not what) was erased and by whom.
 *
 * Hazards: VACUUM cannot run inside a transaction, so it follows the write; until it ran,
 * the old values may still sit in free pages (secure_delete zeroes most of them at once).
 * Automatic backups in the user-data folder (Sicherungen/) are copies made before the
 * erasure; they age out with the retention policy.
 */
import { randomUUID } from 'node:crypto';
import os from 'node:os';
import { UserError } from '../../shared/contract/errors';
import { expandEntries, WHOLE_ROW } from '../changes/entries';
import { PERSONAL_DATA_COLUMNS, type TrackedTable } from '../schema';
import type { PlanSession } from '../session';
import { blankPersonalValues } from './blank';

/** Tables whose rows are persons: erasing one removes the record. */
export const PERSON_TABLES: ReadonlySet<string> = new Set(['contact_person', 'kuemmerer']);

/** Tables that mention persons in free text (Verantwortliche, Moderation): the row stays, the text goes. */
export const MENTIONING_TABLES = ['measure', 'milestone', 'participation_group'] as const;

export interface ErasureTarget {
  table: 'contact_person' | 'kuemmerer' | (typeof MENTIONING_TABLES)[number];
  id: string;
}

/** Who erased: the account name of this computer (kept for accountability, never shared without personal data). */
function currentAccount(): string {
  try {
    return os.userInfo().username;
  } catch {
    return '';
  }
}

export async function erasePersonalData(session: PlanSession, targets: ErasureTarget[], erasedBy = currentAccount()): Promise<number> {
  for (const t of targets) {
    const exists = session.sqlite.prepare(`SELECT 1 FROM "${t.table}" WHERE id = ?`).get(t.id);
    if (!exists) throw new UserError('Den Eintrag gibt es in diesem Plan nicht (mehr). Es wurde nichts gelöscht.', 'not-found');
  }
  if (targets.length === 0) return 0;
  // Zeroes freed and overwritten content from now on, for this connection.
  session.sqlite.pragma('secure_delete = ON');
  await session.write(async (w) => {
    for (const t of targets) {
      blankPersonalValues(session.sqlite, t.table, t.id);
      if (PERSON_TABLES.has(t.table)) await w.softDelete(t.table as TrackedTable, t.id);
      await w.insert('personal_data_erasure', { id: randomUUID(), tbl: t.table, row_id: t.id, erased_by: erasedBy });
    }
  });
  // Rebuilds the file without the pages that held the old values. The erasure itself is already
  // committed; should VACUUM fail (another program reading the file), secure_delete has zeroed
  // the freed content anyway, and the next erasure vacuums again.
  try {
    session.sqlite.exec('VACUUM');
  } catch (error) {
    console.warn('[privacy] VACUUM after erasure failed:', error);
  }
  return targets.length;
}

/** All contact persons of an actor, deleted ones included: their data is still in the file. */
export function contactsOfActor(session: PlanSession, actorId: string): ErasureTarget[] {
  const actor = session.sqlite.prepare('SELECT 1 FROM actor WHERE id = ?').get(actorId);
  if (!actor) throw new UserError('Diesen Akteur gibt es in diesem Plan nicht (mehr). Es wurde nichts gelöscht.', 'not-found');
  const rows = session.sqlite.prepare('SELECT id FROM contact_person WHERE actor_id = ?').all(actorId) as { id: string }[];
  return rows.map((r) => ({ table: 'contact_person', id: r.id }));
}

const normalise = (text: string) => text.toLocaleLowerCase('de').replace(/\s+/g, ' ');

/**
 * Every row of the measures tables whose personal text names `person`, now or in any earlier
 * value of its change log (a name edited out is still in the file), deleted rows included.
 */
export function rowsMentioningPerson(session: PlanSession, person: string): ErasureTarget[] {
  const needle = normalise(person.trim());
  if (needle.length < 2) throw new UserError('Bitte mindestens zwei Zeichen des Namens angeben. Es wurde nichts gelöscht.', 'name-too-short');
  const mentions = (value: unknown) => typeof value === 'string' && normalise(value).includes(needle);
  const found: ErasureTarget[] = [];
  for (const table of MENTIONING_TABLES) {
    const cols = PERSONAL_DATA_COLUMNS[table] ?? [];
    const rows = session.sqlite.prepare(`SELECT id, ${cols.map((c) => `"${c}"`).join(', ')} FROM "${table}"`).all() as Record<string, unknown>[];
    const logged = session.sqlite
      .prepare(`SELECT DISTINCT row_id FROM change_log WHERE tbl = ? AND (col = '${WHOLE_ROW}' OR col IN (${cols.map(() => '?').join(', ')}))`)
      .all(table, ...cols) as { row_id: string }[];
    const ids = new Set(rows.filter((r) => cols.some((c) => mentions(r[c]))).map((r) => r.id as string));
    // SQLite's lower() knows no umlauts: the comparison is made here, in German.
    // Both log forms: a whole-row insert entry carries the first value inside its JSON.
    const logValues = session.sqlite.prepare(`SELECT col, op, old_value, new_value FROM change_log WHERE tbl = ? AND row_id = ? AND (col = '${WHOLE_ROW}' OR col IN (${cols.map(() => '?').join(', ')}))`);
    for (const { row_id } of logged) {
      if (ids.has(row_id)) continue;
      const entries = logValues.all(table, row_id, ...cols) as { col: string; op: string; old_value: string | null; new_value: string | null }[];
      const values = expandEntries(entries).filter((e) => cols.includes(e.col));
      if (values.some((v) => [v.old_value, v.new_value].some((j) => j !== null && mentions(JSON.parse(j))))) ids.add(row_id);
    }
    for (const id of ids) found.push({ table, id });
  }
  if (found.length === 0) throw new UserError(`Der Name „${person.trim()}“ kommt in keiner Maßnahme, keinem Meilenstein und keiner Beteiligungsgruppe dieses Plans vor. Es wurde nichts gelöscht.`, 'not-found');
  return found;
}
