import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildIcs, escapeText, foldLine, utcStamp } from '../../../shared/measures/ical';

const octets = (s: string) => Buffer.byteLength(s, 'utf8');
const unfold = (s: string) => s.replace(/\r\n[ \t]/g, '');

describe('iCalendar writing', () => {
  it('folds at 75 octets without splitting characters, and unfolds to the original', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 400 }), (text) => {
        const line = `SUMMARY:${text}`;
        const folded = foldLine(line);
        for (const physical of folded.split('\r\n')) expect(octets(physical)).toBeLessThanOrEqual(75);
        expect(unfold(folded)).toBe(line);
      }),
    );
    const umlauts = 'ä'.repeat(100);
    expect(foldLine(umlauts).split('\r\n')[0]).toBe('ä'.repeat(37));
  });

  it('escapes TEXT values', () => {
    expect(escapeText('a;b,c\\d\ne')).toBe('a\\;b\\,c\\\\d\\ne');
  });

  it('writes all-day events with UID and DTSTAMP, CRLF only', () => {
    const ics = buildIcs(
      [{ id: 'm1', title: 'Bericht; Kreistag, „Entwurf“', dueDate: '2026-12-31', responsible: 'Frau Müller', status: 'offen', measureTitle: 'Pflegekonferenz', statusLabel: 'offen' }],
      { calendarName: 'Meilensteine', now: new Date(Date.UTC(2026, 2, 15, 10, 15, 0)) },
    );
    expect(ics.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    const lines = unfold(ics).split('\r\n');
    expect(lines).toContain('UID:m1@pflegestrukturplaner');
    expect(lines).toContain('DTSTAMP:20260315T101500Z');
    expect(lines).toContain('DTSTART;VALUE=DATE:20261231');
    expect(lines).toContain('DTEND;VALUE=DATE:20270101');
    expect(lines).toContain('SUMMARY:Meilenstein: Bericht\\; Kreistag\\, „Entwurf“');
    expect(utcStamp(new Date(Date.UTC(2026, 0, 2, 3, 4, 5)))).toBe('20260102T030405Z');
  });
});
