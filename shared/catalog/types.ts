/**
 * Types of the method catalog: the ten action fields (Handlungsfelder) of the BBSR guide,
 * each worked through in the same three steps. The catalog is method content, not user
 * data; ids are stable because task states in planning files refer to them.
 */

import type { FieldId } from './fieldId';

/** The three steps of the method, in order. */
export const STEP_IDS = ['bestand', 'bedarf', 'umsetzung'] as const;
export type StepId = (typeof STEP_IDS)[number];

export const STEP_LABELS: Record<StepId, string> = {
  bestand: 'Bestandserhebung',
  bedarf: 'Bedarfsermittlung',
  umsetzung: 'Voraussetzungen für die Umsetzung',
};

/** A citation of a source document (shown in the app next to the guidance). */
export interface SourceRef {
  title: string;
  publisher: string;
  year: number;
  /** e.g. "S. 24–27" or "Kap. 3.7"; where in the source the content was derived from. */
  location?: string;
}

/** One concrete task of a step's checklist (Aufgabe). */
export interface MethodTask {
  /** Stable id: `<fieldId>.<stepId>.<slug>`, e.g. `hf07.bedarf.versorgungsluecken`. Never renumber. */
  id: string;
  /** Short imperative title in German, e.g. "Versorgungslücken je Gemeinde ermitteln". */
  title: string;
  /** One or two sentences in German on how to do it or what to look at. */
  hint: string;
}

/** One step of a field: guidance text and the checklist. */
export interface MethodStep {
  id: StepId;
  /** Concise German guidance (2–4 sentences) in our own words. */
  guidance: string;
  tasks: MethodTask[];
}

/** A practice example from a real district, as reported in the guide. */
export interface PracticeExample {
  /** e.g. "Landkreis Vorpommern-Greifswald" */
  district: string;
  title: string;
  /** What the district did, 1–3 sentences in our own words. */
  summary: string;
  /** Contact as given in the source (an office, not a private person), if any. */
  contact?: string;
}

/** One of the ten action fields (Handlungsfeld). */
export interface ActionField {
  /** Stable id `hf01` … `hf10`. */
  id: FieldId;
  number: number;
  /** Full German title. */
  title: string;
  /** Short German title for matrix cells and tabs (≤ 40 characters). */
  shortTitle: string;
  /** 2–3 sentences: what the field is about and why it matters. */
  description: string;
  steps: [MethodStep, MethodStep, MethodStep];
  /** Empfehlungen zur Umsetzung, in our own words. */
  recommendations: string[];
  /** Herausforderungen. */
  challenges: string[];
  /** Erfolgsfaktoren. */
  successFactors: string[];
  practiceExample: PracticeExample | null;
  /** Further reading as citations (title, publisher, year), as listed in the guide. */
  furtherReading: string[];
  source: SourceRef;
}

/** State of one task in one plan (Bearbeitungsstand). */
export const TASK_STATES = ['offen', 'in_arbeit', 'erledigt', 'nicht_relevant'] as const;
export type TaskState = (typeof TASK_STATES)[number];

export const TASK_STATE_LABELS: Record<TaskState, string> = {
  offen: 'offen',
  in_arbeit: 'in Arbeit',
  erledigt: 'erledigt',
  nicht_relevant: 'nicht relevant',
};
