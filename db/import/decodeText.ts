/**
 * The one place that turns the bytes of an imported file into text. Regionalstatistik downloads
 * have been ISO-8859-1/Windows-1252, newer exports and re-saved files UTF-8, and nothing in the
 * file says which. The decision counts evidence: characters that only UTF-8 explains (valid
 * multi-byte sequences) against bytes that are not valid UTF-8. Real Windows-1252 text with
 * umlauts has almost no valid multi-byte sequences; a UTF-8 file with one damaged byte has many.
 * So one bad byte in a UTF-8 file costs that one character (U+FFFD, its line is reported),
 * not every umlaut of the file.
 */
import iconv from 'iconv-lite';
import { pluralWord } from '../../shared/plural';

export type TextEncoding = 'utf-8' | 'windows-1252';

export interface DecodedText {
  text: string;
  encoding: TextEncoding;
  /** 1-based lines where bytes that are not valid UTF-8 were replaced by U+FFFD („�“). */
  replacedLines: number[];
}

const UTF8_BOM = [0xef, 0xbb, 0xbf];
const REPLACEMENT = 0xfffd;

/** Collects the evidence chunk by chunk, so streamed imports (db/needs/lineStream.ts) decide by the same rule. */
export class EncodingSniffer {
  private readonly decoder = new TextDecoder('utf-8', { fatal: false, ignoreBOM: true });
  private utf8Only = 0;
  private invalid = 0;

  push(bytes: Uint8Array): void {
    this.count(this.decoder.decode(bytes, { stream: true }));
  }

  result(): TextEncoding {
    this.count(this.decoder.decode());
    return this.invalid === 0 || this.utf8Only > this.invalid ? 'utf-8' : 'windows-1252';
  }

  private count(text: string): void {
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c === REPLACEMENT) this.invalid++;
      else if (c > 0x7f) this.utf8Only++;
    }
  }
}

export function decodeText(bytes: Uint8Array): DecodedText {
  const hasBom = UTF8_BOM.every((b, i) => bytes[i] === b);
  const body = hasBom ? bytes.subarray(3) : bytes;
  const sniffer = new EncodingSniffer();
  sniffer.push(body);
  if (sniffer.result() === 'windows-1252') {
    // Not TextDecoder('windows-1252'): Node maps it to Latin-1 and loses € and „“ (0x80–0x9F).
    return { text: iconv.decode(Buffer.from(body), 'windows-1252'), encoding: 'windows-1252', replacedLines: [] };
  }
  // ignoreBOM: the BOM is already cut off; a second one would be content.
  const text = new TextDecoder('utf-8', { fatal: false, ignoreBOM: true }).decode(body);
  return { text, encoding: 'utf-8', replacedLines: linesWithReplacements(text) };
}

function linesWithReplacements(text: string): number[] {
  const lines: number[] = [];
  let line = 1;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x0a) line++;
    else if (c === REPLACEMENT && lines.at(-1) !== line) lines.push(line);
  }
  return lines;
}

/** German note for the preview: which lines lost a character to a damaged byte. */
export function replacedLinesMessage(lines: number[]): string {
  const shown = lines.slice(0, 10).join(', ');
  return `Die Datei ist als UTF-8 gespeichert, enthält aber ${pluralWord(lines.length, 'in Zeile', 'in den Zeilen')} ${shown}${lines.length > 10 ? ' …' : ''} ungültige Zeichen; sie wurden als „�“ übernommen. Bitte prüfen Sie die Namen dort.`;
}

/**
 * Text files never contain NUL bytes; spreadsheets, ZIP archives and UTF-16 text do. The whole
 * file is searched (a native scan, fast): NUL bytes after the first few kilobytes would
 * otherwise pass into names and the plan.
 */
export function looksBinary(bytes: Uint8Array): boolean {
  return bytes.includes(0);
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
