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
import type { PlanSession } from '../session';
import { blankPersonalValues } from './blank';

export interface ErasureTarget {
  table: 'contact_person' | 'kuemmerer';
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
      await w.softDelete(t.table, t.id);
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
