/**
 * iCalendar (RFC 5545) of milestones, written by hand: CRLF line ends, lines folded at 75
 * octets (UTF-8), TEXT values escaped, one all-day VEVENT per milestone with a stable UID.
 */

export interface IcsMilestone {
  id: string;
  title: string;
  dueDate: string;
  responsible: string;
  status: 'offen' | 'in_arbeit' | 'erledigt' | 'entfallen';
  measureTitle: string;
  statusLabel: string;
}

/** Escapes a TEXT value: backslash, semicolon, comma and line breaks (RFC 5545 3.3.11). */
export function escapeText(value: string): string {
  return value.replace(/\\/g, '\\\\').replace(/;/g, '\\;').replace(/,/g, '\\,').replace(/\r\n|\r|\n/g, '\\n');
}

function utf8Length(ch: string): number {
  const cp = ch.codePointAt(0)!;
  return cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
}

/** Folds one content line into chunks of at most 75 octets; continuation lines start with a space. */
export function foldLine(line: string): string {
  const parts: string[] = [];
  let current = '';
  let octets = 0;
  for (const ch of line) {
    const n = utf8Length(ch);
    // The first line may hold 75 octets; continuation lines 74 plus the leading space.
    const limit = parts.length === 0 ? 75 : 74;
    if (octets + n > limit) {
      parts.push(current);
      current = '';
      octets = 0;
    }
    current += ch;
    octets += n;
  }
  parts.push(current);
  return parts.join('\r\n ');
}

const compactDate = (iso: string) => iso.replace(/-/g, '');

function nextDate(iso: string): string {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + 1);
  return d.toISOString().slice(0, 10);
}

/** `now` as an UTC date-time: 20260315T101500Z. */
export function utcStamp(now: Date): string {
  return now.toISOString().replace(/[-:]/g, '').replace(/\.\d{3}/, '');
}

export function buildIcs(milestones: readonly IcsMilestone[], options: { calendarName: string; now: Date }): string {
  const lines = ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//Pflegestrukturplaner//Meilensteine//DE', 'CALSCALE:GREGORIAN', 'METHOD:PUBLISH', `X-WR-CALNAME:${escapeText(options.calendarName)}`];
  const stamp = utcStamp(options.now);
  for (const m of milestones) {
    const description = [`Maßnahme: ${m.measureTitle}`, m.responsible ? `Verantwortlich: ${m.responsible}` : '', `Status: ${m.statusLabel}`].filter(Boolean).join('\n');
    lines.push(
      'BEGIN:VEVENT',
      `UID:${m.id}@pflegestrukturplaner`,
      `DTSTAMP:${stamp}`,
      `DTSTART;VALUE=DATE:${compactDate(m.dueDate)}`,
      `DTEND;VALUE=DATE:${compactDate(nextDate(m.dueDate))}`,
      `SUMMARY:${escapeText(`Meilenstein: ${m.title}`)}`,
      `DESCRIPTION:${escapeText(description)}`,
      `STATUS:${m.status === 'entfallen' ? 'CANCELLED' : 'CONFIRMED'}`,
      'TRANSP:TRANSPARENT',
      'END:VEVENT',
    );
  }
  lines.push('END:VCALENDAR');
  return lines.map(foldLine).join('\r\n') + '\r\n';
}
