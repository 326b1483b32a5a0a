import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dayNumber, fromDayNumber, isIsoDate } from '../../../shared/measures/dates';
import { attainment } from '../../../shared/measures/indicators';
import { countOverdue, isOverdue, nextMilestone } from '../../../shared/measures/milestones';
import { position, spanFor, ticks } from '../../../shared/measures/timeline';

describe('milestones', () => {
  const m = (dueDate: string, status: 'offen' | 'in_arbeit' | 'erledigt' | 'entfallen' = 'offen') => ({ dueDate, status, doneOn: null });

  it('is overdue only while open and past its due date', () => {
    expect(isOverdue(m('2026-03-01'), '2026-03-02')).toBe(true);
    expect(isOverdue(m('2026-03-01'), '2026-03-01')).toBe(false);
    expect(isOverdue(m('2026-03-01', 'in_arbeit'), '2027-01-01')).toBe(true);
    expect(isOverdue(m('2026-03-01', 'erledigt'), '2027-01-01')).toBe(false);
    expect(isOverdue(m('2026-03-01', 'entfallen'), '2027-01-01')).toBe(false);
    expect(countOverdue([m('2026-01-01'), m('2026-02-01', 'erledigt'), m('2027-01-01')], '2026-06-01')).toBe(1);
  });

  it('finds the open milestone due first', () => {
    expect(nextMilestone([m('2026-05-01'), m('2026-01-01', 'erledigt'), m('2026-03-01')])?.dueDate).toBe('2026-03-01');
    expect(nextMilestone([m('2026-01-01', 'erledigt')])).toBeNull();
  });
});

describe('dates', () => {
  it('accepts real calendar dates only', () => {
    expect(isIsoDate('2028-02-29')).toBe(true);
    expect(isIsoDate('2026-02-29')).toBe(false);
    expect(isIsoDate('2026-13-01')).toBe(false);
    expect(isIsoDate('1.3.2026')).toBe(false);
  });
  it('round-trips day numbers', () => {
    fc.assert(fc.property(fc.integer({ min: 0, max: 60_000 }), (d) => dayNumber(fromDayNumber(d)) === d && isIsoDate(fromDayNumber(d))));
  });
});

describe('timeline', () => {
  it('spans whole years covering dates and the planning period', () => {
    expect(spanFor(['2027-05-01', null], { from: 2026, to: 2028 }, '2026-01-10')).toEqual({ from: '2026-01-01', to: '2029-01-01' });
    expect(spanFor([], { from: null, to: null }, '2026-07-10')).toEqual({ from: '2026-01-01', to: '2027-01-01' });
  });
  it('places ticks per zoom level in order between 0 and 1', () => {
    const span = { from: '2026-01-01', to: '2028-01-01' };
    expect(ticks(span, 'jahr').map((t) => t.label)).toEqual(['2026', '2027']);
    expect(ticks(span, 'quartal')).toHaveLength(8);
    expect(ticks(span, 'quartal')[1]).toMatchObject({ label: 'Q2 2026', date: '2026-04-01' });
    const months = ticks(span, 'monat');
    expect(months).toHaveLength(24);
    expect(months[2]!.label).toBe('Mär 2026');
    for (let i = 1; i < months.length; i++) expect(months[i]!.x).toBeGreaterThan(months[i - 1]!.x);
    expect(position(span, '2027-01-01')).toBeCloseTo(365 / 730, 5);
    expect(position(span, '2030-01-01')).toBe(1);
  });
});

describe('indicator attainment', () => {
  it('measures progress from baseline to target, for rising and falling targets', () => {
    expect(attainment({ baseline: 0, targetValue: 20, values: [{ measuredOn: '2026-06-30', value: 12 }, { measuredOn: '2026-03-31', value: 5 }] })).toBeCloseTo(0.6);
    expect(attainment({ baseline: 60, targetValue: 30, values: [{ measuredOn: '2026-06-30', value: 45 }] })).toBeCloseTo(0.5);
    expect(attainment({ baseline: 10, targetValue: null, values: [{ measuredOn: '2026-06-30', value: 45 }] })).toBeNull();
    expect(attainment({ baseline: 10, targetValue: 20, values: [] })).toBeNull();
  });
});

describe('Gantt window of the wide zooms (issue #14)', () => {
  it('starts shortly before today by month and quarter, and keeps the whole span by year', async () => {
    const { windowFor, axisWidth } = await import('../../../shared/measures/timeline');
    const span = { from: '2020-01-01', to: '2031-01-01' };
    expect(windowFor(span, 'jahr', '2026-05-15')).toEqual(span);
    expect(windowFor(span, 'monat', '2026-05-15')).toEqual({ from: '2026-02-01', to: '2027-08-01' });
    expect(windowFor(span, 'quartal', '2026-05-15')).toEqual({ from: '2025-11-01', to: '2029-11-01' });
    // Near the end of the plan the window ends with the plan.
    expect(windowFor(span, 'monat', '2030-11-15')).toEqual({ from: '2029-07-01', to: '2031-01-01' });
    expect(axisWidth(windowFor(span, 'monat', '2026-05-15'), 'monat')).toBeLessThan(1700);
  });
});
