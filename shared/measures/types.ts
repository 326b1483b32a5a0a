/** Constants and labels of step 3 (measures, milestones). Pure: usable in renderer, db and tests. */

export const MEASURE_STATUSES = ['geplant', 'in_umsetzung', 'abgeschlossen', 'verschoben', 'verworfen'] as const;
export type MeasureStatus = (typeof MEASURE_STATUSES)[number];
export const MEASURE_STATUS_LABELS: Record<MeasureStatus, string> = {
  geplant: 'geplant',
  in_umsetzung: 'in Umsetzung',
  abgeschlossen: 'abgeschlossen',
  verschoben: 'verschoben',
  verworfen: 'verworfen',
};

export const PRIORITIES = ['hoch', 'mittel', 'niedrig'] as const;
export type Priority = (typeof PRIORITIES)[number];
export const PRIORITY_LABELS: Record<Priority, string> = { hoch: 'hoch', mittel: 'mittel', niedrig: 'niedrig' };

export const MILESTONE_STATUSES = ['offen', 'in_arbeit', 'erledigt', 'entfallen'] as const;
export type MilestoneStatus = (typeof MILESTONE_STATUSES)[number];
export const MILESTONE_STATUS_LABELS: Record<MilestoneStatus, string> = {
  offen: 'offen',
  in_arbeit: 'in Arbeit',
  erledigt: 'erledigt',
  entfallen: 'entfallen',
};

/** The step-3 preconditions every new measure starts with (BBSR guide, "Voraussetzungen für die Umsetzung"). */
export const PRECONDITION_KINDS = ['kreistag', 'haushalt', 'partner', 'foerderung', 'custom'] as const;
export type PreconditionKind = (typeof PRECONDITION_KINDS)[number];
export const DEFAULT_PRECONDITIONS: { kind: Exclude<PreconditionKind, 'custom'>; label: string }[] = [
  { kind: 'kreistag', label: 'Kreistagsbeschluss liegt vor' },
  { kind: 'haushalt', label: 'Haushaltsmittel eingeplant' },
  { kind: 'partner', label: 'Partner haben zugestimmt' },
  { kind: 'foerderung', label: 'Förderung bewilligt' },
];

export const LINK_KINDS = ['need_statement', 'gemeinde', 'planning_area', 'partner_actor'] as const;
export type LinkKind = (typeof LINK_KINDS)[number];

/** Bar colours per status (screen and PDF); each has at least 3:1 contrast against white. */
export const MEASURE_STATUS_COLORS: Record<MeasureStatus, string> = {
  geplant: '#3b5f8f',
  in_umsetzung: '#2e7d32',
  abgeschlossen: '#5f5f5f',
  verschoben: '#a35a00',
  verworfen: '#8a8a8a',
};
export const OVERDUE_COLOR = '#c62828';

export const EVENT_KINDS = ['workshop', 'pflegekonferenz', 'buergerdialog', 'befragung'] as const;
export type EventKind = (typeof EVENT_KINDS)[number];
export const EVENT_KIND_LABELS: Record<EventKind, string> = {
  workshop: 'Workshop',
  pflegekonferenz: 'Pflegekonferenz',
  buergerdialog: 'Bürgerdialog',
  befragung: 'Befragung',
};

export const RESULT_KINDS = ['herausforderung', 'idee'] as const;
export type ResultKind = (typeof RESULT_KINDS)[number];
export const RESULT_KIND_LABELS: Record<ResultKind, string> = { herausforderung: 'Herausforderung', idee: 'Idee' };
