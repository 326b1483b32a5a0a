/**
 * Recognises files that are not a GENESIS table at all, so the planner gets one clear sentence
 * about what was expected instead of a list of row errors.
 */

const EXPECTED =
  'Erwartet wird eine Tabelle der Regionaldatenbank (www.regionalstatistik.de) im Format „CSV“ mit Semikolon als Trennzeichen, z. B. Tabelle 12411-02-03-5 (Bevölkerung nach Geschlecht und Altersgruppen, Gemeinden).';

/** German message when `text` is obviously not a GENESIS table CSV; null when it might be one. */
export function genesisFormatProblem(text: string): string | null {
  const body = text.replace(/^\uFEFF/, '').trim();
  if (body === '') return `Die Datei ist leer. ${EXPECTED}`;
  if (/^<(!doctype|html|\?xml|[a-z])/i.test(body)) {
    return `Die Datei ist eine HTML- oder XML-Seite, keine CSV-Tabelle (vielleicht wurde die Webseite statt der Tabelle gespeichert). ${EXPECTED}`;
  }
  if (/^[[{]/.test(body)) return `Die Datei ist eine JSON-/GeoJSON-Datei, keine CSV-Tabelle. ${EXPECTED}`;
  const lines = body.split(/\r\n?|\n/).slice(0, 60);
  const semicolons = lines.filter((l) => l.includes(';')).length;
  if (semicolons === 0) {
    const commas = lines.filter((l) => l.includes(',')).length;
    const tabs = lines.filter((l) => l.includes('\t')).length;
    if (tabs > lines.length / 2) return `Die Datei ist durch Tabulatoren getrennt. ${EXPECTED}`;
    if (commas > lines.length / 2) return `Die Datei ist durch Kommas getrennt. ${EXPECTED}`;
    return `Die Datei enthält keine durch Semikolon getrennten Spalten. ${EXPECTED}`;
  }
  return null;
}

/** Used when the file has semicolons but no rows with region codes. */
export const NO_GENESIS_ROWS_MESSAGE = `In der Datei wurden keine Zeilen mit Regionalschlüsseln (z. B. 03354 oder 03354005) gefunden. ${EXPECTED}`;
