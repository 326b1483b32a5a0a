/**
 * SVG → PNG for the Word report (Word has no SVG support worth relying on). resvg renders the
 * same SVG the PDF draws as vectors, with the same embedded Roboto font and no system fonts,
 * so the picture is identical on every machine.
 */
import { Resvg } from '@resvg/resvg-js';
import { robotoFontFiles } from '../measures/pdfmake';

/** Rasterises at `scale` × the SVG's size (2 = sharp when printed at the PDF's size). */
export function svgToPng(svg: string, width: number, scale = 2.5): Buffer {
  const resvg = new Resvg(svg, {
    fitTo: { mode: 'width', value: Math.round(width * scale) },
    font: { loadSystemFonts: false, fontFiles: robotoFontFiles(), defaultFontFamily: 'Roboto' },
    background: '#ffffff',
  });
  return resvg.render().asPng();
}
