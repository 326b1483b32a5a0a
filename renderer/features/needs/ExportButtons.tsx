/**
 * Download buttons under the needs charts and tables: CSV/XLSX of the shown numbers (rounded as
 * shown, with scenario, sources and licence below the table), and the chart as SVG or PNG.
 */
import { errorMessage, invoke } from '../../api';
import { showError } from '../../app/statusStore';
import { downloadBase64, downloadBlob, downloadText } from '../../components/download';
import { toCsv } from './format';
import type { Cell } from './DataTable';
import { needsTexts } from './texts';

const t = needsTexts.results;

/** Where an exported table comes from; written below it, so a forwarded file still says so. */
export interface ExportSource {
  scenario?: string;
  sources?: string[];
}

const round = (digits: number) => (cell: Cell): Cell => (typeof cell === 'number' ? Math.round(cell * 10 ** digits) / 10 ** digits : cell);
const slug = (text: string) => text.toLowerCase().replace(/ä/g, 'ae').replace(/ö/g, 'oe').replace(/ü/g, 'ue').replace(/ß/g, 'ss').replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '').slice(0, 40);

/** The rows as shown (rounded), then an empty row and one row each for scenario, sources and licence. */
export function exportRows(rows: Cell[][], digits: number, source: ExportSource): Cell[][] {
  const notes: Cell[][] = [
    ...(source.scenario ? [[t.exportScenario(source.scenario)]] : []),
    ...(source.sources ?? []).map((s) => [t.exportSource(s)]),
    [t.exportLicence],
  ];
  return [...rows.map((r) => r.map(round(digits))), [], ...notes];
}

export function ExportButton({ fileName, header, rows, digits = 1, source = {} }: { fileName: string; header: string[]; rows: Cell[][]; digits?: number; source?: ExportSource }) {
  const name = source.scenario ? fileName.replace(/\.csv$/, `-${slug(source.scenario)}.csv`) : fileName;
  const all = exportRows(rows, digits, source);
  async function xlsx() {
    try {
      const file = await invoke('needs.export.xlsx', { fileName: name, sheet: fileName.replace(/\.csv$/, '').slice(0, 31), header, rows: all });
      downloadBase64(file.fileName, file.mimeType, file.contentBase64);
    } catch (e) {
      showError(errorMessage(e));
    }
  }
  return (
    <div className="button-row">
      <button type="button" className="link-button" onClick={() => downloadText(name, toCsv(header, all), 'text/csv;charset=utf-8')}>
        {t.export}
      </button>
      <button type="button" className="link-button" onClick={() => void xlsx()}>
        {t.exportXlsx}
      </button>
    </div>
  );
}

function chartSvg(button: HTMLButtonElement): SVGSVGElement | null {
  const svg = button.closest('.needs-chart-box')?.querySelector('svg.recharts-surface') ?? button.closest('.needs-chart-box')?.querySelector('svg');
  if (!svg) return null;
  const clone = svg.cloneNode(true) as SVGSVGElement;
  clone.setAttribute('xmlns', 'http://www.w3.org/2000/svg');
  return clone;
}

/** Saves the chart (the SVG inside the figure) as an SVG file. */
export function SvgButton({ fileName }: { fileName: string }) {
  function save(button: HTMLButtonElement) {
    const svg = chartSvg(button);
    if (svg) downloadText(fileName, new XMLSerializer().serializeToString(svg), 'image/svg+xml');
  }
  return (
    <button type="button" className="link-button" onClick={(e) => save(e.currentTarget)}>
      {t.exportSvg}
    </button>
  );
}

/** Saves the chart as a PNG at twice the screen size on white, for Word and PowerPoint. */
export function PngButton({ fileName }: { fileName: string }) {
  function save(button: HTMLButtonElement) {
    const svg = chartSvg(button);
    if (!svg) return;
    const width = Number(svg.getAttribute('width')) || svg.clientWidth || 800;
    const height = Number(svg.getAttribute('height')) || svg.clientHeight || 400;
    const url = URL.createObjectURL(new Blob([new XMLSerializer().serializeToString(svg)], { type: 'image/svg+xml' }));
    const image = new Image();
    image.onload = () => {
      const canvas = document.createElement('canvas');
      canvas.width = width * 2;
      canvas.height = height * 2;
      const ctx = canvas.getContext('2d');
      if (!ctx) return;
      ctx.fillStyle = '#ffffff';
      ctx.fillRect(0, 0, canvas.width, canvas.height);
      ctx.scale(2, 2);
      ctx.drawImage(image, 0, 0, width, height);
      URL.revokeObjectURL(url);
      canvas.toBlob((blob) => {
        if (blob) downloadBlob(fileName, blob);
      }, 'image/png');
    };
    image.onerror = () => URL.revokeObjectURL(url);
    image.src = url;
  }
  return (
    <button type="button" className="link-button" onClick={(e) => save(e.currentTarget)}>
      {t.exportPng}
    </button>
  );
}
