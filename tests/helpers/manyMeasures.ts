/**
 * A plan's worth of measures for benches and load tests: `count` measures spread over the ten
 * fields, statuses and years, each with `milestones` milestones of which the first `done` are
 * erledigt. Long titles and umlauts on purpose: they are what makes PDF layout work.
 */
import { randomUUID } from 'node:crypto';
import type { Transaction } from 'kysely';
import type { ChangeWriter } from '../../db/changes/writer';
import { insertMeasure } from '../../db/measures/measures';
import type { Database } from '../../db/schema';
import { FIELD_IDS } from '../../shared/catalog/fieldId';
import { blankMeasure } from '../../shared/measures/blankMeasure';
import { MEASURE_STATUSES } from '../../shared/measures/types';

const pad = (n: number) => String(n).padStart(2, '0');

export async function insertManyMeasures(w: ChangeWriter, trx: Transaction<Database>, count: number, milestones: number, done: number): Promise<void> {
  for (let i = 0; i < count; i++) {
    const id = await insertMeasure(w, trx, {
      ...blankMeasure(FIELD_IDS[i % 10]!),
      title: `Maßnahme ${i + 1}: ${i % 4 === 0 ? 'Aufbau eines Beratungsnetzes für pflegende Angehörige mit Sprechstunden in allen Samtgemeinden' : 'Tagespflege ausbauen'}`,
      description: 'Beschreibung mit Umlauten: ä ö ü ß „Zitat“ – 1.000 €',
      responsibleText: `Fachdienst ${(i % 7) + 1}`,
      partners: 'Pflegestützpunkt, Wohlfahrtsverbände',
      startDate: `${2026 + (i % 3)}-${pad((i % 12) + 1)}-01`,
      endDate: `${2028 + (i % 3)}-${pad((i % 12) + 1)}-28`,
      status: MEASURE_STATUSES[i % 5]!,
      costOnce: 1000 * (i % 9),
    });
    for (let k = 0; k < milestones; k++) {
      await w.insert('milestone', { id: randomUUID(), measure_id: id, title: `Meilenstein ${k + 1}`, due_date: `${2026 + k}-${pad(((i + k) % 12) + 1)}-15`, responsible: 'Sozialplanung', status: k < done ? 'erledigt' : 'offen', done_on: null });
    }
  }
}
