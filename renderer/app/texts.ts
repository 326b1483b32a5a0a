/** UI strings of the app frame. */
export const appTexts = {
  appName: 'Pflegestrukturplaner',
  skipLink: 'Zum Inhalt springen',
  mainNav: 'Hauptnavigation',
  planMenu: 'Plan',
  navOverview: 'Übersicht',
  navDistrict: 'Landkreis & Gemeinden',
  saveAs: 'Speichern unter …',
  closePlan: 'Plan schließen',
  file: 'Datei',
  untitled: 'Plan ohne Titel',
  migrated: (version: number, backup: string) =>
    `Die Datei wurde aus Version ${version} aktualisiert; eine Sicherung liegt unter ${backup}.`,
  dismiss: 'Hinweis schließen',
  sample: 'Beispielplan mit echten Gemeindedaten; Ihre Eingaben bleiben in dieser Kopie.',
  notFoundTitle: 'Seite nicht gefunden',
  notFoundText: 'Diese Seite gibt es nicht (mehr). Über die Übersicht erreichen Sie alle Handlungsfelder.',
  toOverview: 'Zur Übersicht',
  loading: 'Der Pflegestrukturplaner wird geladen …',
  pageLoading: 'Die Seite wird geladen …',
  loadErrorHeading: 'Das Programm ist nicht erreichbar',
  reload: 'Neu laden',
};
