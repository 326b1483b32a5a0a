/**
 * The one reader of dates typed by planners: "7.3.2025", "07.03.2025" and pasted ISO dates
 * ("2025-03-07"). Native date fields follow the operating system's locale (mm/dd/yyyy on
 * many machines), so the app reads text itself. Four-digit years only: "07.03.25" is
 * refused rather than guessed as 1925 or 2025.
 */
export type DateReading = { ok: true; iso: string | null } | { ok: false; message: string };

const DE = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/;
const ISO = /^(\d{4})-(\d{2})-(\d{2})$/;

export function readGermanDate(text: string): DateReading {
  const s = text.trim();
  if (s === '') return { ok: true, iso: null };
  const de = DE.exec(s);
  const iso = ISO.exec(s);
  const [y, m, d] = de ? [Number(de[3]), Number(de[2]), Number(de[1])] : iso ? [Number(iso[1]), Number(iso[2]), Number(iso[3])] : [NaN, NaN, NaN];
  if (Number.isNaN(y)) return { ok: false, message: `„${s}“ ist kein Datum. Bitte als TT.MM.JJJJ eingeben, z. B. 31.12.2026.` };
  const date = new Date(Date.UTC(y, m - 1, d));
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d) return { ok: false, message: `Den ${s} gibt es nicht im Kalender.` };
  return { ok: true, iso: `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}` };
}
