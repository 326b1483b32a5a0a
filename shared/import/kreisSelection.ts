/**
 * Files often cover more than the planner's Kreis (a whole Land, all of Germany). Both Gemeinde
 * importers narrow them down the same way, and problems of other Kreise must not block the import.
 */
import { kreisKeyProblem, kreisOf } from '../district/ags';
import type { GemeindeCandidate, ImportProblem, KreisSummary } from './types';

export interface ScopedProblem {
  /** Kreis the problem belongs to; null when it concerns the whole file or cannot be attributed. */
  kreisKey: string | null;
  problem: ImportProblem;
}

export interface KreisSelection {
  kreisKey: string | null;
  kreisName: string | null;
  kreise: KreisSummary[];
  rows: Array<{ line: number | null; value: GemeindeCandidate }>;
  problems: ImportProblem[];
}

export function selectKreis(input: {
  rows: Array<{ line: number | null; value: GemeindeCandidate }>;
  problems: ScopedProblem[];
  kreisNames: ReadonlyMap<string, string>;
  requestedKey: string | undefined;
}): KreisSelection {
  const counts = new Map<string, number>();
  for (const row of input.rows) counts.set(kreisOf(row.value.ags), (counts.get(kreisOf(row.value.ags)) ?? 0) + 1);
  const kreise: KreisSummary[] = [...counts.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([key, count]) => ({ key, name: input.kreisNames.get(key) ?? '', count }));
  const fileWide = input.problems.filter((p) => p.kreisKey === null).map((p) => p.problem);
  const fehler = (message: string): ImportProblem => ({ line: null, severity: 'fehler', message });
  const none = (problems: ImportProblem[], kreisKey: string | null = null): KreisSelection => ({
    kreisKey,
    kreisName: kreisKey === null ? null : (input.kreisNames.get(kreisKey) ?? null),
    kreise,
    rows: [],
    problems,
  });

  const requested = input.requestedKey?.trim();
  let key: string;
  if (requested) {
    const keyProblem = kreisKeyProblem(requested);
    if (keyProblem) return none([fehler(keyProblem), ...fileWide]);
    if (!counts.has(requested)) {
      const found = kreise.length > 0 ? ` Gefunden wurden Gemeinden von: ${describe(kreise)}.` : '';
      // Problems of the requested Kreis (e.g. skipped rows) explain why nothing is left.
      const ofKreis = input.problems.filter((p) => p.kreisKey === null || p.kreisKey === requested).map((p) => p.problem);
      return none([fehler(`Die Datei enthält keine Gemeinden des Kreises ${requested}.${found}`), ...ofKreis], requested);
    }
    key = requested;
  } else if (kreise.length === 0) {
    return none([fehler('Die Datei enthält keine Gemeinden.'), ...input.problems.map((p) => p.problem)]);
  } else if (kreise.length > 1) {
    return none([
      fehler(`Die Datei enthält Gemeinden aus ${kreise.length} Kreisen (${describe(kreise)}). Bitte wählen Sie den Kreis aus, dessen Gemeinden übernommen werden sollen.`),
      ...fileWide,
    ]);
  } else {
    key = kreise[0]!.key;
  }

  return {
    kreisKey: key,
    kreisName: input.kreisNames.get(key) ?? null,
    kreise,
    rows: input.rows.filter((r) => kreisOf(r.value.ags) === key),
    problems: input.problems.filter((p) => p.kreisKey === null || p.kreisKey === key).map((p) => p.problem),
  };
}

function describe(kreise: KreisSummary[]): string {
  const shown = kreise.slice(0, 5).map((k) => (k.name ? `${k.key} ${k.name}` : k.key));
  return kreise.length > 5 ? `${shown.join('; ')} und ${kreise.length - 5} weitere` : shown.join('; ');
}
