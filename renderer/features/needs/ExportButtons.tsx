/** Download buttons under the needs charts and tables: CSV/XLSX of the shown numbers, SVG of a chart. */
import { errorMessage, invoke } from '../../api';
import { showError } from '../../app/statusStore';
import { downloadBase64, downloadCsv, toCsv } from './format';
import type { Cell } from './DataTable';
import { needsTexts } from './texts';

const t = needsTexts.results;

export function ExportButton({ fileName, header, rows }: { fileName: string; header: string[]; rows: Cell[][] }) {
  async function xlsx() {
    try {
      const file = await invoke('needs.export.xlsx', { fileName, sheet: fileName.replace(/\.csv$/, ''), header, rows });
      downloadBase64(file.fileName, file.mimeType, file.contentBase64);
    } catch (e) {
      showError(errorMessage(e));
    }
  }
  return (
    <div className="button-row">
      <button type="button" className="link-button" onClick={() => downloadCsv(fileName, toCsv(header, rows))}>
        {t.export}
      </button>
      <button type="button" className="link-button" onClick={() => void xlsx()}>
        {t.exportXlsx}
      </button>
    </div>
  );
}

/** Saves the chart (the SVG inside the figure) as an SVG file. */
export function SvgButton({ fileName }: { fileName: string }) {
  function save(button: HTMLButtonElement) {
    const svg = button.closest('.needs-chart-box')?.querySelector('svg');
    if (!svg) return;
    const clone = svg.cloneNode(true) as SVGSVGElement;
    clone.setAttribute('xmlns', 'http://www.w3.org/2000/svg');
    const text = new XMLSerializer().serializeToString(clone);
    downloadCsv(fileName, text, 'image/svg+xml');
  }
  return (
    <button type="button" className="link-button" onClick={(e) => save(e.currentTarget)}>
      {t.exportSvg}
    </button>
  );
}
