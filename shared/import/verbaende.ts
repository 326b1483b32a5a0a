/**
 * Samt- and Verbandsgemeinden of one Kreis in a GENESIS Gemeinde table (12411-02-03-5 lists each
 * with its members right below: 8-digit Samtgemeinde 03354407 with members 03354407xxx, or the
 * 7-digit Verbandsgemeinde of Rheinland-Pfalz with 10-digit members). They are the natural
 * Planungsbereiche of such a Kreis. Units dissolved before the reference date are all "-" and left out.
 */
import { agsFromRegionalCode } from '../district/ags';
import { parseGenesisTable, parseGenesisValue } from './genesisTable';

export interface VerbandArea {
  code: string;
  /** "Samtgemeinde Gartow", "Verbandsgemeinde Adenau". */
  name: string;
  memberAgs: string[];
}

const plainName = (name: string): string =>
  name
    .trim()
    .replace(/,\s*Samtgemeinde$/i, '')
    .replace(/,\s*Verbandsgem(einde|\.)$/i, '')
    .replace(/^(Samtgemeinde|Verbandsgemeinde)\s+/i, '');

export function verbaendeOf(text: string, kreisKey: string): VerbandArea[] {
  const rows = parseGenesisTable(text).dataRows.map((r) => ({ code: r.cells[0] ?? '', name: r.cells[1] ?? '', dissolved: r.cells.slice(2).every((c) => parseGenesisValue(c).symbol === '-') }));
  const members = rows.filter((r) => /^\d{10,11}$/.test(r.code) && r.code.startsWith(kreisKey) && !r.dissolved);
  const out: VerbandArea[] = [];
  for (const r of rows) {
    if (!r.code.startsWith(kreisKey) || r.dissolved || !(r.code.length === 7 || r.code.length === 8)) continue;
    const own = members.filter((m) => m.code.length === r.code.length + 3 && m.code.startsWith(r.code));
    if (own.length === 0) continue;
    const kind = r.code.length === 7 || /Verbandsgem/i.test(r.name) ? 'Verbandsgemeinde' : 'Samtgemeinde';
    out.push({ code: r.code, name: `${kind} ${plainName(r.name)}`, memberAgs: [...new Set(own.map((m) => agsFromRegionalCode(m.code)!))] });
  }
  return out;
}
