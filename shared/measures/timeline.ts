/**
 * The time axis of the Meilensteinplan (Gantt): which span to show and where the ticks go for
 * a zoom level. Pure, so the screen chart and the PDF chart share one layout.
 */
import { dayNumber, daysInMonth, fromDayNumber } from './dates';

export const ZOOMS = ['jahr', 'quartal', 'monat'] as const;
export type Zoom = (typeof ZOOMS)[number];
export const ZOOM_LABELS: Record<Zoom, string> = { jahr: 'Jahr', quartal: 'Quartal', monat: 'Monat' };

export interface Span {
  /** First day shown (inclusive), YYYY-MM-DD. */
  from: string;
  /** Day after the last day shown (exclusive), YYYY-MM-DD. */
  to: string;
}

export interface Tick {
  date: string;
  label: string;
  /** 0..1 along the axis. */
  x: number;
}

const MONTHS = ['Jan', 'Feb', 'Mär', 'Apr', 'Mai', 'Jun', 'Jul', 'Aug', 'Sep', 'Okt', 'Nov', 'Dez'];

/**
 * The span covering all given dates, widened to whole years (or the planning period when
 * given and wider). Without any dates: the current year.
 */
export function spanFor(dates: readonly (string | null)[], period: { from: number | null; to: number | null }, today: string): Span {
  const years = dates.filter((d): d is string => d !== null).map((d) => Number(d.slice(0, 4)));
  if (period.from !== null) years.push(period.from);
  if (period.to !== null) years.push(period.to);
  if (years.length === 0) years.push(Number(today.slice(0, 4)));
  const first = Math.min(...years);
  const last = Math.max(...years);
  return { from: `${first}-01-01`, to: `${last + 1}-01-01` };
}

const addMonths = (iso: string, months: number): string => {
  const total = Number(iso.slice(0, 4)) * 12 + Number(iso.slice(5, 7)) - 1 + months;
  return `${Math.floor(total / 12)}-${String((total % 12) + 1).padStart(2, '0')}-01`;
};

/**
 * The part of the plan's span a zoom level shows on screen: the whole span by year; by quarter
 * and by month a window that starts shortly before today (the month view used to start years
 * back and be thousands of pixels wide). Bars outside the window are cut at its edges.
 */
export function windowFor(span: Span, zoom: Zoom, today: string): Span {
  if (zoom === 'jahr') return span;
  const back = zoom === 'monat' ? 3 : 6;
  const length = zoom === 'monat' ? 18 : 48;
  let from = addMonths(today.slice(0, 7) + '-01', -back);
  if (from < span.from) from = span.from;
  let to = addMonths(from, length);
  if (to > span.to) {
    to = span.to;
    const earlier = addMonths(to, -length);
    from = earlier > span.from ? earlier : span.from;
  }
  return { from, to };
}

/** Position of a date on the axis, 0..1 (clamped). */
export function position(span: Span, date: string): number {
  const a = dayNumber(span.from);
  const b = dayNumber(span.to);
  const x = (dayNumber(date) - a) / (b - a);
  return Math.min(1, Math.max(0, x));
}

/** The day after `date` (bars end at the end of their last day). */
export function nextDay(date: string): string {
  return fromDayNumber(dayNumber(date) + 1);
}

/** Ticks at each year, quarter or month start within the span. */
export function ticks(span: Span, zoom: Zoom): Tick[] {
  const out: Tick[] = [];
  const step = zoom === 'jahr' ? 12 : zoom === 'quartal' ? 3 : 1;
  let y = Number(span.from.slice(0, 4));
  let m = 1;
  for (;;) {
    const date = `${y}-${String(m).padStart(2, '0')}-01`;
    if (date >= span.to) break;
    if (date >= span.from) {
      const label = zoom === 'jahr' ? String(y) : zoom === 'quartal' ? `Q${(m + 2) / 3} ${y}` : `${MONTHS[m - 1]} ${y}`;
      out.push({ date, label, x: position(span, date) });
    }
    m += step;
    while (m > 12) {
      m -= 12;
      y += 1;
    }
  }
  return out;
}

/** Pixels per year for a zoom level on screen: month zoom is the widest. */
export function pixelsPerYear(zoom: Zoom): number {
  return zoom === 'jahr' ? 160 : zoom === 'quartal' ? 400 : 1100;
}

/** Width of the time axis in pixels for a span (fractions of years count). */
export function axisWidth(span: Span, zoom: Zoom): number {
  return Math.round(((dayNumber(span.to) - dayNumber(span.from)) / 365.25) * pixelsPerYear(zoom));
}

export { daysInMonth };
