/** The report builder as a pure function: which chapters appear, numbering, own text, Land law. */
import { describe, expect, it } from 'vitest';
import type { Analysis } from '../../../shared/contract/needsSchemas';
import { NO_FIGURES } from '../../../shared/needs/analysisView';
import { buildReport } from '../../../shared/report/build';
import { scalePyramid } from '../../../shared/report/chapters/bevoelkerung';
import type { ChapterSetting } from '../../../shared/report/chapters';
import type { ReportData } from '../../../shared/report/data';
import { legalBases } from '../../../shared/report/legal';
import { numberItems, type ReportChapter } from '../../../shared/report/model';
import { barChart } from '../../../shared/report/svg/barChart';
import { BUILTIN_OFFER_TYPES } from '../../../shared/stock/offerTypes';

const emptyAnalysis: Analysis = {
  ready: false,
  missing: ['Es ist noch keine Bevölkerungstabelle importiert.'],
  ...NO_FIGURES,
};

function emptyPlan(settings: ChapterSetting[] = [], kreisKey = '05154'): ReportData {
  return {
    meta: { id: 'p', title: 'Plan', districtName: 'Kreis Kleve', kreisKey, periodFrom: 2026, periodTo: 2030, organisation: 'Sozialamt', author: '', updatedAt: '' },
    today: '2026-11-29',
    gemeinden: [],
    areas: [],
    analysis: emptyAnalysis,
    gemeindePyramids: {},
    offerTypes: [...BUILTIN_OFFER_TYPES],
    offers: [],
    kuemmerer: [],
    networks: [],
    initiatives: [],
    transport: [],
    staffPosts: [],
    fundingProgrammes: [],
    planningDocuments: [],
    registerCounts: {},
    statements: [],
    tasks: [],
    measures: [],
    indicators: [],
    events: [],
    monitoringReports: [],
    imports: [],
    chapterSettings: settings,
  };
}

describe('buildReport', () => {
  it('leaves out chapters the plan has no content for and numbers the rest through', () => {
    const { document, outline } = buildReport(emptyPlan());
    expect(document.chapters.map((c) => `${c.number} ${c.title}`)).toEqual(['1 Vorwort', '2 Ziel, Auftrag und Rechtsgrundlagen', '3 Monitoring und Fortschreibung', '4 Anhang']);
    expect(outline.find((c) => c.id === 'bevoelkerung')).toMatchObject({ hasContent: false, number: null, enabled: true });
  });

  it('shows an otherwise empty chapter with the planner’s own text, and leaves out one she switched off', () => {
    const { document } = buildReport(
      emptyPlan([
        { chapterId: 'beteiligung', enabled: true, ownText: 'Erster Absatz.\n\nZweiter Absatz.' },
        { chapterId: 'auftrag', enabled: false, ownText: '' },
      ]),
    );
    const beteiligung = document.chapters.find((c) => c.id === 'beteiligung')!;
    expect(beteiligung.blocks).toEqual([
      { kind: 'paragraph', style: 'own', text: 'Erster Absatz.' },
      { kind: 'paragraph', style: 'own', text: 'Zweiter Absatz.' },
    ]);
    expect(document.chapters.some((c) => c.id === 'auftrag')).toBe(false);
  });

  it('replaces the default Vorwort by the planner’s own', () => {
    const { document } = buildReport(emptyPlan([{ chapterId: 'vorwort', enabled: true, ownText: 'Vorwort des Landrats' }]));
    expect(document.chapters[0]!.blocks).toEqual([{ kind: 'paragraph', style: 'own', text: 'Vorwort des Landrats' }]);
  });
});

describe('numberItems', () => {
  it('numbers figures and tables separately in reading order across chapters', () => {
    const fig = { kind: 'figure' as const, caption: 'F', source: 'Q', svg: '<svg/>', width: 1, height: 1 };
    const tab = { kind: 'table' as const, caption: 'T', source: 'Q', columns: [{ label: 'A' }], rows: [] };
    const chapters: ReportChapter[] = [
      { id: 'a', number: 1, title: 'A', blocks: [{ ...fig }, { ...tab }, { ...fig }] },
      { id: 'b', number: 2, title: 'B', blocks: [{ ...tab }] },
    ];
    const { figures, tables } = numberItems(chapters);
    expect(figures.map((f) => [f.number, f.chapterNumber])).toEqual([[1, 1], [2, 1]]);
    expect(tables.map((t) => [t.number, t.chapterNumber])).toEqual([[1, 1], [2, 2]]);
  });
});

describe('legal bases', () => {
  it('chooses the Land law by the first two digits of the Kreis key', () => {
    expect(legalBases('05154').landLaws[0]!.citation).toMatch(/§ 7 Alten- und Pflegegesetz Nordrhein-Westfalen/);
    expect(legalBases('09162').landLaws[0]!.citation).toMatch(/Art\. 69/);
    expect(legalBases('07111').landLaws[0]!.citation).toMatch(/LPflegeASG/);
    expect(legalBases('03354').land).toBe('Niedersachsen');
    expect(legalBases('99999').land).toBeNull();
    expect(legalBases('03354').federal.map((l) => l.citation.split(' –')[0])).toEqual(expect.arrayContaining(['§ 8 SGB XI', '§ 9 SGB XI']));
  });
});

describe('SVG figures', () => {
  it('escape labels and fit their legend into the declared height', () => {
    const f = barChart({ categories: ['Lüchow <Wendland>'], series: ['a', 'b', 'c', 'd', 'e', 'f'].map((n) => ({ name: `Reihe ${n} mit langem Namen`, values: [1] })), label: 'Test & Co', width: 300, height: 200 });
    expect(f.svg).toContain('Lüchow &lt;Wendland&gt;');
    expect(f.svg).toContain('aria-label="Test &amp; Co"');
    const ys = [...f.svg.matchAll(/<text x="[\d.]+" y="([\d.]+)"/g)].map((m) => Number(m[1]));
    expect(Math.max(...ys)).toBeLessThanOrEqual(f.height);
  });
});

describe('scalePyramid', () => {
  it('carries the projected change of the overlapping bands over to each band, also to an open one', () => {
    const rows = [
      { band: '0-65', maennlich: 100, weiblich: 100 },
      { band: '65-75', maennlich: 30, weiblich: 30 },
      { band: '75+', maennlich: 10, weiblich: 30 },
    ];
    const base = { '0-60': 180, '60-65': 20, '65-70': 30, '70-75': 30, '75-80': 20, '80-85': 10, '85-90': 6, '90+': 4 };
    const target = { '0-60': 162, '60-65': 18, '65-70': 45, '70-75': 45, '75-80': 30, '80-85': 20, '85-90': 20, '90+': 10 };
    const scaled = scalePyramid(rows, base, target);
    expect(scaled.map((r) => Math.round((r.maennlich + r.weiblich) * 100) / 100)).toEqual([180, 90, 80]);
  });
});
