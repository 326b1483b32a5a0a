/**
 * `npx tsx scripts/badInputs.ts`: the bad inputs of the regression suite (tests/fixtures/malformed,
 * the broken register and statistics fixtures, and generated hostile files: empty, binary, NUL
 * bytes, UTF-16, nested 100,000 deep, a JSON bomb, XLSX zip bombs, two million rows) sent to every
 * importer through the app API, as a host would. Prints the corpus figures: attempts, refused
 * cleanly with a German message, plan file changed by a refused import, host failures (an internal
 * error, or no answer to the next call).
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import { dispatch } from '../db/api/dispatch';
import { createServices } from '../db/api/services';
import { answerValue } from '../shared/contract/answer';
import type { ApiResponse } from '../shared/contract/channels';
import { formatNumber } from '../shared/format';
import { zip } from '../tests/helpers/zipWriter';

const root = path.resolve(import.meta.dirname, '..');
const fixtures = path.join(root, 'tests', 'fixtures');
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'psp-bad-inputs-'));
const services = createServices({ host: 'web', version: 'bad-inputs', userDataDir: path.join(dir, 'userdata'), sampleDataDir: path.join(root, 'db', 'sample', 'data'), defaultPlanDir: dir, dialogs: null });
const call = (channel: string, input: unknown): Promise<ApiResponse> => dispatch(channel, input, { windowId: 'w1', services });
const plan = path.join(dir, 'plan.sqlite');
const sha = () => createHash('sha256').update(fs.readFileSync(plan)).digest('hex');

function generated(): { name: string; bytes: Buffer }[] {
  const zeros = zlib.deflateRawSync(Buffer.alloc(300 * 1024 * 1024), { level: 9 });
  const random = Buffer.alloc(64 * 1024);
  for (let i = 0; i < random.length; i++) random[i] = (i * 2654435761) >>> 24;
  const good = fs.readFileSync(path.join(fixtures, 'regionalstatistik', 'LK03354_12411-02-03-5_2015.csv'));
  const withNul = Buffer.from(good);
  withNul[good.length - 10] = 0;
  return [
    { name: 'leer.csv', bytes: Buffer.alloc(0) },
    { name: 'zufall.bin', bytes: random },
    { name: 'nul_nach_4kb.csv', bytes: withNul },
    { name: 'utf16.csv', bytes: Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(good.toString('utf8'), 'utf16le')]) },
    { name: 'tief.geojson', bytes: Buffer.from(`{"type":"FeatureCollection","features":${'['.repeat(100_000)}${']'.repeat(100_000)}}`) },
    { name: 'json_bombe.geojson', bytes: Buffer.from(`{"type":"FeatureCollection","features":[${'{"a":[]},'.repeat(1_500_000)}{}]}`) },
    { name: 'zip_bombe_ehrlich.xlsx', bytes: zip([{ name: 'xl/worksheets/sheet1.xml', data: zeros, declared: 300 * 1024 * 1024 }]) },
    { name: 'zip_bombe_luegt.xlsx', bytes: zip([{ name: 'xl/worksheets/sheet1.xml', data: zeros, declared: 1000 }]) },
    { name: 'zwei_millionen_zeilen.csv', bytes: Buffer.from(`Name;Gemeinde\n${'x;1\n'.repeat(2_000_001)}`) },
  ];
}

function corpus(): { name: string; bytes: Buffer }[] {
  const named = (folder: string, files: string[]) => files.map((f) => ({ name: f, bytes: fs.readFileSync(path.join(fixtures, folder, f)) }));
  return [
    ...named('malformed', fs.readdirSync(path.join(fixtures, 'malformed')).filter((f) => f !== 'README.md')),
    ...named('stock', ['angebote_doppelt.csv', 'angebote_komma.csv', 'angebote_ohne_name.csv', 'angebote_ungueltiger_ags.csv', 'angebote_utf16.csv']),
    ...named('regionalstatistik', ['LK03354_12411-02-03-5_2015.abgeschnitten.csv']),
    ...generated(),
  ];
}

/** Every importer's committing call; a job's failure counts like a refused call. */
async function importers(name: string, bytes: Buffer): Promise<Record<string, ApiResponse>> {
  const contentBase64 = bytes.toString('base64');
  const viaJob = async (response: ApiResponse): Promise<ApiResponse> => {
    if (!response.ok) return response;
    const status = await services.jobs.wait((answerValue(response) as { jobId: string }).jobId, 'w1');
    return status.state === 'done' ? { ok: true, value: status.result } : { ok: false, error: { message: status.error ?? '', code: status.state } };
  };
  return {
    'Gemeinden (GENESIS)': await call('district.import.commit', { format: 'genesis', fileName: name, contentBase64, kreisKey: null }),
    'Gemeinden (GeoJSON)': await call('district.import.commit', { format: 'geojson', fileName: name, contentBase64, kreisKey: null }),
    'Angebote (CSV/XLSX)': await viaJob(await call('stock.import.commit', { register: 'angebote', fileName: name, contentBase64, mapping: null })),
    Pflegestatistik: await call('needs.careStatistics.commit', { fileName: name, contentBase64 }),
    Kohortentabellen: await call('needs.demography.import', { files: [{ fileName: name, contentBase64 }] }),
    Bevölkerung: await viaJob(await call('needs.population.commit', { fileName: name, contentBase64, kind: 'bestand' })),
  };
}

const GERMAN = /[äöüßÄÖÜ]|\b(die|der|das|nicht|keine|Datei|wurde)\b/;

const created = await call('plan.create', { path: plan, meta: { title: 'Prüfplan', districtName: 'LK Lüchow-Dannenberg', kreisKey: '03354', periodFrom: 2026, periodTo: 2030, organisation: '', author: '' } });
if (!created.ok) throw new Error(created.error.message);
const files = corpus();
const figures = { files: files.length, attempts: 0, refusedInGerman: 0, accepted: 0, planChangedByRefusal: 0, hostFailures: 0 };
for (const file of files) {
  const started = Date.now();
  const before = sha();
  const outcomes = await importers(file.name, file.bytes);
  const alive = await call('plan.current', {});
  const changed = sha() !== before;
  const line: string[] = [];
  for (const [importer, r] of Object.entries(outcomes)) {
    figures.attempts++;
    if (r.ok) {
      figures.accepted++;
      line.push(`${importer}: übernommen`);
    } else if (r.error.code === 'internal' || !GERMAN.test(r.error.message)) {
      figures.hostFailures++;
      line.push(`${importer}: FEHLER ${r.error.code} ${r.error.message.slice(0, 80)}`);
    } else figures.refusedInGerman++;
  }
  if (!alive.ok) figures.hostFailures++;
  if (changed && Object.values(outcomes).every((r) => !r.ok)) figures.planChangedByRefusal++;
  console.log(`${file.name} (${formatNumber(file.bytes.length)} B, ${Date.now() - started} ms)${line.length ? `: ${line.join('; ')}` : ': überall abgelehnt'}`);
}
services.sessions.closeAll();
fs.rmSync(dir, { recursive: true, force: true });
console.log('\nKorpus schlechter Eingaben');
console.log(`  Dateien: ${figures.files}, Versuche (Datei × Import): ${figures.attempts}`);
console.log(`  sauber auf Deutsch abgelehnt: ${figures.refusedInGerman}`);
console.log(`  übernommen (Datei passt zu diesem Import trotz Mängeln): ${figures.accepted}`);
console.log(`  Plan durch eine abgelehnte Datei verändert: ${figures.planChangedByRefusal}`);
console.log(`  Host-Ausfälle (interner Fehler oder keine Antwort): ${figures.hostFailures}`);
process.exitCode = figures.planChangedByRefusal + figures.hostFailures > 0 ? 1 : 0;
