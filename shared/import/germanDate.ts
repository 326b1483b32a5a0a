/** GENESIS writes dates as dd.mm.yyyy; the database stores ISO dates. */
const GERMAN_DATE = /^(\d{2})\.(\d{2})\.(\d{4})$/;

export const isGermanDate = (text: string): boolean => GERMAN_DATE.test(text.trim());

/** "31.12.2015" -> "2015-12-31"; null for anything else (also for impossible dates like 31.02.). */
export function germanDateToIso(text: string): string | null {
  const m = GERMAN_DATE.exec(text.trim());
  if (!m) return null;
  const [, dd, mm, yyyy] = m as unknown as [string, string, string, string];
  const d = new Date(Date.UTC(Number(yyyy), Number(mm) - 1, Number(dd)));
  if (d.getUTCFullYear() !== Number(yyyy) || d.getUTCMonth() !== Number(mm) - 1 || d.getUTCDate() !== Number(dd)) return null;
  return `${yyyy}-${mm}-${dd}`;
}
