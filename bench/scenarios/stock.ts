/**
 * Bestandserhebung at scale: a generated register of 50,000 offers over 11,000 Gemeinden.
 * Measures the CSV import (validation, matching, change log, one transaction) as the app runs
 * it (a job whose write phase is a plan job in a worker, db/jobs/planJob.ts: the pause is the
 * host's, CPU and peak RSS are the process's, worker included), the table query with a filter,
 * the map's aggregates, a pick list, and the per-Gemeinde summaries.
 *
 * Parts (each its own process, so each side's memory is its own):
 * - `preview`: the import preview (a plain handler);
 * - `app`: the commit as the handler starts it (job runner → runPlanJob), then the queries;
 * - `baseline`: the same offers and the same change log (one entry per row) written by a plain program:
 *   split the CSV, one prepared INSERT for the offers and one for the log, one transaction.
 */
import { createHash, randomUUID } from 'node:crypto';
import path from 'node:path';
import { sql } from 'kysely';
import { expandEntries } from '../../db/changes/entries';
import { planJobWorkerReady, preparePlanJobWorker, runPlanJob } from '../../db/jobs/planJob';
import { previewStockImport } from '../../db/stock/importFile';
import { listPage } from '../../db/stock/registerPage';
import { offerMap } from '../../db/stock/offerMap';
import { listSomeRecords } from '../../db/stock/recordList';
import { listRecords } from '../../db/stock/repository';
import { fieldSummary, gemeindeStock } from '../../db/stock/views';
import { PlanSession } from '../../db/session';
import { formatHlc, tick, type HlcState } from '../../shared/changes/hlc';
import { registerDef } from '../../shared/stock/registers';
import { BUILTIN_OFFER_TYPES } from '../../shared/stock/offerTypes';
import { runJob, type Scenario } from '../measure';

const GEMEINDEN = 11_000;
const OFFERS = 50_000;
const meta = { title: 'Bench Bestand', districtName: 'Bund', kreisKey: '', periodFrom: 2026, periodTo: 2030, organisation: '', author: '' };
const COMMIT = `stock: import commit of ${OFFERS} offers over ${GEMEINDEN} Gemeinden (one transaction with change log)`;

export const parts = ['app', 'baseline', 'preview'] as const;

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

/** The written offers and log, independent of ids and clocks: app and baseline must agree (run after the timing). */
function checksum(session: PlanSession): Record<string, unknown> {
  // Gemeinde ids are random per plan: compared by AGS.
  const fields = registerDef('angebote')
    .fields.map((f) => (f.key === 'gemeinde_id' ? '(SELECT ags FROM gemeinde g WHERE g.id = o.gemeinde_id)' : `o.${f.key}`))
    .join(', ');
  const hash = createHash('sha1');
  for (const row of session.sqlite.prepare(`SELECT ${fields}, o.is_example FROM offer o ORDER BY o.name`).raw().iterate()) hash.update(JSON.stringify(row));
  // Per column (db/changes/entries.ts), so the key order inside a whole-row insert does not matter.
  const log = createHash('sha1');
  const agsById = new Map((session.sqlite.prepare('SELECT id, ags FROM gemeinde').all() as { id: string; ags: string }[]).map((g) => [g.id, g.ags]));
  const entries = session.sqlite.prepare("SELECT o.name, l.col, l.old_value, l.new_value, l.op FROM change_log l JOIN offer o ON o.id = l.row_id WHERE l.tbl = 'offer'").all() as { name: string; col: string; old_value: string | null; new_value: string | null; op: string }[];
  const rows = expandEntries(entries).map((e) => [e.name, e.col, e.old_value, e.col === 'gemeinde_id' ? (agsById.get(JSON.parse(e.new_value!) as string) ?? null) : e.new_value, e.op] as const);
  rows.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : a[1] < b[1] ? -1 : a[1] > b[1] ? 1 : 0));
  const n = rows.length;
  for (const row of rows) log.update(JSON.stringify(row));
  return { offer_log_rows: n, offers_sha1: hash.digest('hex').slice(0, 12), log_sha1: log.digest('hex').slice(0, 12) };
}

async function planWithGemeinden(dir: string): Promise<PlanSession> {
  const session = await PlanSession.create(path.join(dir, 'stock.sqlite'), meta);
  await session.write(async (w) => {
    for (let i = 0; i < GEMEINDEN; i++) await w.insert('gemeinde', { id: randomUUID(), ags: agsOf(i), name: `Gemeinde ${i}`, kind: 'gemeinde', lat: null, lon: null, geometry: null });
  });
  return session;
}

export const run: Scenario = async (measure, dir, part) => {
  const session = await planWithGemeinden(dir);
  if (part === 'baseline') {
    const csv = offersCsv();
    await measure.baseline(COMMIT, 1, async () => ({ inserted: baselineCommit(session, csv) }), { check: () => checksum(session) });
    session.close();
    return;
  }
  // The file as the window sends it, base64; the host never holds its text (6.5 MB of this process's memory otherwise).
  const input = { register: 'angebote' as const, fileName: 'angebote.csv', contentBase64: Buffer.from(offersCsv(), 'utf8').toString('base64'), mapping: null };

  if (part === 'preview') {
    // Its own process, so the commit's peak memory does not start from the preview's.
    // Not a job in the app (a plain handler): max_event_loop_pause_ms is how long the host does not answer.
    await measure.job(`stock: import preview of ${OFFERS} offers (read, map, validate, match)`, 1, async () => {
      const p = await previewStockImport(session, input);
      return { rows: p.totalRows, errors: p.counts.fehler };
    });
    session.close();
    return;
  }
  // As db/sessions.ts does on opening a plan: the job's worker is started ahead.
  preparePlanJobWorker();
  await planJobWorkerReady();
  await measure.app(
    COMMIT,
    1,
    async () => {
      const r = await runJob('stock-import', (job) => runPlanJob(session, 'stock.import', input, job));
      return { inserted: r.inserted };
    },
    { job: true, check: () => ({ change_log_rows: (session.sqlite.prepare('SELECT count(*) AS n FROM change_log').get() as { n: number }).n, ...checksum(session) }) },
  );

  const someGemeinde = await session.db.selectFrom('gemeinde').select('id').where('ags', '=', agsOf(42)).executeTakeFirstOrThrow();
  await measure('stock: table query (all offers, as the register page loaded them before issue #11; stock.list)', 5, async () => {
    const all = await listRecords(session, 'angebote');
    return { rows: all.length, response_kb: Math.round(Buffer.byteLength(JSON.stringify(all)) / 1024) };
  });
  // The register table since issue #11: one page, filters, counts and sums in SQL (stock.page).
  const pageBytes = (p: unknown) => Math.round(Buffer.byteLength(JSON.stringify(p)) / 1024);
  await measure('stock: register table page (stock.page: first 50 by name, count and sums)', 10, async () => {
    const p = await listPage(session, { register: 'angebote', sort: { key: 'name', direction: 'ascending' }, limit: 50, offset: 0 });
    return { rows: p.records.length, matching: p.matching, response_kb: pageBytes(p) };
  });
  await measure('stock: register table page (stock.page: search „angebot 1“, Tagespflege, page 3)', 10, async () => {
    const p = await listPage(session, { register: 'angebote', text: 'angebot 1', kind: 'tagespflege', sort: { key: 'capacity', direction: 'descending' }, limit: 50, offset: 100 });
    return { rows: p.records.length, matching: p.matching, response_kb: pageBytes(p) };
  });
  // The map and charts page since issue #11: aggregates per Gemeinde and type and the places, in SQL (stock.offerMap).
  await measure('stock: map and charts page (stock.offerMap: count and capacity per Gemeinde and type, places)', 5, async () => {
    const m = await offerMap(session);
    return { groups: m.groups.length, points: m.points.length, response_kb: pageBytes(m) };
  });
  // A pick list over the largest register (stock.list: search as typed, first 21 by name).
  await measure('stock: pick list (stock.list: search „angebot 4711“, first 21 by name)', 10, async () => {
    const r = await listSomeRecords(session, { register: 'angebote', text: 'angebot 4711', order: 'title', limit: 21 });
    return { rows: r.length, response_kb: pageBytes(r) };
  });
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

/**
 * The plain program: the same rows and one log row per inserted row (as the app writes them), with
 * one prepared statement each, in one transaction. Returns the number of offers.
 */
function baselineCommit(session: PlanSession, csv: string): number {
  const db = session.sqlite;
  const fields = registerDef('angebote').fields.map((f) => f.key);
  const cols = ['id', ...fields, 'is_example', 'created_at', 'updated_at', 'deleted_at'];
  const insert = db.prepare(`INSERT INTO offer (${cols.join(', ')}) VALUES (${cols.map(() => '?').join(', ')})`);
  const log = db.prepare('INSERT INTO change_log (hlc, replica_id, tbl, row_id, col, old_value, new_value, op, tx_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)');
  const gemeindeByAgs = new Map((db.prepare('SELECT ags, id FROM gemeinde').all() as { ags: string; id: string }[]).map((g) => [g.ags, g.id]));
  const typeByLabel = new Map(BUILTIN_OFFER_TYPES.map((t) => [t.label, t]));
  const replica = session.replicaId;
  let clock: HlcState = { millis: 0, counter: 0 };
  const tx = randomUUID();
  const now = new Date().toISOString();
  let n = 0;
  db.transaction(() => {
    const lines = csv.split('\n');
    for (let i = 1; i < lines.length; i++) {
      const c = lines[i]!.split(';');
      const [d, m, y] = c[6]!.split('.');
      const v: Record<string, unknown> = {};
      for (const f of fields) v[f] = null;
      const type = typeByLabel.get(c[0]!)!;
      v.type_id = type.id;
      v.capacity_unit = type.capacityUnit;
      v.name = c[1];
      v.provider = c[2];
      v.gemeinde_id = gemeindeByAgs.get(c[3]!)!;
      v.capacity = Number(c[4]);
      v.occupancy = Number(c[5]);
      v.target_groups = '[]';
      v.source_date = `${y}-${m}-${d}`;
      v.is_example = 0;
      const id = randomUUID();
      insert.run(id, ...fields.map((f) => v[f]), 0, now, now, null);
      // One entry for the whole row, as the app's change writer logs an insert.
      clock = tick(clock, Date.now());
      log.run(formatHlc(clock, replica), replica, 'offer', id, '*', null, JSON.stringify(Object.fromEntries([...fields, 'is_example'].map((col) => [col, v[col] ?? null]))), 'insert', tx);
      n++;
    }
  })();
  return n;
}
