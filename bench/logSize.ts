/**
 * Size of the change log: builds the sample plan and a plan with 50,000 imported offers (the
 * stock bench's builder) and prints file bytes (after VACUUM) and change_log rows of each.
 * Run: npx tsx bench/logSize.ts <scratch dir>
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { randomUUID } from 'node:crypto';
import Sqlite from 'better-sqlite3';
import { createSamplePlan } from '../db/sample/createSamplePlan';
import { commitStockImport } from '../db/stock/importFile';
import { PlanSession } from '../db/session';
import { BUILTIN_OFFER_TYPES } from '../shared/stock/offerTypes';

const SAMPLE_DATA_DIR = path.join(import.meta.dirname, '..', 'db', 'sample', 'data');
const GEMEINDEN = 11_000;
const OFFERS = 50_000;
const agsOf = (i: number) => `${String((i % 16) + 1).padStart(2, '0')}${String(Math.floor(i / 16)).padStart(6, '0')}`;

function figures(file: string): { bytes: number; logRows: number; logBytes: number } {
  const db = new Sqlite(file);
  db.exec('VACUUM');
  const logRows = (db.prepare('SELECT count(*) AS n FROM change_log').get() as { n: number }).n;
  const logBytes = (db.prepare(`SELECT coalesce(sum(pgsize), 0) AS b FROM dbstat WHERE name LIKE 'change_log%' OR name LIKE 'sqlite_autoindex_change_log%'`).get() as { b: number }).b;
  db.close();
  return { bytes: fs.statSync(file).size, logRows, logBytes };
}

async function offersPlan(dir: string): Promise<string> {
  const file = path.join(dir, 'offers.sqlite');
  const session = await PlanSession.create(file, { title: 'Bench', districtName: 'Bund', kreisKey: '', periodFrom: 2026, periodTo: 2030, organisation: '', author: '' }, { backupDir: dir });
  await session.write(async (w) => {
    for (let i = 0; i < GEMEINDEN; i++) await w.insert('gemeinde', { id: randomUUID(), ags: agsOf(i), name: `Gemeinde ${i}`, kind: 'gemeinde', lat: null, lon: null, geometry: null });
  });
  const lines = ['Angebotsart;Name;Träger;Gemeinde (AGS);Kapazität;Belegung;Stand der Angabe'];
  for (let i = 0; i < OFFERS; i++) {
    const type = BUILTIN_OFFER_TYPES[i % BUILTIN_OFFER_TYPES.length]!;
    const capacity = (i % 80) + 5;
    lines.push(`${type.label};Angebot ${i};Träger ${i % 700};${agsOf((i * 7919) % GEMEINDEN)};${capacity};${Math.round(capacity * 0.9)};31.12.2024`);
  }
  const contentBase64 = Buffer.from(lines.join('\n'), 'utf8').toString('base64');
  await commitStockImport(session, { register: 'angebote', fileName: 'angebote.csv', contentBase64, mapping: null });
  session.close();
  return file;
}

const dir = process.argv[2] ?? fs.mkdtempSync(path.join(os.tmpdir(), 'psp-logsize-'));
fs.mkdirSync(dir, { recursive: true });
const sample = await createSamplePlan(path.join(dir, 'samples'), SAMPLE_DATA_DIR);
console.log('sample plan', JSON.stringify(figures(sample)));
console.log(`${OFFERS} offers plan`, JSON.stringify(figures(await offersPlan(dir))));
