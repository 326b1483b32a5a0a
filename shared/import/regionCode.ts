/**
 * Meaning of the region codes in the first column of GENESIS tables. The same 8 digits can be a
 * Gemeinde or a Samtgemeinde (Niedersachsen), and member Gemeinden carry 10/11-digit codes, so
 * the code alone does not say whether a row is a Gemeinde (see SOURCES.md of the fixtures).
 */
import { agsFromRegionalCode } from '../district/ags';

export type RegionRow =
  | { level: 'deutschland' | 'land' | 'regierungsbezirk' }
  | { level: 'kreis'; kreisKey: string }
  | { level: 'verband'; kreisKey: string; label: 'Samtgemeinde' | 'Verbandsgemeinde' | 'Samt-/Verbandsgemeinde' }
  | { level: 'gemeinde'; ags: string; kind: 'gemeinde' | 'gemeindefrei' }
  | { level: 'unbekannt' };

/** Hamburg and Berlin: Kreisschlüssel → the Land code under which Kreis and Gemeinde tables list them. */
export const CITY_STATES: Readonly<Record<string, string>> = { '02000': '02', '11000': '11' };
const CITY_STATE_LANDS = new Set(Object.values(CITY_STATES));

const SAMTGEMEINDE_NAME = /(^Samtgemeinde\s)|(,\s*Samtgemeinde$)/i;
const VERBANDSGEMEINDE_NAME = /(^Verbandsgemeinde\s)|(,\s*Verbandsgem(einde|\.)$)/i;
// "Gartow, gem.fr. Geb.", "Gem.fr. Geb. München", "…, gemeindefreies Gebiet", "…, gem.fr. Bezirk".
const GEMEINDEFREI_NAME = /gem\.\s*fr\.|gemeindefrei/i;

/**
 * @param verbandCodes 8-digit codes that are the prefix of some 11-digit member code in the same
 *   file; such a row is a Samtgemeinde whatever its name says.
 */
export function classifyRegionRow(code: string, name: string, verbandCodes: ReadonlySet<string> = new Set()): RegionRow {
  const c = code.trim();
  if (c === 'DG') return { level: 'deutschland' };
  if (!/^\d+$/.test(c)) return { level: 'unbekannt' };
  switch (c.length) {
    case 2:
      // Hamburg and Berlin are Länder and Kreise at once (Kreisschlüssel 02000, 11000); the Kreis
      // and Gemeinde tables list them only under the Land code.
      if (CITY_STATE_LANDS.has(c)) return { level: 'kreis', kreisKey: `${c}000` };
      return { level: 'land' };
    case 3:
      return { level: 'regierungsbezirk' };
    case 5:
      return { level: 'kreis', kreisKey: c };
    case 7:
      // Rheinland-Pfalz: Land 2 + RB 1 + Kreis 2 + Verbandsgemeinde 2.
      return { level: 'verband', kreisKey: c.slice(0, 5), label: 'Verbandsgemeinde' };
    case 8:
      return classifyEightDigits(c, name.trim(), verbandCodes);
    case 10:
    case 11:
    case 12: {
      const ags = agsFromRegionalCode(c)!;
      return { level: 'gemeinde', ags, kind: isGemeindefrei(ags, name) ? 'gemeindefrei' : 'gemeinde' };
    }
    default:
      return { level: 'unbekannt' };
  }
}

function classifyEightDigits(code: string, name: string, verbandCodes: ReadonlySet<string>): RegionRow {
  const kreisKey = code.slice(0, 5);
  if (SAMTGEMEINDE_NAME.test(name)) return { level: 'verband', kreisKey, label: 'Samtgemeinde' };
  if (VERBANDSGEMEINDE_NAME.test(name)) return { level: 'verband', kreisKey, label: 'Verbandsgemeinde' };
  // In Niedersachsen the Samtgemeinden are numbered 4xx; elsewhere (Brandenburg, Sachsen,
  // Sachsen-Anhalt, Bayern) 4xx are ordinary Gemeinden or gemeindefreie Gebiete.
  if (code.startsWith('03') && code[5] === '4') return { level: 'verband', kreisKey, label: 'Samtgemeinde' };
  if (verbandCodes.has(code)) return { level: 'verband', kreisKey, label: 'Samt-/Verbandsgemeinde' };
  return { level: 'gemeinde', ags: code, kind: isGemeindefrei(code, name) ? 'gemeindefrei' : 'gemeinde' };
}

/** Named as such, or numbered 5xx in Niedersachsen (where every gemeindefreie Gebiet is 5xx). */
export function isGemeindefrei(ags: string, name: string): boolean {
  return GEMEINDEFREI_NAME.test(name) || (ags.startsWith('03') && ags[5] === '5');
}
