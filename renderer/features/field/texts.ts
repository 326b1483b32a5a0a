import { STEP_LABELS, type StepId } from '../../../shared/catalog/types';
import type { SourceRef } from '../../../shared/catalog/types';

/** UI strings of the field page (one action field, three steps). */
export const fieldTexts = {
  heading: (n: number, title: string) => `Handlungsfeld ${n}: ${title}`,
  breadcrumb: 'Brotkrumennavigation',
  overview: 'Übersicht',
  allFields: 'Alle Handlungsfelder',
  stepsLabel: 'Schritte der Planung',
  stepTab: (index: number, stepId: StepId) => `${index + 1}. ${STEP_LABELS[stepId]}`,
  guidanceHeading: 'Worum es in diesem Schritt geht',
  checklistHeading: 'Aufgaben',
  checklistProgress: (done: number, relevant: number) => `${done} von ${relevant} Aufgaben erledigt`,
  doneLabel: 'erledigt',
  stateLabel: 'Stand',
  noteLabel: 'Notiz',
  dateLabel: 'Datum',
  labelSuffix: (title: string) => ` zu: ${title}`,
  stateSuffix: (title: string) => `: ${title}`,
  saved: 'Gespeichert',
  laterVersions:
    'Erfassungsmasken und Auswertungen für diesen Schritt (z. B. Register der Angebote, Bedarfsrechnungen) folgen in einer späteren Version. Halten Sie Ergebnisse bis dahin in den Notizen fest.',
  recommendations: 'Empfehlungen',
  challenges: 'Herausforderungen',
  successFactors: 'Erfolgsfaktoren',
  practiceExample: 'Praxisbeispiel',
  furtherReading: 'Weiterführende Informationen',
  contact: 'Kontakt',
  guideHeading: 'Hinweise aus dem Leitfaden',
  source: (s: SourceRef) => `Quelle: ${s.title}, ${s.publisher} ${s.year}${s.location ? `, ${s.location}` : ''}`,
  notFoundTitle: 'Handlungsfeld nicht gefunden',
  notFoundText: (id: string) => `Ein Handlungsfeld „${id}“ gibt es nicht. Wählen Sie ein Handlungsfeld in der Übersicht.`,
  previous: 'Vorheriges Handlungsfeld',
  next: 'Nächstes Handlungsfeld',
  loadError: 'Der Bearbeitungsstand konnte nicht geladen werden.',
};
