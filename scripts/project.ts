/**
 * `npm run project -- --data <Ordner> --kreis <Schlüssel|all> --to <Jahr> --out <Datei.csv>`
 * Headless cohort-component projection with the same engine and default scenario as the app, for
 * one Kreis or every Kreis of Germany, from the official GENESIS tables in a folder (recognised by
 * their table code; UTF-8 or Windows-1252). Writes kreis;ags;jahr;geschlecht;alter_von;alter_bis;
 * bevoelkerung for the Kreis (ags = Kreisschlüssel) and each Gemeinde.
 * Options: --alter gruppen|einzeln, --wanderung gedaempft|beobachtet|keine|<Personen pro Jahr>,
 * --daempfung 0.2, --sterblichkeit <jährlicher Rückgang, z. B. 0.01>.
 */
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { decodeText } from '../db/import/decodeText';
import { runProjectionCli } from '../shared/demography/batch';

const args = process.argv.slice(2);
const opt = (name: string): string | undefined => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1] : undefined;
};

try {
  const data = opt('data');
  if (!data || !fs.existsSync(data) || !fs.statSync(data).isDirectory()) throw new Error('Bitte mit --data einen Ordner mit den GENESIS-Tabellen angeben.');
  const files = fs
    .readdirSync(data)
    .filter((f) => /\.(csv|txt)(\.gz)?$/i.test(f))
    .map((f) => {
      const bytes = fs.readFileSync(path.join(data, f));
      return { name: f, text: decodeText(f.toLowerCase().endsWith('.gz') ? zlib.gunzipSync(bytes) : bytes).text };
    });
  const out = opt('out');
  if (!out) throw new Error('Bitte mit --out die Ausgabedatei angeben.');
  const fd = fs.openSync(`${out}.tmp`, 'w');
  const summary = runProjectionCli(files, { kreis: opt('kreis') ?? 'all', to: opt('to'), ages: opt('alter'), migration: opt('wanderung'), damping: opt('daempfung'), mortalityDecline: opt('sterblichkeit') }, (chunk) => fs.writeSync(fd, chunk));
  fs.closeSync(fd);
  fs.renameSync(`${out}.tmp`, out);
  for (const line of summary) console.log(line);
} catch (e) {
  console.error(`Fehler: ${(e as Error).message}`);
  process.exit(1);
}
