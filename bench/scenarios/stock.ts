/**
 * Bestandserhebung at scale: a generated register of 50,000 offers over 11,000 Gemeinden.
 * Measures the CSV import (validation, matching, change log, one transaction), the table
 * query with a filter, and the per-Gemeinde summaries.
 */
import { randomUUID } from 'node:crypto';
import path from 'node:path';
import { sql } from 'kysely';
import { commitStockImport, previewStockImport } from '../../db/stock/importFile';
import { listRecords } from '../../db/stock/repository';
import { fieldSummary, gemeindeStock } from '../../db/stock/views';
import { PlanSession } from '../../db/session';
import { BUILTIN_OFFER_TYPES } from '../../shared/stock/offerTypes';
import type { Scenario } from '../measure';

const GEMEINDEN = 11_000;
const OFFERS = 50_000;
const meta = { title: 'Bench Bestand', districtName: 'Bund', kreisKey: '', periodFrom: 2026, periodTo: 2030, organisation: '', author: '' };

/** Valid, distinct AGS spread over the 16 Länder. */
const agsOf = (i: number) => `${String((i % 16) + 1).padStart(2, '0')}${String(Math.floor(i / 16)).padStart(6, '0')}`;

function offersCsv(): string {
  const lines = ['Angebotsart;Name;Träger;Gemeinde (AGS);Kapazität;Belegung;Stand der Angabe'];
  for (let i = 0; i < OFFERS; i++) {
    const type = BUILTIN_OFFER_TYPES[i % BUILTIN_OFFER_TYPES.length]!;
    const capacity = (i % 80) + 5;
    lines.push(`${type.label};Angebot ${i};Träger ${i % 700};${agsOf((i * 7919) % GEMEINDEN)};${capacity};${Math.round(capacity * 0.9)};31.12.2024`);
  }
  return lines.join('\n');
}

export const run: Scenario = async (measure, dir) => {
  const session = await PlanSession.create(path.join(dir, 'stock.sqlite'), meta);
  await session.write(async (w) => {
    for (let i = 0; i < GEMEINDEN; i++) await w.insert('gemeinde', { id: randomUUID(), ags: agsOf(i), name: `Gemeinde ${i}`, kind: 'gemeinde', lat: null, lon: null, geometry: null });
  });
  const input = { register: 'angebote' as const, fileName: 'angebote.csv', contentBase64: Buffer.from(offersCsv(), 'utf8').toString('base64'), mapping: null };

  await measure(`stock: import preview of ${OFFERS} offers (read, map, validate, match)`, 1, async () => {
    const p = await previewStockImport(session, input);
    return { rows: p.totalRows, errors: p.counts.fehler };
  });
  await measure(`stock: import commit of ${OFFERS} offers over ${GEMEINDEN} Gemeinden (one transaction with change log)`, 1, async () => {
    const r = await commitStockImport(session, input);
    const log = await session.db.selectFrom('change_log').select(({ fn }) => fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
    return { inserted: r.inserted, change_log_rows: Number(log.n) };
  });

  const someGemeinde = await session.db.selectFrom('gemeinde').select('id').where('ags', '=', agsOf(42)).executeTakeFirstOrThrow();
  await measure('stock: table query (all offers, as the register page loads them)', 5, async () => ({ rows: (await listRecords(session, 'angebote')).length }));
  await measure('stock: filtered table query (Tagespflege, capacity ≥ 40, name search) in SQL', 20, async () => {
    const rows = await session.db
      .selectFrom('offer')
      .select(['id', 'name', 'capacity', 'gemeinde_id'])
      .where('deleted_at', 'is', null)
      .where('type_id', '=', 'tagespflege')
      .where('capacity', '>=', 40)
      .where('name', 'like', '%Angebot 1%')
      .orderBy('name')
      .execute();
    return { rows: rows.length };
  });
  await measure('stock: per-Gemeinde summary query (count and capacity per Gemeinde and type)', 10, async () => {
    const rows = await sql<{ gemeinde_id: string; type_id: string; n: number; capacity: number }>`
      SELECT gemeinde_id, type_id, count(*) AS n, total(capacity) AS capacity
      FROM offer WHERE deleted_at IS NULL GROUP BY gemeinde_id, type_id`.execute(session.db);
    return { groups: rows.rows.length };
  });
  await measure('stock: everything in one Gemeinde (per-Gemeinde view)', 20, async () => {
    const s = await gemeindeStock(session, someGemeinde.id);
    return { offers: s.sections.find((x) => x.register === 'angebote')?.records.length ?? 0 };
  });
  await measure('stock: step-1 summary of field 7 (coverage over all Gemeinden)', 3, async () => ({ lines: (await fieldSummary(session, 'hf07')).flatMap((x) => x.lines).length }));
  session.close();
};
