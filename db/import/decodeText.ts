/**
 * Turns the bytes of an imported file into text. Regionalstatistik downloads have been
 * ISO-8859-1/Windows-1252, newer exports and re-saved files UTF-8, and nothing in the file
 * says which: valid UTF-8 is taken as UTF-8 (real Windows-1252 text with umlauts is almost
 * never valid UTF-8), everything else as Windows-1252.
 */
import iconv from 'iconv-lite';

export interface DecodedText {
  text: string;
  encoding: 'utf-8' | 'windows-1252';
}

const UTF8_BOM = [0xef, 0xbb, 0xbf];

export function decodeText(bytes: Uint8Array): DecodedText {
  const hasBom = UTF8_BOM.every((b, i) => bytes[i] === b);
  const body = hasBom ? bytes.subarray(3) : bytes;
  try {
    // ignoreBOM: the BOM is already cut off; a second one would be content.
    return { text: new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(body), encoding: 'utf-8' };
  } catch {
    // Not TextDecoder('windows-1252'): Node maps it to Latin-1 and loses € and „“ (0x80–0x9F).
    return { text: iconv.decode(body, 'windows-1252'), encoding: 'windows-1252' };
  }
}

const SNIFF_BYTES = 4096;

/** Text files never contain NUL bytes; spreadsheets, ZIP archives and UTF-16 text do. */
export function looksBinary(bytes: Uint8Array): boolean {
  return bytes.subarray(0, SNIFF_BYTES).includes(0);
}

/** German explanation for a file that `looksBinary`, naming the likely cause. */
export function binaryFileMessage(bytes: Uint8Array): string {
  const startsWith = (...sig: number[]): boolean => sig.every((b, i) => bytes[i] === b);
  if (startsWith(0x50, 0x4b, 0x03, 0x04)) {
    return 'Die Datei ist eine Excel- oder ZIP-Datei (z. B. .xlsx), keine Textdatei. Bitte die Tabelle als CSV herunterladen oder aus Excel als „CSV (Trennzeichen-getrennt)“ speichern.';
  }
  if (startsWith(0xd0, 0xcf, 0x11, 0xe0)) {
    return 'Die Datei ist eine ältere Excel-Datei (.xls), keine Textdatei. Bitte als „CSV (Trennzeichen-getrennt)“ speichern.';
  }
  if (startsWith(0xff, 0xfe) || startsWith(0xfe, 0xff)) {
    return 'Die Datei ist als UTF-16 („Unicode-Text“) gespeichert. Bitte als „CSV UTF-8“ oder „CSV (Trennzeichen-getrennt)“ speichern.';
  }
  return 'Die Datei ist keine Textdatei (sie enthält Binärdaten). Erwartet wird eine CSV- oder GeoJSON-Datei.';
}
