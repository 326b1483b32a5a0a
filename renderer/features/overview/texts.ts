import { plural } from '../../../shared/plural';
import { STEP_LABELS, type StepId } from '../../../shared/catalog/types';

/** UI strings of the overview (10 × 3 progress matrix). */
export const overviewTexts = {
  pageTitle: 'Übersicht',
  heading: 'Übersicht',
  intro:
    'Die zehn Handlungsfelder des Leitfadens werden jeweils in drei Schritten bearbeitet. Wählen Sie ein Feld der Tabelle, um die Aufgaben dieses Schritts zu öffnen.',
  totalHeading: 'Gesamtfortschritt',
  total: (done: number, relevant: number, percent: string) => `${done} von ${relevant} Aufgaben erledigt (${percent} %)`,
  notRelevant: (n: number) => `${plural(n, 'Aufgabe', 'Aufgaben')} als nicht relevant markiert`,
  caption: 'Bearbeitungsstand je Handlungsfeld und Schritt',
  fieldColumn: 'Handlungsfeld',
  totalColumn: 'Gesamt',
  cell: (done: number, relevant: number) => `${done}/${relevant} erledigt`,
  cellPrefix: (fieldNumber: number, stepId: StepId) => `Handlungsfeld ${fieldNumber}, ${STEP_LABELS[stepId]}: `,
  cellLabel: (fieldNumber: number, stepId: StepId, done: number, relevant: number) =>
    `Handlungsfeld ${fieldNumber}, ${STEP_LABELS[stepId]}: ${done} von ${relevant} Aufgaben erledigt`,
  fieldTotalLabel: (fieldNumber: number, done: number, relevant: number) =>
    `Handlungsfeld ${fieldNumber} gesamt: ${done} von ${relevant} Aufgaben erledigt`,
  totalLabel: (done: number, relevant: number) => `Gesamtfortschritt: ${done} von ${relevant} Aufgaben erledigt`,
  status: { offen: 'offen', in_arbeit: 'in Arbeit', erledigt: 'erledigt' } as const,
  inProgress: (n: number) => `${n} in Arbeit`,
  loadError: 'Der Bearbeitungsstand konnte nicht geladen werden.',
  firstSteps: {
    heading: 'Erste Schritte',
    gemeinden: 'Gemeinden importieren',
    gemeindenHint: 'aus der GENESIS-Tabelle der Gemeinden (z. B. 12411-02-03-5) – die räumliche Grundlage des Plans.',
    population: 'Bevölkerung und Pflegestatistik importieren',
    populationHint: 'für die Bedarfsermittlung: Vorausberechnung der Pflegebedürftigen je Gemeinde.',
    stock: 'Bestand erfassen',
    stockHint: 'Angebote, Personalstellen, Akteure und Netzwerke je Gemeinde.',
  },
};
