/**
 * pdfmake 0.3 under plain Node, with the Roboto fonts that ship in the package embedded (they
 * cover ä ö ü ß „ “ – €). Loaded through createRequire because pdfmake has no type
 * declarations; the small interface below is all this feature uses.
 */
import { createRequire } from 'node:module';
import path from 'node:path';

/** The subset of pdfmake's document definition this feature builds (kept loose on purpose). */
export type PdfContent = Record<string, unknown> | string | PdfContent[];
export interface PdfDocDefinition {
  pageSize: string;
  pageOrientation: 'landscape' | 'portrait';
  pageMargins: [number, number, number, number];
  info: Record<string, string>;
  content: PdfContent[];
  footer?: (currentPage: number, pageCount: number) => PdfContent;
  styles?: Record<string, Record<string, unknown>>;
  defaultStyle?: Record<string, unknown>;
}

interface PdfMakeNode {
  setFonts(fonts: Record<string, Record<string, string>>): void;
  setUrlAccessPolicy(cb: (url: string) => boolean): void;
  setLocalAccessPolicy(cb: (p: string) => boolean): void;
  createPdf(doc: PdfDocDefinition): { getBuffer(): Promise<Buffer> };
}

let instance: { pdfmake: PdfMakeNode; fontDir: string } | null = null;

/**
 * A require that works both as ES module (tsx, tests, web host) and inside the CommonJS bundle
 * of the Electron main process, where import.meta.url is empty but __filename exists.
 */
function requireHere(): NodeJS.Require {
  return createRequire(typeof __filename === 'string' ? __filename : import.meta.url);
}

function load() {
  if (instance) return instance;
  const requireHere_ = requireHere();
  const pdfmake = requireHere_('pdfmake') as PdfMakeNode;
  const fontDir = path.join(path.dirname(requireHere_.resolve('pdfmake/package.json')), 'build', 'fonts', 'Roboto');
  pdfmake.setFonts({
    Roboto: {
      normal: path.join(fontDir, 'Roboto-Regular.ttf'),
      bold: path.join(fontDir, 'Roboto-Medium.ttf'),
      italics: path.join(fontDir, 'Roboto-Italic.ttf'),
      bolditalics: path.join(fontDir, 'Roboto-MediumItalic.ttf'),
    },
  });
  // No network, and from the disk only the fonts: documents never pull in outside files.
  pdfmake.setUrlAccessPolicy(() => false);
  pdfmake.setLocalAccessPolicy((p) => path.resolve(p).startsWith(fontDir + path.sep));
  instance = { pdfmake, fontDir };
  return instance;
}

/** Renders the document; returns the bytes and the page count (taken from the footer calls). */
export async function renderPdf(doc: PdfDocDefinition): Promise<{ buffer: Buffer; pages: number }> {
  const { pdfmake } = load();
  let pages = 0;
  const footer = doc.footer;
  const withCount: PdfDocDefinition = {
    ...doc,
    footer: (current, count) => {
      pages = Math.max(pages, count);
      return footer ? footer(current, count) : '';
    },
  };
  const buffer = await pdfmake.createPdf(withCount).getBuffer();
  return { buffer, pages };
}

/** The embedded Roboto font files (also used to rasterise the report's figures for Word). */
export function robotoFontFiles(): string[] {
  const { fontDir } = load();
  return ['Roboto-Regular.ttf', 'Roboto-Medium.ttf', 'Roboto-Italic.ttf', 'Roboto-MediumItalic.ttf'].map((f) => path.join(fontDir, f));
}
