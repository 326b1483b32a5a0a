/**
 * Monitoring figures of step 3 and the comparison of two reporting states (Berichtsstände).
 * Pure: the dashboard, the saved snapshots and the tests use the same numbers.
 */
import type { FieldId } from '../catalog/fieldId';
import { attainment, type IndicatorLike } from './indicators';
import { countOverdue, type MilestoneLike } from './milestones';
import { MEASURE_STATUSES, type MeasureStatus } from './types';

export interface MeasureLikeForMonitoring {
  id: string;
  title: string;
  fieldId: FieldId;
  status: MeasureStatus;
  milestones: readonly MilestoneLike[];
  preconditionsDone: number;
  preconditionsTotal: number;
}

export interface IndicatorLikeForMonitoring extends IndicatorLike {
  id: string;
  measureId: string;
  name: string;
  unit: string;
}

export interface MonitoringSummary {
  takenOn: string;
  fieldId: FieldId | null;
  counts: Record<MeasureStatus, number>;
  overdue: number;
  measures: { id: string; title: string; fieldId: FieldId; status: MeasureStatus; overdue: number; preconditionsDone: number; preconditionsTotal: number }[];
  indicators: { id: string; measureId: string; name: string; unit: string; latest: number | null; attainment: number | null }[];
}

export function summarize(
  measures: readonly MeasureLikeForMonitoring[],
  indicators: readonly IndicatorLikeForMonitoring[],
  today: string,
  fieldId: FieldId | null = null,
): MonitoringSummary {
  const chosen = fieldId ? measures.filter((m) => m.fieldId === fieldId) : measures;
  const ids = new Set(chosen.map((m) => m.id));
  const counts = Object.fromEntries(MEASURE_STATUSES.map((s) => [s, chosen.filter((m) => m.status === s).length])) as Record<MeasureStatus, number>;
  const rows = chosen.map((m) => ({
    id: m.id,
    title: m.title,
    fieldId: m.fieldId,
    status: m.status,
    overdue: countOverdue(m.milestones, today),
    preconditionsDone: m.preconditionsDone,
    preconditionsTotal: m.preconditionsTotal,
  }));
  return {
    takenOn: today,
    fieldId,
    counts,
    overdue: rows.reduce((n, r) => n + r.overdue, 0),
    measures: rows,
    indicators: indicators
      .filter((i) => ids.has(i.measureId))
      .map((i) => {
        const latest = [...i.values].sort((a, b) => a.measuredOn.localeCompare(b.measuredOn)).at(-1);
        return { id: i.id, measureId: i.measureId, name: i.name, unit: i.unit, latest: latest?.value ?? null, attainment: attainment(i) };
      }),
  };
}

export interface SummaryComparison {
  countDelta: Record<MeasureStatus, number>;
  overdueDelta: number;
  statusChanges: { id: string; title: string; from: MeasureStatus; to: MeasureStatus }[];
  added: { id: string; title: string }[];
  removed: { id: string; title: string }[];
  indicatorChanges: { id: string; name: string; unit: string; from: number | null; to: number | null }[];
}

/** What changed from an earlier to a later reporting state. */
export function compareSummaries(earlier: MonitoringSummary, later: MonitoringSummary): SummaryComparison {
  const before = new Map(earlier.measures.map((m) => [m.id, m]));
  const after = new Map(later.measures.map((m) => [m.id, m]));
  const indBefore = new Map(earlier.indicators.map((i) => [i.id, i]));
  return {
    countDelta: Object.fromEntries(MEASURE_STATUSES.map((s) => [s, later.counts[s] - earlier.counts[s]])) as Record<MeasureStatus, number>,
    overdueDelta: later.overdue - earlier.overdue,
    statusChanges: later.measures.flatMap((m) => {
      const b = before.get(m.id);
      return b && b.status !== m.status ? [{ id: m.id, title: m.title, from: b.status, to: m.status }] : [];
    }),
    added: later.measures.filter((m) => !before.has(m.id)).map((m) => ({ id: m.id, title: m.title })),
    removed: earlier.measures.filter((m) => !after.has(m.id)).map((m) => ({ id: m.id, title: m.title })),
    indicatorChanges: later.indicators.flatMap((i) => {
      const b = indBefore.get(i.id);
      const from = b?.latest ?? null;
      return from !== i.latest ? [{ id: i.id, name: i.name, unit: i.unit, from, to: i.latest }] : [];
    }),
  };
}
