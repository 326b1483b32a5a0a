/**
 * Amtlicher Gemeindeschlüssel (AGS): 8 digits = Land (2), Regierungsbezirk (1), Kreis (2),
 * Gemeinde (3). A Kreis key is the first 5 digits.
 */

const LAND_CODES = new Set(['01', '02', '03', '04', '05', '06', '07', '08', '09', '10', '11', '12', '13', '14', '15', '16']);

/** Returns a German error message, or null when `ags` is a valid 8-digit Gemeinde key. */
export function agsProblem(ags: string): string | null {
  if (!/^\d{8}$/.test(ags)) return `„${ags}“ ist kein gültiger Gemeindeschlüssel: erwartet werden genau 8 Ziffern (z. B. 03354008).`;
  if (!LAND_CODES.has(ags.slice(0, 2))) return `„${ags}“ ist kein gültiger Gemeindeschlüssel: ${ags.slice(0, 2)} ist kein Land (01–16).`;
  return null;
}

/** Returns a German error message, or null when `key` is a valid 5-digit Kreis key. */
export function kreisKeyProblem(key: string): string | null {
  if (!/^\d{5}$/.test(key)) return `„${key}“ ist kein gültiger Kreisschlüssel: erwartet werden genau 5 Ziffern (z. B. 03354).`;
  if (!LAND_CODES.has(key.slice(0, 2))) return `„${key}“ ist kein gültiger Kreisschlüssel: ${key.slice(0, 2)} ist kein Land (01–16).`;
  return null;
}

/** The Kreis key (first 5 digits) of a Gemeinde key. */
export const kreisOf = (ags: string): string => ags.slice(0, 5);

/**
 * Regional codes in GENESIS tables of 10 (Rheinland-Pfalz) or 11 digits (Niedersachsen)
 * name a member Gemeinde of a Verbands-/Samtgemeinde; its AGS is the first 5 plus the last
 * 3 digits. Returns null for codes that are not Gemeinde-level.
 */
export function agsFromRegionalCode(code: string): string | null {
  if (/^\d{8}$/.test(code)) return code;
  if (/^\d{10,12}$/.test(code)) return code.slice(0, 5) + code.slice(-3);
  return null;
}
