/**
 * Limits for reading an untrusted file (issue #12). Each one stops a different way a file can
 * hurt the host: a huge file, millions of rows, JSON nested so deep that a recursive walk
 * overflows the stack, a parse that never ends, and a file that expands in memory (a zip or JSON
 * bomb). The first three are checked while parsing; the last two by the worker around the parse
 * (db/import/parseInWorker.ts), which costs one worker, never the host.
 */
import { UserError } from '../../shared/contract/errors';
import { formatNumber } from '../../shared/format';
export interface ParseLimits {
  maxFileBytes: number;
  maxRows: number;
  maxJsonDepth: number;
  timeoutMs: number;
  /** V8 old-generation heap of the worker; a bomb dies there with ERR_WORKER_OUT_OF_MEMORY. */
  maxHeapMb: number;
}

/**
 * Generous for real inputs: the national GENESIS tables are ≤ 60 MB and ≈ 500,000 lines, a VG250
 * GeoJSON of all Gemeinden ≈ 11,000 features nested 7 deep.
 */
export const PARSE_LIMITS: ParseLimits = {
  maxFileBytes: 300 * 1024 * 1024,
  maxRows: 2_000_000,
  maxJsonDepth: 64,
  timeoutMs: 120_000,
  maxHeapMb: 1024,
};

const mb = (bytes: number) => formatNumber(Math.round(bytes / 1024 / 1024));

export const limitMessages = {
  tooLarge: (fileName: string, limits: ParseLimits) =>
    `Die Datei „${fileName}“ ist zu groß (höchstens ${mb(limits.maxFileBytes)} MB). Im Plan wurde nichts geändert. Bitte nur den benötigten Ausschnitt herunterladen oder speichern.`,
  tooLargeInMemory: (fileName: string) =>
    `Die Datei „${fileName}“ ist zu groß, um sie sicher zu lesen: beim Einlesen bräuchte sie mehr Arbeitsspeicher, als eine Tabelle für dieses Programm brauchen kann. Sie ist vermutlich beschädigt oder manipuliert. Im Plan wurde nichts geändert.`,
  tooManyRows: (fileName: string, limits: ParseLimits) =>
    `Die Datei „${fileName}“ hat zu viele Zeilen (höchstens ${formatNumber(limits.maxRows)}). Im Plan wurde nichts geändert. Bitte nur den benötigten Ausschnitt speichern.`,
  tooDeep: (fileName: string, limits: ParseLimits) =>
    `Die Datei „${fileName}“ ist zu tief verschachtelt (mehr als ${limits.maxJsonDepth} Ebenen); so sieht keine GeoJSON-Datei mit Gemeindegrenzen aus. Im Plan wurde nichts geändert.`,
  stopped: (fileName: string) => `Das Lesen der Datei „${fileName}“ wurde unerwartet beendet. Im Plan wurde nichts geändert. Bitte die Datei prüfen und erneut versuchen.`,
  timeout: () => 'Das Lesen der Datei hat zu lange gedauert und wurde abgebrochen. Im Plan wurde nichts geändert.',
};

/** The refusal of a file with more rows than `limits` allow (every reader of tables says it the same way). */
export const tooManyRows = (fileName: string, limits: ParseLimits = PARSE_LIMITS): UserError => new UserError(limitMessages.tooManyRows(fileName, limits), 'too-many-rows');
