/** UI strings of the shared components. */
import { formatNumber } from '../../shared/format';

export const componentTexts = {
  closeMessage: 'Meldung schließen',
  cancel: 'Abbrechen',
  required: 'Pflichtfeld',
  chooseFile: 'Datei auswählen …',
  noFileChosen: 'Keine Datei ausgewählt',
  jobRunning: 'läuft …',
  jobProgress: (done: number, total: number) => `${formatNumber(done)} von ${formatNumber(total)}`,
  jobCancel: 'Abbrechen',
  overwriteTitle: 'Datei ersetzen?',
  overwriteConfirm: 'Ersetzen',
  crashHeading: 'Diese Ansicht konnte nicht angezeigt werden',
  crashText: 'Beim Anzeigen ist ein Fehler aufgetreten. Ihre Eingaben sind in der Planungsdatei gespeichert; es ging nichts verloren.',
  crashDetail: 'Technische Angabe',
  crashReload: 'Neu laden',
  numberRead: (shown: string) => `gelesen: ${shown}`,
  pages: 'Seiten der Tabelle',
  pageOf: (page: number, count: number) => `Seite ${formatNumber(page)} von ${formatNumber(count)}`,
  previousPage: 'Vorherige Seite',
  nextPage: 'Nächste Seite',
};
