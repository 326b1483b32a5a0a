/**
 * Every Kreis of Germany imports from the national Gemeinde table 12411-02-03-5 (31.12.2015):
 * its Gemeinden and their population, each checked against the file's own Kreis row. The Kreis
 * rows are read here with a plain split, independently of the importers under test.
 */
import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { decodeText } from '../../../db/import/decodeText';
import { readGemeindenTable, selectGemeinden } from '../../../shared/import/gemeindenFromGenesis';
import { parsePopulationText, recordTotal } from '../../../shared/needs/populationParser';
import { fixture } from '../../helpers/files';

const text = decodeText(fs.readFileSync(fixture('needs/genesis_12411-02-03-5_00.csv'))).text;
const lines = text.split(/\r?\n/);
const header = lines.find((l) => l.startsWith(';;Insgesamt;'))!.split(';');
// Column of "Insgesamt" over all ages for insgesamt / männlich / weiblich: the 18th value column of each block.
const totalColumn = { insgesamt: 2 + 17, maennlich: 2 + 18 + 17, weiblich: 2 + 36 + 17 } as const;

interface KreisRow {
  key: string;
  name: string;
  total: Record<keyof typeof totalColumn, number>;
}
const kreise: KreisRow[] = lines
  .map((l) => l.split(';'))
  .filter((c) => /^\d{5}$/.test(c[0]!) && /^\d+$/.test(c[totalColumn.insgesamt]!))
  .map((c) => ({
    key: c[0]!,
    name: c[1]!.trim(),
    total: { insgesamt: Number(c[totalColumn.insgesamt]), maennlich: Number(c[totalColumn.maennlich]), weiblich: Number(c[totalColumn.weiblich]) },
  }));

describe('the national file 12411-02-03-5', () => {
  it('has the expected layout and 400 Kreise with a population (Berlin and Hamburg are Länder here)', () => {
    expect([header[totalColumn.insgesamt], header[totalColumn.maennlich], header[totalColumn.weiblich]]).toEqual(['Insgesamt', 'männlich', 'weiblich']);
    expect(kreise).toHaveLength(400);
    const germany = Number(lines.find((l) => l.startsWith('DG;'))!.split(';')[totalColumn.insgesamt]);
    const landOnly = ['02', '11'].map((land) => Number(lines.find((l) => l.startsWith(`${land};`))!.split(';')[totalColumn.insgesamt]));
    expect(kreise.reduce((a, k) => a + k.total.insgesamt, 0) + landOnly[0]! + landOnly[1]!).toBe(germany);
  });

  it('gives every Kreis its Gemeinden without an error, adding up to the Kreis row', () => {
    const table = readGemeindenTable(text);
    if ('failed' in table) throw new Error(table.failed.problems[0]!.message);
    const failures: string[] = [];
    for (const k of kreise) {
      const preview = selectGemeinden(table, k.key);
      const errors = preview.problems.filter((p) => p.severity === 'fehler');
      const sum = preview.rows.reduce((a, r) => a + (r.value.population ?? 0), 0);
      if (errors.length > 0 || preview.rows.length === 0 || sum !== k.total.insgesamt) {
        failures.push(`${k.key} ${k.name}: ${preview.rows.length} Gemeinden, Summe ${sum} statt ${k.total.insgesamt}; ${errors.map((e) => e.message).join(' | ')}`);
      }
      // No hint may call a Gemeinde dissolved that is imported.
      const imported = new Set(preview.rows.map((r) => r.value.ags));
      for (const p of preview.problems) for (const ags of p.message.match(/\b\d{8}\b/g) ?? []) if (p.message.startsWith('übersprungen, weil') && imported.has(ags)) failures.push(`${k.key}: ${ags} imported and called dissolved`);
    }
    expect(failures).toEqual([]);
  });

  it('gives every Kreis its population by sex, the Gemeinden adding up to the Kreis row', () => {
    const parsed = parsePopulationText(text, null);
    expect(parsed.problems.filter((p) => p.severity === 'fehler')).toEqual([]);
    const sums = new Map<string, number>();
    for (const r of parsed.records) if (r.level === 'gemeinde') sums.set(`${r.key.slice(0, 5)}|${r.sex}`, (sums.get(`${r.key.slice(0, 5)}|${r.sex}`) ?? 0) + recordTotal(r));
    const failures = kreise.flatMap((k) =>
      (['insgesamt', 'maennlich', 'weiblich'] as const).filter((s) => sums.get(`${k.key}|${s}`) !== k.total[s]).map((s) => `${k.key} ${s}: ${sums.get(`${k.key}|${s}`)} statt ${k.total[s]}`),
    );
    expect(failures).toEqual([]);
  });

  it('Uelzen (03360, dissolved Samtgemeinden) and Flensburg (kreisfreie Stadt) as a plan’s Kreis', () => {
    const uelzen = parsePopulationText(text, '03360');
    expect(uelzen.problems.filter((p) => p.severity === 'fehler')).toEqual([]);
    const uelzenRow = kreise.find((k) => k.key === '03360')!;
    expect(uelzen.records.filter((r) => r.level === 'gemeinde' && r.sex === 'insgesamt').reduce((a, r) => a + recordTotal(r), 0)).toBe(uelzenRow.total.insgesamt);

    const flensburg = parsePopulationText(text, '01001');
    const gemeinden = flensburg.records.filter((r) => r.level === 'gemeinde' && r.sex === 'insgesamt');
    expect(gemeinden.map((g) => [g.key, g.name, recordTotal(g)])).toEqual([['01001000', 'Flensburg', kreise.find((k) => k.key === '01001')!.total.insgesamt]]);
    const table = readGemeindenTable(text);
    if ('failed' in table) throw new Error('unreadable');
    expect(selectGemeinden(table, '01001').rows.map((r) => r.value.ags)).toEqual(['01001000']);
  });
});
