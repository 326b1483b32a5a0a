/**
 * The report as PDF (pdfmake): A4 portrait with landscape pages for wide tables, title page,
 * table of contents and lists of figures and tables with page numbers, running header and
 * footer ("Stand", "Seite x von y"), bookmarks per chapter, document title and language.
 * Figures are the report's SVGs, drawn as vectors. Fonts: Roboto, embedded (db/measures/pdfmake.ts).
 */
import { formatDate } from '../../shared/format';
import { type Block, type Cell, figureLabel, type ReportDocument, sourceLine, tableLabel, type TableColumn } from '../../shared/report/model';
import { renderPdf, type PdfContent, type PdfDocDefinition } from '../measures/pdfmake';

const MARGINS: [number, number, number, number] = [56, 62, 56, 56];
const A4 = { w: 595.28, h: 841.89 };
const WIDTH = { portrait: A4.w - MARGINS[0] - MARGINS[2], landscape: A4.h - MARGINS[0] - MARGINS[2] };
const BLUE = '#1f3b5c';

const styles = {
  district: { fontSize: 16, color: '#333333' },
  docTitle: { fontSize: 30, bold: true, color: BLUE },
  subtitle: { fontSize: 15 },
  h1: { fontSize: 18, bold: true, color: BLUE, margin: [0, 0, 0, 10] },
  h2: { fontSize: 13, bold: true, color: BLUE, margin: [0, 12, 0, 5] },
  h3: { fontSize: 10.5, bold: true, color: BLUE, margin: [0, 8, 0, 3] },
  lead: { fontSize: 11 },
  note: { fontSize: 9, italics: true, color: '#444444' },
  own: { fontSize: 10 },
  caption: { fontSize: 9, bold: true, margin: [0, 10, 0, 4] },
  source: { fontSize: 7.5, color: '#444444', margin: [0, 3, 0, 8] },
  th: { bold: true, fillColor: '#e8edf3', fontSize: 8.5 },
  td: { fontSize: 8.5 },
  tocTitle: { fontSize: 18, bold: true, color: BLUE, margin: [0, 0, 0, 12] },
  toc1: { fontSize: 10.5, bold: true },
  toc2: { fontSize: 9.5 },
  tocList: { fontSize: 9 },
};

type Orientation = 'portrait' | 'landscape';

const cellText = (c: Cell | undefined): string => (c === undefined ? '' : typeof c === 'string' ? c : c.text);

/** Width of the longest word in pt at the table font size (about 4.7 pt per character), capped. */
const longestWord = (texts: string[], perChar: number): number => Math.min(120, Math.max(0, ...texts.flatMap((t) => t.split(/\s+/)).map((w) => w.length * perChar)));

function columnWidths(columns: TableColumn[], rows: Cell[][], orientation: Orientation): number[] {
  // Cell paddings and borders take about 8.5 pt per column; the rest is shared by weight, but no
  // column gets narrower than its longest word (no "Veränderun-g", "Herausforde-rung").
  const usable = WIDTH[orientation] - columns.length * 8.5;
  const minimum = columns.map((c, i) => Math.max(longestWord([c.label], 4.9), longestWord(rows.map((r) => cellText(r[i])), 4.7)) + 2);
  const fixed = new Set<number>();
  let widths: number[] = [];
  for (let pass = 0; pass < columns.length; pass++) {
    const free = usable - [...fixed].reduce((a, i) => a + minimum[i]!, 0);
    const weight = columns.reduce((a, c, i) => a + (fixed.has(i) ? 0 : (c.weight ?? 1)), 0);
    widths = columns.map((c, i) => (fixed.has(i) ? minimum[i]! : (free * (c.weight ?? 1)) / weight));
    const tooNarrow = widths.findIndex((w, i) => !fixed.has(i) && w < minimum[i]!);
    if (tooNarrow < 0) break;
    fixed.add(tooNarrow);
  }
  return widths.map((w) => Math.floor(w));
}

function cell(c: Cell, column: TableColumn | undefined): PdfContent {
  const base = typeof c === 'string' ? { text: c } : { text: c.text, bold: c.bold, color: c.color, ...(c.align ? { alignment: c.align } : {}) };
  return { style: 'td', alignment: column?.align ?? 'left', ...base };
}

function table(block: Extract<Block, { kind: 'table' }>, orientation: Orientation): PdfContent[] {
  return [
    // headlineLevel keeps the caption with the first rows (see pageBreakBefore below).
    { text: tableLabel(block.number, block.caption), style: 'caption', tocItem: ['tables'], tocStyle: 'tocList', headlineLevel: 4 },
    {
      table: {
        headerRows: 1,
        keepWithHeaderRows: 1,
        dontBreakRows: true,
        widths: columnWidths(block.columns, block.rows, orientation),
        body: [block.columns.map((c) => ({ text: c.label, style: 'th', alignment: c.align ?? 'left' })), ...block.rows.map((r) => r.map((c, i) => cell(c, block.columns[i])))],
      },
      layout: { hLineWidth: () => 0.4, vLineWidth: () => 0, hLineColor: () => '#b8c2cc', paddingLeft: () => 4, paddingRight: () => 4, paddingTop: () => 2, paddingBottom: () => 2 },
    },
    { text: sourceLine(block.source), style: 'source' },
  ];
}

function figure(block: Extract<Block, { kind: 'figure' }>, orientation: Orientation): PdfContent {
  const width = Math.min(WIDTH[orientation], block.width * 1.04);
  return {
    unbreakable: true,
    stack: [
      { text: figureLabel(block.number, block.caption), style: 'caption', tocItem: ['figures'], tocStyle: 'tocList' },
      { svg: block.svg, width },
      { text: sourceLine(block.source), style: 'source' },
    ],
  };
}

function blocksToPdf(chapterNumber: number, blocks: Block[], chapterId: string): PdfContent[] {
  const out: PdfContent[] = [];
  let breakNext = false;
  let landscape = false;
  let h2 = 0;
  const push = (node: Record<string, unknown>) => {
    if (breakNext) {
      node.pageBreak = 'before';
      breakNext = false;
    }
    out.push(node);
  };
  const isWide = (b: Block | undefined) => b?.kind === 'table' && b.landscape === true;
  let lastWasHeading = false;
  /** The heading just pushed, taken out again to travel with the figure or table after it. */
  const takeHeading = (): Record<string, unknown> | null => {
    if (!lastWasHeading) return null;
    const heading = out.pop() as Record<string, unknown>;
    const { pageBreak, headlineLevel: _level, ...rest } = heading;
    if (pageBreak) breakNext = true;
    return rest;
  };
  blocks.forEach((b, i) => {
    // Landscape tables (and a heading right before one) get pages of their own; the text after
    // them continues in portrait.
    const wide = isWide(b) || (b.kind === 'heading' && isWide(blocks[i + 1]));
    if (landscape !== wide) {
      out.push({ text: '', pageBreak: 'before', pageOrientation: wide ? 'landscape' : 'portrait' });
      landscape = wide;
      breakNext = false;
    }
    switch (b.kind) {
      case 'pageBreak':
        breakNext = true;
        break;
      case 'heading': {
        if (b.level === 2) h2++;
        const text = b.level === 2 ? `${chapterNumber}.${h2} ${b.text}` : b.text;
        push(b.level === 2
          ? { text, style: 'h2', tocItem: true, tocStyle: 'toc2', tocMargin: [14, 1, 0, 0], outline: true, outlineParentId: `chapter-${chapterId}`, headlineLevel: 2 }
          : { text, style: 'h3', headlineLevel: 3 });
        break;
      }
      case 'paragraph':
        push({ text: b.text, style: b.style && b.style !== 'normal' ? b.style : undefined, margin: [0, 0, 0, 6] });
        break;
      case 'bullets':
        push({ ul: b.items, margin: [0, 0, 0, 6] });
        break;
      case 'keyFigures':
        push({
          table: { widths: [WIDTH.portrait * 0.62, '*'], body: b.items.map((i) => [{ text: i.label }, { text: i.value, bold: true, alignment: 'right' }]) },
          layout: { hLineWidth: () => 0.4, vLineWidth: () => 0, hLineColor: () => '#d0d7de', fillColor: () => '#f3f6f9' },
          margin: [0, 0, 0, 8],
        });
        break;
      case 'table': {
        const [caption, ...rest] = table(b, landscape ? 'landscape' : 'portrait');
        // A heading right before goes with the caption: the two move to the next page together.
        const heading = takeHeading();
        if (heading) {
          const { headlineLevel: _inner, ...plainCaption } = caption as Record<string, unknown>;
          push({ stack: [heading, plainCaption], headlineLevel: 4 });
        } else push(caption as Record<string, unknown>);
        out.push(...rest);
        break;
      }
      case 'figure': {
        const node = figure(b, landscape ? 'landscape' : 'portrait') as { stack: PdfContent[] };
        const heading = takeHeading();
        if (heading) node.stack.unshift(heading);
        push(node as unknown as Record<string, unknown>);
        break;
      }
    }
    lastWasHeading = b.kind === 'heading';
  });
  // A landscape table at the end: the next chapter's break returns to portrait.
  return out;
}

function titlePage(doc: ReportDocument): PdfContent[] {
  return [
    { text: doc.districtName || 'Landkreis', style: 'district', margin: [0, 150, 0, 8] },
    { text: doc.title, style: 'docTitle' },
    { text: doc.subtitle, style: 'subtitle', margin: [0, 12, 0, 4] },
    doc.period ? { text: doc.period, margin: [0, 0, 0, 30] } : { text: '', margin: [0, 0, 0, 30] },
    { text: `Stand: ${formatDate(doc.stand)}`, bold: true },
    doc.organisation ? { text: doc.organisation, margin: [0, 30, 0, 0] } : '',
    doc.author ? { text: doc.author } : '',
  ];
}

/** The pdfmake document; `chapterPages` is filled with each chapter's first page while it is laid out. */
export function reportPdfDefinition(doc: ReportDocument, chapterPages: Record<string, number>): PdfDocDefinition & Record<string, unknown> {
  const content: PdfContent[] = [
    ...titlePage(doc),
    { toc: { title: { text: 'Inhaltsverzeichnis', style: 'tocTitle' }, textMargin: [0, 3, 0, 0] }, pageBreak: 'before' },
    { toc: { id: 'figures', title: { text: 'Abbildungsverzeichnis', style: 'tocTitle' } }, pageBreak: 'before' },
    { toc: { id: 'tables', title: { text: 'Tabellenverzeichnis', style: 'tocTitle' } }, pageBreak: 'before' },
  ];
  for (const chapter of doc.chapters) {
    // The break is a node of its own so that pageBreakBefore sees the heading and records its page.
    content.push({ text: '', pageBreak: 'after', pageOrientation: 'portrait' });
    content.push({
      text: `${chapter.number} ${chapter.title}`,
      style: 'h1',
      tocItem: true,
      tocStyle: 'toc1',
      tocMargin: [0, 6, 0, 0],
      id: `chapter-${chapter.id}`,
      outline: true,
      headlineLevel: 1,
    });
    content.push(...blocksToPdf(chapter.number, chapter.blocks, chapter.id));
  }
  const stand = `Stand: ${formatDate(doc.stand)}`;
  return {
    pageSize: 'A4',
    pageOrientation: 'portrait',
    pageMargins: MARGINS,
    language: doc.language,
    info: { title: `${doc.title} – ${doc.districtName}`, subject: doc.subtitle, author: doc.organisation || doc.author, creator: 'Pflegestrukturplaner', keywords: 'Pflegestrukturplanung, Pflegebericht' },
    displayTitle: true,
    content,
    header: (current: number) =>
      current === 1
        ? ''
        : { columns: [{ text: doc.districtName }, { text: doc.title, alignment: 'right' }], margin: [MARGINS[0], 28, MARGINS[2], 0], fontSize: 8, color: '#555555' },
    footer: (current: number, count: number) =>
      current === 1 ? '' : { columns: [{ text: stand }, { text: `Seite ${current} von ${count}`, alignment: 'right' }], margin: [MARGINS[0], 18, MARGINS[2], 0], fontSize: 8, color: '#555555' },
    pageBreakBefore: (node: { id?: string; headlineLevel?: number; startPosition: { pageNumber: number; verticalRatio: number } }, nodes: { getFollowingNodesOnPage(): Array<{ style?: unknown }> }) => {
      if (node.id?.startsWith('chapter-')) chapterPages[node.id.slice('chapter-'.length)] = node.startPosition.pageNumber;
      if (node.headlineLevel === undefined || node.headlineLevel === 1) return false;
      // A table caption goes with its table: break when no body cell follows on this page, or
      // when it sits in the last fifth (a first row that moves on leaves no trace in the neighbours).
      if (node.headlineLevel === 4) return node.startPosition.verticalRatio > 0.8 || !nodes.getFollowingNodesOnPage().some((n) => n.style === 'td');
      // No heading alone at the bottom of a page. (pdfmake counts the running header and footer
      // as nodes "following on the page", so the position decides, not the neighbours.)
      return node.startPosition.verticalRatio > 0.84;
    },
    styles,
    defaultStyle: { font: 'Roboto', fontSize: 9.5, lineHeight: 1.15 },
  };
}

export async function renderReportPdf(doc: ReportDocument): Promise<{ buffer: Buffer; pages: number; chapterPages: Record<string, number> }> {
  const chapterPages: Record<string, number> = {};
  const { buffer, pages } = await renderPdf(reportPdfDefinition(doc, chapterPages));
  return { buffer, pages, chapterPages };
}
