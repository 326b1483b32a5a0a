/**
 * The Pflegestrukturbericht of the sample plan, generated through the channel as the app does
 * and read back: pdftotext finds every chapter, one profile per Gemeinde, source lines and the
 * analysis' numbers; pdffonts shows embedded fonts; the .docx has Heading styles and tables.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { reportResultSchema, type ReportResult } from '../../../shared/contract/reportSchemas';
import type { Analysis } from '../../../shared/contract/needsSchemas';
import { formatNumber } from '../../../shared/format';
import { REPORT_CHAPTERS } from '../../../shared/report/chapters';
import { mainScenario } from '../../../shared/report/view';
import { call, useTestServices } from '../../helpers/services';

/** Host services in a scratch folder for this file (tests/helpers/services.ts). */
const { dir, services } = useTestServices();

let result: ReportResult;
let text: string;
let analysis: Analysis;
const TODAY = '2026-11-29';

beforeAll(async () => {
  await call(services, 'plan.openSample', {});
  analysis = await call(services, 'needs.analysis', { year: null });
  const { jobId } = await call(services, 'report.generate', { today: TODAY, pdfPath: path.join(dir, 'Bericht.pdf'), docxPath: path.join(dir, 'Bericht.docx'), previewOnly: false });
  const status = await services.jobs.wait(jobId, 'w1');
  expect(status.error).toBeNull();
  result = reportResultSchema.parse(status.result);
  // -layout would interleave columns; plain reading order is what a screen reader gets.
  text = execFileSync('pdftotext', ['-enc', 'UTF-8', result.pdf!.path!, '-'], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
}, 120_000);
const flat = (s: string) => s.replace(/\s+/g, ' ');

describe('Pflegestrukturbericht of the sample plan', () => {
  it('has every chapter, in order, with a page in the contents', () => {
    let at = text.indexOf('Abbildungsverzeichnis');
    for (const [i, c] of REPORT_CHAPTERS.entries()) {
      const heading = `${i + 1} ${c.title}`;
      const found = text.indexOf(heading, at);
      expect(found, heading).toBeGreaterThan(at);
      at = found;
      expect(result.chapterPages[c.id], c.id).toBeGreaterThan(2);
    }
    expect(result.pages).toBeGreaterThan(40);
    expect(text).toContain('Inhaltsverzeichnis');
    expect(text).toContain('Tabellenverzeichnis');
    expect(text).toMatch(/Seite 3 von \d+/);
    expect(text).toContain('Stand: 29.11.2026');
  });

  it('has one profile per Gemeinde of the sample (29)', async () => {
    const gemeinden = await call(services, 'district.gemeinden.list', {});
    expect(gemeinden).toHaveLength(29);
    for (const g of gemeinden) expect(text, g.name).toContain(`${g.name} (${g.ags})`);
  });

  it('puts a source line under every figure and table and names the licence', () => {
    const captions = text.match(/^(Abbildung|Tabelle) \d+: /gm) ?? [];
    const sources = text.match(/^Quelle: /gm) ?? [];
    // Each caption appears twice (list and body); each body caption has one source line.
    expect(sources.length).toBeGreaterThanOrEqual(captions.length / 2);
    expect(flat(text)).toContain('dl-de/by-2-0');
    expect(flat(text)).toContain('12411-02-03-5');
  });

  it('prints the analysis numbers: population and people in need of care of the Kreis', () => {
    const kreis = mainScenario(analysis)!.rows.find((r) => r.key === 'kreis' && r.year === analysis.baseYear)!;
    const population = Object.values(kreis.population).reduce((a, b) => a + b, 0);
    const need = kreis.need.pflegegeld + kreis.need.ambulant + kreis.need.vollstationaer;
    const t = flat(text);
    expect(t).toContain(`lebten ${analysis.baseYear} ${formatNumber(Math.round(population), 0)} Menschen`);
    expect(t).toContain(`Pflegebedürftige ${analysis.baseYear} ${formatNumber(Math.round(need), 0)}`);
    expect(t).toContain(`nur Pflegegeld ${formatNumber(Math.round(kreis.need.pflegegeld), 0)}`);
  });

  it('embeds its fonts and sets title and language', () => {
    const fonts = execFileSync('pdffonts', [result.pdf!.path!], { encoding: 'utf8' }).split('\n').slice(2).filter(Boolean);
    expect(fonts.length).toBeGreaterThan(0);
    for (const line of fonts) expect(line, line).toMatch(/\s+yes\s+yes\s+yes\s+/);
    const info = execFileSync('pdfinfo', [result.pdf!.path!], { encoding: 'utf8' });
    expect(info).toMatch(/Title:\s+Pflegestrukturbericht – Landkreis Lüchow-Dannenberg/);
    expect(info).toMatch(/Page size:\s+595\.28 x 841\.89 pts \(A4\)/);
    // Language and bookmarks sit in the (uncompressed) document catalog.
    const raw = fs.readFileSync(result.pdf!.path!).toString('latin1');
    expect(raw).toContain('/Lang (de-DE)');
    expect(raw).toContain('/Outlines');
  });

  it('writes a Word file with Heading styles, tables and pictures', () => {
    const docx = result.docx!.path!;
    const xml = execFileSync('unzip', ['-p', docx, 'word/document.xml'], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
    expect(xml.match(/w:pStyle w:val="Heading1"/g)?.length).toBe(REPORT_CHAPTERS.length);
    expect(xml).toContain('w:pStyle w:val="Heading2"');
    expect((xml.match(/<w:tbl>/g) ?? []).length).toBeGreaterThan(50);
    expect(xml).toContain('<w:tblHeader/>');
    expect(xml).toContain('Der Landkreis und seine Bevölkerung');
    const media = execFileSync('unzip', ['-l', docx], { encoding: 'utf8' });
    expect(media).toMatch(/word\/media\/.+\.png/);
  });

  it('leaves out a chapter the planner switched off and shows her own text', async () => {
    const outline = await call(services, 'report.chapters.save', { today: TODAY, chapterId: 'personal', enabled: false, ownText: '' });
    expect(outline.find((c) => c.id === 'personal')).toMatchObject({ enabled: false, number: null, hasContent: true });
    const own = await call(services, 'report.chapters.save', { today: TODAY, chapterId: 'bedarf', enabled: true, ownText: 'Eigener Text der Planerin.' });
    expect(own.find((c) => c.id === 'bedarf')!.ownText).toBe('Eigener Text der Planerin.');
    expect(own.find((c) => c.id === 'prognose')!.number).toBe(6);
  });
});
