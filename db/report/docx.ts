/**
 * The report as Word document (docx package): the same chapters as the PDF with real
 * headings (Heading 1–3, so Word builds and updates the table of contents), real tables with
 * repeated header rows, figures as PNG rasterised from the report's SVGs, landscape sections
 * for wide tables, header and footer with "Stand" and "Seite x von y".
 */
import {
  AlignmentType,
  Document,
  Footer,
  Header,
  HeadingLevel,
  ImageRun,
  Packer,
  PageBreak,
  PageNumber,
  PageOrientation,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableOfContents,
  TableRow,
  TextRun,
  WidthType,
} from 'docx';
import { formatDate } from '../../shared/format';
import { type Block, type Cell, figureLabel, type ReportDocument, sourceLine, tableLabel } from '../../shared/report/model';
import { svgToPng } from './rasterise';

type Child = Paragraph | Table | TableOfContents;
interface Section {
  landscape: boolean;
  children: Child[];
}

/** Page text width in pixels (96 dpi) for images: A4 minus 2 × 2 cm margins. */
const TEXT_PX = { portrait: 643, landscape: 971 };

const para = (text: string, opts: { bold?: boolean; italics?: boolean; size?: number; color?: string; spacingAfter?: number; style?: string } = {}) =>
  new Paragraph({
    style: opts.style,
    spacing: { after: opts.spacingAfter ?? 120 },
    children: text.split('\n').map((line, i) => new TextRun({ text: line, bold: opts.bold, italics: opts.italics, size: opts.size, color: opts.color, break: i > 0 ? 1 : undefined })),
  });

function cellParagraph(c: Cell, align: 'left' | 'right' | undefined, header = false): Paragraph {
  const text = typeof c === 'string' ? c : c.text;
  const bold = header || (typeof c !== 'string' && c.bold);
  const color = typeof c !== 'string' && c.color ? c.color.replace('#', '') : undefined;
  return new Paragraph({
    alignment: (typeof c !== 'string' && c.align === 'right') || align === 'right' ? AlignmentType.RIGHT : AlignmentType.LEFT,
    children: text.split('\n').map((line, i) => new TextRun({ text: line, bold, color, size: 17, break: i > 0 ? 1 : undefined })),
  });
}

function table(block: Extract<Block, { kind: 'table' }>): Child[] {
  const total = block.columns.reduce((a, c) => a + (c.weight ?? 1), 0);
  const widths = block.columns.map((c) => Math.round(((c.weight ?? 1) / total) * 5000));
  const header = new TableRow({
    tableHeader: true,
    cantSplit: true,
    children: block.columns.map((c, i) => new TableCell({ width: { size: widths[i]!, type: WidthType.PERCENTAGE }, shading: { type: ShadingType.CLEAR, fill: 'E8EDF3', color: 'auto' }, children: [cellParagraph(c.label, c.align, true)] })),
  });
  const rows = block.rows.map(
    (r) => new TableRow({ cantSplit: true, children: r.map((c, i) => new TableCell({ width: { size: widths[i] ?? 500, type: WidthType.PERCENTAGE }, children: [cellParagraph(c, block.columns[i]?.align)] })) }),
  );
  return [
    para(tableLabel(block.number, block.caption), { bold: true, size: 18, style: 'Caption', spacingAfter: 60 }),
    new Table({ width: { size: 5000, type: WidthType.PERCENTAGE }, rows: [header, ...rows] }),
    para(sourceLine(block.source), { size: 15, color: '444444', spacingAfter: 200 }),
  ];
}

function figure(block: Extract<Block, { kind: 'figure' }>, landscape: boolean): Child[] {
  const maxPx = landscape ? TEXT_PX.landscape : TEXT_PX.portrait;
  const widthPx = Math.min(maxPx, Math.round((block.width * 96) / 72));
  const heightPx = Math.round((widthPx * block.height) / block.width);
  const caption = figureLabel(block.number, block.caption);
  return [
    para(caption, { bold: true, size: 18, style: 'Caption', spacingAfter: 60 }),
    new Paragraph({
      keepNext: true,
      children: [new ImageRun({ type: 'png', data: svgToPng(block.svg, block.width), transformation: { width: widthPx, height: heightPx }, altText: { name: caption, description: caption, title: caption } })],
    }),
    para(sourceLine(block.source), { size: 15, color: '444444', spacingAfter: 200 }),
  ];
}

function chapterSections(doc: ReportDocument): Section[] {
  const sections: Section[] = [];
  let current: Section = { landscape: false, children: [] };
  const start = (landscape: boolean) => {
    if (current.children.length > 0) sections.push(current);
    current = { landscape, children: [] };
  };
  // Title page, contents.
  current.children.push(
    new Paragraph({ spacing: { before: 2400, after: 120 }, children: [new TextRun({ text: doc.districtName || 'Landkreis', size: 32, color: '333333' })] }),
    new Paragraph({ heading: HeadingLevel.TITLE, children: [new TextRun({ text: doc.title })] }),
    para(doc.subtitle, { size: 30 }),
    para(doc.period),
    para(`Stand: ${formatDate(doc.stand)}`, { bold: true }),
    para(doc.organisation),
    para(doc.author),
    new Paragraph({ children: [new PageBreak()] }),
    para('Inhaltsverzeichnis', { bold: true, size: 36, color: '1F3B5C' }),
    new TableOfContents('Inhaltsverzeichnis', { hyperlink: true, headingStyleRange: '1-2' }),
  );
  for (const chapter of doc.chapters) {
    start(false);
    current.children.push(new Paragraph({ heading: HeadingLevel.HEADING_1, children: [new TextRun(`${chapter.number} ${chapter.title}`)] }));
    let h2 = 0;
    let breakNext = false;
    const withBreak = (p: Paragraph) => {
      if (breakNext) {
        current.children.push(new Paragraph({ children: [new PageBreak()] }));
        breakNext = false;
      }
      current.children.push(p);
    };
    const isWide = (b: Block | undefined) => b?.kind === 'table' && b.landscape === true;
    for (const [i, b] of chapter.blocks.entries()) {
      const wide = isWide(b) || (b.kind === 'heading' && isWide(chapter.blocks[i + 1]));
      if (current.landscape !== wide) start(wide);
      switch (b.kind) {
        case 'pageBreak':
          breakNext = true;
          break;
        case 'heading':
          if (b.level === 2) h2++;
          withBreak(new Paragraph({ heading: b.level === 2 ? HeadingLevel.HEADING_2 : HeadingLevel.HEADING_3, children: [new TextRun(b.level === 2 ? `${chapter.number}.${h2} ${b.text}` : b.text)] }));
          break;
        case 'paragraph':
          withBreak(para(b.text, { italics: b.style === 'note' }));
          break;
        case 'bullets':
          for (const item of b.items) withBreak(new Paragraph({ bullet: { level: 0 }, spacing: { after: 60 }, children: [new TextRun(item)] }));
          break;
        case 'keyFigures':
          current.children.push(table({ kind: 'table', caption: '', source: '', columns: [{ label: 'Kennzahl', weight: 3 }, { label: 'Wert', align: 'right', weight: 2 }], rows: b.items.map((i) => [i.label, { text: i.value, bold: true }]) })[1]!);
          current.children.push(para('', { spacingAfter: 120 }));
          break;
        case 'table':
          current.children.push(...table(b));
          break;
        case 'figure':
          current.children.push(...figure(b, current.landscape));
          break;
      }
    }
  }
  sections.push(current);
  return sections;
}

export async function renderReportDocx(doc: ReportDocument): Promise<Buffer> {
  const stand = `Stand: ${formatDate(doc.stand)}`;
  const header = new Header({ children: [new Paragraph({ children: [new TextRun({ text: `${doc.districtName} – ${doc.title}`, size: 16, color: '555555' })] })] });
  const footer = new Footer({
    children: [
      new Paragraph({
        children: [new TextRun({ text: `${stand}    `, size: 16, color: '555555' }), new TextRun({ children: ['Seite ', PageNumber.CURRENT, ' von ', PageNumber.TOTAL_PAGES], size: 16, color: '555555' })],
      }),
    ],
  });
  const document = new Document({
    title: `${doc.title} – ${doc.districtName}`,
    subject: doc.subtitle,
    creator: 'Pflegestrukturplaner',
    description: doc.period,
    // Word fills the table of contents (page numbers) when the file is opened.
    features: { updateFields: true },
    styles: { default: { document: { run: { font: 'Calibri', size: 21, language: { value: doc.language } } } } },
    sections: chapterSections(doc).map((s) => ({
      properties: { page: { size: { orientation: s.landscape ? PageOrientation.LANDSCAPE : PageOrientation.PORTRAIT }, margin: { top: 1134, bottom: 1134, left: 1134, right: 1134 } } },
      headers: { default: header },
      footers: { default: footer },
      children: s.children,
    })),
  });
  return Packer.toBuffer(document);
}
