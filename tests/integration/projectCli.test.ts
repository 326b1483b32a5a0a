/**
 * `npm run project` end to end: the real command on a folder of the national GENESIS tables (one
 * of them in Windows-1252, as downloads used to be), every Kreis of Germany, checked against the
 * official counts of the base year and for Gemeinden summing to their Kreis.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import iconv from 'iconv-lite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readWideCounts } from '../../shared/demography/genesisCounts';
import { parseGenesisTable } from '../../shared/import/genesisTable';
import { componentFiles } from '../helpers/nationalTables';

const root = path.resolve(import.meta.dirname, '..', '..');
let dir: string;
let rows: string[][];

function run(...args: string[]) {
  return spawnSync(path.join(root, 'node_modules', '.bin', 'tsx'), [path.join(root, 'scripts', 'project.ts'), ...args], { cwd: root, encoding: 'utf8' });
}

beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'psp-project-'));
  fs.mkdirSync(path.join(dir, 'daten'));
  for (const f of componentFiles()) {
    const bytes = f.name.includes('12613') ? iconv.encode(f.text, 'windows-1252') : Buffer.from(f.text, 'utf8');
    fs.writeFileSync(path.join(dir, 'daten', f.name), bytes);
  }
  fs.writeFileSync(path.join(dir, 'daten', 'notiz.txt'), 'keine Tabelle');
  const r = run('--data', path.join(dir, 'daten'), '--kreis', 'all', '--to', '2019', '--out', path.join(dir, 'out.csv'));
  expect(r.status, r.stderr).toBe(0);
  expect(r.stdout).toMatch(/402 Kreis\(e\), 2015–2019/);
  rows = fs.readFileSync(path.join(dir, 'out.csv'), 'utf8').trim().split('\n').map((l) => l.split(';'));
}, 120_000);

afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe('npm run project', () => {
  it('writes the documented columns, five years, both sexes, 17 bands', () => {
    expect(rows[0]).toEqual(['kreis', 'ags', 'jahr', 'geschlecht', 'alter_von', 'alter_bis', 'bevoelkerung']);
    const data = rows.slice(1);
    expect(new Set(data.map((r) => r[2]))).toEqual(new Set(['2015', '2016', '2017', '2018', '2019']));
    expect(new Set(data.map((r) => r[3]))).toEqual(new Set(['m', 'w']));
    expect(data.filter((r) => r[0] === '03354' && r[1] === '03354' && r[2] === '2019')).toHaveLength(34);
    expect(data.find((r) => r[1] === '03354' && r[4] === '75')![5]).toBe('');
    expect(data.every((r) => Number.isFinite(Number(r[6])) && Number(r[6]) >= 0)).toBe(true);
  });

  it('reproduces the official Kreis counts of 31.12.2015 for every Kreis, band and sex', () => {
    const official = readWideCounts(parseGenesisTable(componentFiles().find((f) => f.name.includes('12411-02-03-5'))!.text));
    const kreise = new Set(rows.slice(1).map((r) => r[0]!));
    expect(kreise.size).toBe(402);
    for (const r of rows.slice(1)) {
      if (r[1] !== r[0] || r[2] !== '2015') continue;
      const code = r[0] === '02000' ? '02' : r[0] === '11000' ? '11' : r[0]!;
      const band = official.get(code)!.bands.find((b) => String(b.band.from) === r[4])!;
      expect(Number(r[6]), `${r[0]} ${r[3]} ${r[4]}`).toBeCloseTo(r[3] === 'm' ? band.m! : band.w!, 2);
    }
  });

  it('lets the Gemeinden of every Kreis sum to the Kreis for every year, band and sex', () => {
    const kreis = new Map<string, number>();
    const gemeinden = new Map<string, number>();
    for (const r of rows.slice(1)) {
      const key = `${r[0]}|${r[2]}|${r[3]}|${r[4]}`;
      const target = r[1] === r[0] ? kreis : gemeinden;
      target.set(key, (target.get(key) ?? 0) + Number(r[6]));
    }
    for (const [key, v] of kreis) expect(gemeinden.get(key) ?? 0, key).toBeCloseTo(v, 0);
  });

  it('refuses an unknown Kreis and a folder without the tables in German', () => {
    const r = run('--data', path.join(dir, 'daten'), '--kreis', '99999', '--to', '2019', '--out', path.join(dir, 'x.csv'));
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/Den Kreis „99999“ gibt es in den Tabellen nicht/);
    fs.mkdirSync(path.join(dir, 'leer'));
    const e = run('--data', path.join(dir, 'leer'), '--kreis', 'all', '--to', '2019', '--out', path.join(dir, 'y.csv'));
    expect(e.status).toBe(1);
    expect(e.stderr).toMatch(/Es fehlen amtliche Tabellen/);
    expect(fs.existsSync(path.join(dir, 'y.csv'))).toBe(false);
  });
});
