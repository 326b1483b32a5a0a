/** Tables of issue #5: measures, milestones, participation; part of the planning file's Database type (db/schema.ts). */
import type { TrackedColumns } from '../schema';

/** Maßnahme of step 3. Links to other features' rows are plain text ids (no foreign keys). */
export interface MeasureTable extends TrackedColumns {
  field_id: string;
  title: string;
  description: string;
  /** Id of an `actor` row (stock feature) or null. */
  responsible_actor_id: string | null;
  /** Free-text responsible (office or person) when no actor is linked, or in addition. */
  responsible_text: string;
  /** Free-text partners in addition to linked partner actors. */
  partners: string;
  start_date: string | null;
  end_date: string | null;
  priority: 'hoch' | 'mittel' | 'niedrig';
  status: 'geplant' | 'in_umsetzung' | 'abgeschlossen' | 'verschoben' | 'verworfen';
  cost_once: number | null;
  cost_yearly: number | null;
  /** Id of a `funding_programme` row (stock feature) or null. */
  funding_programme_id: string | null;
  financing_note: string;
}

/** What a measure refers to: need statements, Gemeinden, Planungsbereiche, partner actors. */
export interface MeasureLinkTable extends TrackedColumns {
  measure_id: string;
  kind: 'need_statement' | 'gemeinde' | 'planning_area' | 'partner_actor';
  target_id: string;
}

/** A computed gap that justifies a measure (issue #14); the value is recomputed when shown. */
export interface MeasureGapLinkTable extends TrackedColumns {
  measure_id: string;
  richtwert_id: string;
  /** AGS of a Gemeinde, `bereich:<id>` or `kreis` (shared/needs/analysis.ts region keys). */
  region_key: string;
  year: number;
  scenario_id: string;
}

export interface MeasurePreconditionTable extends TrackedColumns {
  measure_id: string;
  kind: 'kreistag' | 'haushalt' | 'partner' | 'foerderung' | 'custom';
  label: string;
  done: number;
  note: string;
  sort: number;
}

export interface MeasureIndicatorTable extends TrackedColumns {
  measure_id: string;
  name: string;
  unit: string;
  baseline: number | null;
  target_value: number | null;
  target_date: string | null;
}

export interface MeasureIndicatorValueTable extends TrackedColumns {
  indicator_id: string;
  measured_on: string;
  value: number;
  note: string;
}

export interface MilestoneTable extends TrackedColumns {
  measure_id: string;
  title: string;
  due_date: string;
  responsible: string;
  status: 'offen' | 'in_arbeit' | 'erledigt' | 'entfallen';
  done_on: string | null;
}

/** Beteiligung: a workshop, care conference, citizens' dialogue or survey. */
export interface ParticipationEventTable extends TrackedColumns {
  kind: 'workshop' | 'pflegekonferenz' | 'buergerdialog' | 'befragung';
  title: string;
  event_date: string | null;
  place: string;
  /** Participating organisations, one per line. */
  organisations: string;
  notes: string;
}

export interface ParticipationGroupTable extends TrackedColumns {
  event_id: string;
  name: string;
  /** Names of the moderators (personal data). */
  moderators: string;
}

/** A challenge or idea collected at an event; an idea may have become a measure. */
export interface ParticipationResultTable extends TrackedColumns {
  event_id: string;
  group_id: string | null;
  kind: 'herausforderung' | 'idee';
  text: string;
  field_id: string | null;
  measure_id: string | null;
}

/** A saved reporting state (Berichtsstand): the monitoring summary as JSON (shared/measures/monitoring.ts). */
export interface MeasureReportTable extends TrackedColumns {
  title: string;
  field_id: string | null;
  taken_on: string;
  summary: string;
}

export interface MeasuresTables {
  measure_report: MeasureReportTable;
  participation_event: ParticipationEventTable;
  participation_group: ParticipationGroupTable;
  participation_result: ParticipationResultTable;
  measure: MeasureTable;
  measure_link: MeasureLinkTable;
  measure_gap_link: MeasureGapLinkTable;
  measure_precondition: MeasurePreconditionTable;
  measure_indicator: MeasureIndicatorTable;
  measure_indicator_value: MeasureIndicatorValueTable;
  milestone: MilestoneTable;
}

/** The tracked (change-logged, tombstoned) tables of this feature. */
export const MEASURES_TABLES = ['measure', 'measure_link', 'measure_gap_link', 'measure_precondition', 'measure_indicator', 'measure_indicator_value', 'milestone', 'participation_event', 'participation_group', 'participation_result', 'measure_report'] as const;

/** Tables of this feature that are local to one file (derived results, caches): not change-logged, never merged. */
export const MEASURES_LOCAL_TABLES = [] as const;

/** Personal data (DSGVO) per tracked table: columns left out when sharing without personal data. */
export const MEASURES_PERSONAL_COLUMNS: Record<string, readonly string[]> = {
  measure: ['responsible_text'],
  milestone: ['responsible'],
  participation_group: ['moderators'],
};
