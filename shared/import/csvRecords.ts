/**
 * Splits semicolon-separated text into records. GENESIS quotes only its footer notes, but
 * those span several lines and contain semicolons, so a line-based split is not enough.
 * Lenient on purpose: a quote only opens a quoted field at the start of a field, and an
 * unterminated quote is taken literally (otherwise one stray quote would swallow the file).
 */

export interface CsvRecord {
  /** 1-based line where the record starts. */
  line: number;
  fields: string[];
}

export function splitCsvRecords(text: string, separator = ';'): CsvRecord[] {
  const src = text.replace(/\r\n?/g, '\n');
  const records: CsvRecord[] = [];
  let pos = 0;
  let line = 1;
  while (pos < src.length) {
    const parsed = parseRecord(src, pos, separator);
    records.push({ line, fields: parsed.fields });
    line += parsed.newlines;
    pos = parsed.next;
  }
  return records;
}

interface Parsed {
  fields: string[];
  /** Position after the record's terminating newline. */
  next: number;
  /** Newlines consumed, including the terminating one. */
  newlines: number;
}

function parseRecord(src: string, start: number, sep: string): Parsed {
  const fields: string[] = [];
  let pos = start;
  let newlines = 0;
  for (;;) {
    if (src[pos] === '"') {
      const quoted = readQuoted(src, pos + 1);
      if (quoted === null) return plainLine(src, start, sep);
      let value = quoted.value;
      pos = quoted.next;
      newlines += quoted.newlines;
      // Text after the closing quote (`"a"b`) is kept as is rather than rejected.
      while (pos < src.length && src[pos] !== sep && src[pos] !== '\n') value += src[pos++];
      fields.push(value);
    } else {
      let end = pos;
      while (end < src.length && src[end] !== sep && src[end] !== '\n') end++;
      fields.push(src.slice(pos, end));
      pos = end;
    }
    if (pos >= src.length) return { fields, next: pos, newlines };
    if (src[pos] === '\n') return { fields, next: pos + 1, newlines: newlines + 1 };
    pos++; // separator
  }
}

function readQuoted(src: string, from: number): { value: string; next: number; newlines: number } | null {
  let value = '';
  let newlines = 0;
  let pos = from;
  while (pos < src.length) {
    const ch = src[pos]!;
    if (ch === '"') {
      if (src[pos + 1] === '"') {
        value += '"';
        pos += 2;
        continue;
      }
      return { value, next: pos + 1, newlines };
    }
    if (ch === '\n') newlines++;
    value += ch;
    pos++;
  }
  return null;
}

/** Fallback for an unterminated quote: the physical line, split without quote handling. */
function plainLine(src: string, start: number, sep: string): Parsed {
  const end = src.indexOf('\n', start);
  const lineText = end === -1 ? src.slice(start) : src.slice(start, end);
  return { fields: lineText.split(sep), next: end === -1 ? src.length : end + 1, newlines: end === -1 ? 0 : 1 };
}
