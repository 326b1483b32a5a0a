/**
 * Assembles the Pflegestrukturbericht from the plan's data: each chapter builder in report
 * order, the planner's own text first, chapters switched off or without content left out,
 * then figures and tables numbered through and the Anhang built from the numbered items.
 */
import { type ChapterSetting, defaultChapterSetting, REPORT_CHAPTERS, type ReportChapterId } from './chapters';
import { anhang } from './chapters/anhang';
import { auftrag } from './chapters/auftrag';
import { bedarf } from './chapters/bedarf';
import { bestand } from './chapters/bestand';
import { beteiligung } from './chapters/beteiligung';
import { bevoelkerung } from './chapters/bevoelkerung';
import { gemeinden } from './chapters/gemeinden';
import { massnahmen } from './chapters/massnahmen';
import { monitoring } from './chapters/monitoring';
import { personal } from './chapters/personal';
import { pflegebeduerftigkeit } from './chapters/pflegebeduerftigkeit';
import { prognose } from './chapters/prognose';
import { vorwort } from './chapters/vorwort';
import type { ReportData } from './data';
import { type Block, numberItems, type NumberedItem, type ReportChapter, type ReportDocument } from './model';
import { makeView, type ReportView } from './view';


type Builder = (v: ReportView) => Block[];

const BUILDERS: Record<Exclude<ReportChapterId, 'anhang'>, Builder> = {
  vorwort,
  auftrag,
  bevoelkerung,
  pflegebeduerftigkeit,
  bestand,
  personal,
  prognose,
  bedarf,
  gemeinden,
  beteiligung,
  massnahmen,
  monitoring,
};

/** What the report page shows per chapter before anything is rendered. */
export interface ChapterOutline {
  id: ReportChapterId;
  title: string;
  enabled: boolean;
  ownText: string;
  /** Whether the plan has content for it (chapters without are left out even when on). */
  hasContent: boolean;
  number: number | null;
  figures: number;
  tables: number;
  headings: string[];
}

/** The planner's own text: paragraphs separated by blank lines. */
function ownTextBlocks(text: string): Block[] {
  return text
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter(Boolean)
    .map((p) => ({ kind: 'paragraph', style: 'own', text: p }));
}

export function buildReport(data: ReportData): { document: ReportDocument; outline: ChapterOutline[]; figures: NumberedItem[]; tables: NumberedItem[] } {
  const view = makeView(data);
  const settings = new Map<string, ChapterSetting>(data.chapterSettings.map((s) => [s.chapterId, s]));
  const setting = (id: ReportChapterId) => settings.get(id) ?? defaultChapterSetting(id);
  const chapters: ReportChapter[] = [];
  const outline: ChapterOutline[] = [];
  const built = new Map<ReportChapterId, Block[]>();
  for (const c of REPORT_CHAPTERS) {
    if (c.id === 'anhang') continue;
    const s = setting(c.id);
    const own = ownTextBlocks(s.ownText);
    // The Vorwort's default text only stands in when the planner wrote none.
    const generated = c.id === 'vorwort' && own.length > 0 ? [] : BUILDERS[c.id](view);
    const blocks = [...own, ...generated];
    built.set(c.id, blocks);
    const hasContent = generated.length > 0 || own.length > 0;
    if (s.enabled && hasContent) chapters.push({ id: c.id, number: chapters.length + 1, title: c.title, blocks });
  }
  const first = numberItems(chapters);
  const anhangSetting = setting('anhang');
  if (anhangSetting.enabled) {
    const blocks = [...ownTextBlocks(anhangSetting.ownText), ...anhang(data, first.figures, first.tables)];
    built.set('anhang', blocks);
    chapters.push({ id: 'anhang', number: chapters.length + 1, title: 'Anhang', blocks });
  } else {
    built.set('anhang', anhang(data, first.figures, first.tables));
  }
  const { figures, tables } = numberItems(chapters);
  for (const c of REPORT_CHAPTERS) {
    const s = setting(c.id);
    const blocks = built.get(c.id) ?? [];
    const included = chapters.find((x) => x.id === c.id);
    outline.push({
      id: c.id,
      title: c.title,
      enabled: s.enabled,
      ownText: s.ownText,
      hasContent: blocks.length > 0,
      number: included?.number ?? null,
      figures: blocks.filter((b) => b.kind === 'figure').length,
      tables: blocks.filter((b) => b.kind === 'table').length,
      headings: blocks.flatMap((b) => (b.kind === 'heading' && b.level === 2 ? [b.text] : [])).slice(0, 40),
    });
  }
  const { meta } = data;
  const document: ReportDocument = {
    title: 'Pflegestrukturbericht',
    subtitle: meta.title,
    districtName: meta.districtName,
    organisation: meta.organisation,
    author: meta.author,
    period: meta.periodFrom && meta.periodTo ? `Planungszeitraum ${meta.periodFrom}–${meta.periodTo}` : meta.periodFrom ? `Planungszeitraum ab ${meta.periodFrom}` : '',
    stand: data.today,
    language: 'de-DE',
    chapters,
  };
  return { document, outline, figures, tables };
}
