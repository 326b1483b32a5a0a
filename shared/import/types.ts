/**
 * Result types shared by all Gemeinde importers. An import is always shown as a preview first;
 * nothing is written while a problem of severity 'fehler' exists (all or nothing).
 */

export interface GemeindeCandidate {
  /** 8-digit Amtlicher Gemeindeschlüssel. */
  ags: string;
  /** Name as written in the source file (trimmed), e.g. "Gartow, Elbe". */
  name: string;
  kind: 'gemeinde' | 'gemeindefrei';
  lat: number | null;
  lon: number | null;
  /** GeoJSON Polygon or MultiPolygon geometry object (lon/lat), kept as delivered. */
  geometry: unknown | null;
  /** Inhabitants according to the source (for the preview only), null when unknown. */
  population: number | null;
}

export interface ImportProblem {
  /** 1-based line in the file; null when the source has no meaningful lines (GeoJSON) or the problem is file-wide. */
  line: number | null;
  severity: 'fehler' | 'hinweis';
  /** German, addressed to the planner. */
  message: string;
}

export interface ImportSourceInfo {
  /** e.g. 'GENESIS-Tabelle 12411-02-03-5' or 'GeoJSON'. */
  format: string;
  /** GENESIS table code, e.g. '12411-02-03-5'. */
  table: string | null;
  /** Reference date (Stichtag) of the values as ISO date 'yyyy-mm-dd'. */
  referenceDate: string | null;
  /** Date of the export ("Stand") as ISO date 'yyyy-mm-dd'. */
  stand: string | null;
  /** Licence / attribution text from the file. */
  licence: string | null;
}

export interface KreisSummary {
  key: string;
  /** Name from the file's Kreis row; '' when the file has none (e.g. GeoJSON of Gemeinden). */
  name: string;
  /** Number of Gemeinden of this Kreis in the file. */
  count: number;
}

export interface GemeindeImportPreview {
  kreisKey: string | null;
  kreisName: string | null;
  kreise: KreisSummary[];
  rows: Array<{ line: number | null; value: GemeindeCandidate }>;
  problems: ImportProblem[];
  source: ImportSourceInfo;
}

/** True when the preview may be written (no 'fehler'). */
export const previewIsImportable = (preview: GemeindeImportPreview): boolean =>
  preview.rows.length > 0 && !preview.problems.some((p) => p.severity === 'fehler');
