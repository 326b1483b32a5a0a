/**
 * The Pflegestrukturbericht as a format-free document: chapters of blocks (headings, text,
 * tables, figures). The chapter builders (shared/report/chapters/) produce it from the plan's
 * data; db/report/pdf and db/report/docx turn the same document into PDF and Word, so both
 * files say the same thing.
 */

/** A table cell: text, or a number formatted in German by the renderers' caller. */
/** "Wie berechnet?" of a figure or table: inputs, sources, assumptions, formula (as the app shows it). */
export interface Explanation {
  inputs: string[];
  sources: string[];
  assumptions: string[];
  formula: string;
}

export type Cell = string | { text: string; bold?: boolean; align?: 'left' | 'right' | 'center'; color?: string };

export interface TableColumn {
  label: string;
  align?: 'left' | 'right';
  /** Relative width (default 1); text columns usually 2–4, number columns 1. */
  weight?: number;
}

export type Block =
  | { kind: 'heading'; level: 2 | 3; text: string }
  | { kind: 'paragraph'; text: string; style?: 'normal' | 'lead' | 'note' | 'own' }
  | { kind: 'bullets'; items: string[] }
  | { kind: 'keyFigures'; items: Array<{ label: string; value: string }> }
  /**
   * A numbered table with caption and source line. `landscape` puts it on landscape pages
   * (wide tables: years as columns); long tables split across pages with the header repeated.
   */
  | { kind: 'table'; caption: string; source: string; columns: TableColumn[]; rows: Cell[][]; landscape?: boolean; explain?: Explanation; number?: number }
  /** A numbered figure: an SVG (vector in the PDF, rasterised for Word) with caption and source line. */
  | { kind: 'figure'; caption: string; source: string; svg: string; width: number; height: number; explain?: Explanation; number?: number }
  | { kind: 'pageBreak' };

export interface ReportChapter {
  id: string;
  /** Chapter number in the report (1 …), assigned when the chapters are assembled. */
  number: number;
  title: string;
  /** Every chapter starts on a new page; Gemeindeprofile start one page per Gemeinde via pageBreak blocks. */
  blocks: Block[];
}

export interface ReportDocument {
  title: string;
  subtitle: string;
  districtName: string;
  organisation: string;
  author: string;
  period: string;
  /** ISO date of the report (Stand). */
  stand: string;
  /** BCP 47 language tag of the text. */
  language: 'de-DE';
  chapters: ReportChapter[];
}

export interface NumberedItem {
  number: number;
  caption: string;
  source: string;
  chapterNumber: number;
  explain?: Explanation;
}

/** Numbers figures and tables through the whole report in reading order (Abbildung 1 …, Tabelle 1 …). */
export function numberItems(chapters: ReportChapter[]): { figures: NumberedItem[]; tables: NumberedItem[] } {
  const figures: NumberedItem[] = [];
  const tables: NumberedItem[] = [];
  for (const chapter of chapters) {
    for (const block of chapter.blocks) {
      if (block.kind === 'figure') {
        block.number = figures.length + 1;
        figures.push({ number: block.number, caption: block.caption, source: block.source, chapterNumber: chapter.number, explain: block.explain });
      } else if (block.kind === 'table') {
        block.number = tables.length + 1;
        tables.push({ number: block.number, caption: block.caption, source: block.source, chapterNumber: chapter.number, explain: block.explain });
      }
    }
  }
  return { figures, tables };
}

export const figureLabel = (n: number | undefined, caption: string): string => `Abbildung ${n ?? '?'}: ${caption}`;
export const tableLabel = (n: number | undefined, caption: string): string => `Tabelle ${n ?? '?'}: ${caption}`;
export const sourceLine = (source: string): string => `Quelle: ${source}`;
