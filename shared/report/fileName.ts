/** "Pflegestrukturbericht Lüchow-Dannenberg 2026-11-29" (without extension): the suggested file name. */
export function reportBaseName(districtName: string, today: string): string {
  const d = districtName.replace(/^Landkreis\s+/i, '').replace(/[\\/:*?"<>|]/g, '-').trim();
  return `Pflegestrukturbericht${d ? ` ${d}` : ''} ${today}`;
}
