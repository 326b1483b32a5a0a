/**
 * Small helpers for the report's SVG figures. Plain strings, no DOM: the same SVG is drawn as
 * vectors by pdfmake and rasterised for Word by resvg. Text uses the embedded Roboto font.
 */
export const FONT = 'Roboto';
export const PALETTE = ['#1f4e8c', '#b3541e', '#2e7d32', '#6a1b9a', '#00838f', '#8a6d00', '#c2185b', '#455a64'];

export function esc(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

export const r1 = (n: number): number => Math.round(n * 10) / 10;

export function svgDocument(width: number, height: number, body: string[], label: string): string {
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="${FONT}" font-size="9" role="img" aria-label="${esc(label)}"><rect x="0" y="0" width="${width}" height="${height}" fill="#ffffff"/>${body.join('')}</svg>`;
}

export function text(x: number, y: number, content: string, opts: { anchor?: 'start' | 'middle' | 'end'; size?: number; bold?: boolean; color?: string; rotate?: boolean } = {}): string {
  const attrs = [
    `x="${r1(x)}"`,
    `y="${r1(y)}"`,
    opts.anchor && opts.anchor !== 'start' ? `text-anchor="${opts.anchor}"` : '',
    opts.size ? `font-size="${opts.size}"` : '',
    opts.bold ? 'font-weight="bold"' : '',
    `fill="${opts.color ?? '#222222'}"`,
    opts.rotate ? `transform="rotate(-90 ${r1(x)} ${r1(y)})"` : '',
  ].filter(Boolean);
  return `<text ${attrs.join(' ')}>${esc(content)}</text>`;
}

export const line = (x1: number, y1: number, x2: number, y2: number, color = '#bbbbbb', width = 0.5): string =>
  `<line x1="${r1(x1)}" y1="${r1(y1)}" x2="${r1(x2)}" y2="${r1(y2)}" stroke="${color}" stroke-width="${width}"/>`;

export const rect = (x: number, y: number, w: number, h: number, fill: string): string =>
  `<rect x="${r1(x)}" y="${r1(y)}" width="${r1(Math.max(0, w))}" height="${r1(Math.max(0, h))}" fill="${fill}"/>`;

/** "Nice" axis ticks from 0 to at least `max` (1, 2, 2.5, 5 × 10^n steps). */
export function ticks(max: number, count = 5): number[] {
  if (!(max > 0)) return [0, 1];
  const raw = max / count;
  const mag = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 2.5, 5, 10].map((m) => m * mag).find((s) => s >= raw) ?? 10 * mag;
  const out: number[] = [];
  for (let v = 0; v <= max + step * 0.999; v += step) out.push(Math.round(v * 1e6) / 1e6);
  return out;
}

/** A legend row of coloured squares with labels, wrapped to `width`. Returns the SVG and its height. */
export function legend(items: Array<{ label: string; color: string }>, x: number, y: number, width: number): { svg: string; height: number } {
  const parts: string[] = [];
  let cx = x;
  let cy = y;
  for (const item of items) {
    const w = 14 + item.label.length * 4.6 + 12;
    if (cx + w > x + width && cx > x) {
      cx = x;
      cy += 13;
    }
    parts.push(rect(cx, cy - 7, 8, 8, item.color), text(cx + 11, cy, item.label, { size: 8 }));
    cx += w;
  }
  return { svg: parts.join(''), height: cy - y + 13 };
}

/** A legend along the bottom edge of a chart of `height`: its rows end 4 px above the edge. */
export function placeLegend(items: Array<{ label: string; color: string }>, height: number, width: number): { svg: string; height: number } {
  const measured = legend(items, 50, 0, width - 60);
  return legend(items, 50, height - measured.height + 9, width - 60);
}
