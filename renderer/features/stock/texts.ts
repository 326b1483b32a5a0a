/** UI strings of the Bestandserhebung registers (step 1). */
import { formatEncoding, formatNumber } from '../../../shared/format';
import { plural } from '../../../shared/plural';

const n = (v: number) => formatNumber(v, 0);

export const stockTexts = {
  navLabel: 'Bestand',
  pageTitle: 'Bestandserhebung',
  heading: 'Bestandserhebung',
  intro: 'Register für den ersten Schritt jedes Handlungsfelds: Angebote, Akteure, Stellen, Netzwerke, Initiativen, Förderprogramme und Infrastruktur – je Gemeinde.',
  loadError: 'Der Bestand konnte nicht geladen werden.',
  chooserLabel: 'Register',
  overview: 'Übersicht',
  mapLink: 'Karte und Diagramme',
  gemeindeLink: 'Je Gemeinde',
  registerCount: (count: number) => plural(count, 'Eintrag', 'Einträge'),
  notFound: (what: string) => `Die Seite „${what}“ gibt es im Bestand nicht.`,
  fieldsOf: (fields: string) => `Handlungsfelder: ${fields}`,
  exampleBadge: 'Beispiel',
  exampleNote: 'Mit „Beispiel“ markierte Einträge sind erfundene Beispieldaten (Namen und Anschriften); nur die Summen entsprechen der amtlichen Statistik.',

  table: {
    search: 'Durchsuchen',
    searchHint: 'Sucht in allen Angaben, auch in den nicht angezeigten.',
    filterGemeinde: 'Gemeinde',
    filterKind: 'Art',
    all: 'alle',
    count: (shown: number, total: number) => (shown === total ? plural(total, 'Eintrag', 'Einträge') : `${n(shown)} von ${plural(total, 'Eintrag', 'Einträgen')}`),
    empty: 'Noch keine Einträge. Legen Sie den ersten an oder importieren Sie eine Tabelle.',
    noMatch: 'Kein Eintrag passt zu Suche und Filter.',
    sums: (parts: string[]) => `Summe der gezeigten Auswahl: ${parts.join(', ')}`,
    add: (singular: string) => `${singular} hinzufügen`,
    import: 'Importieren',
    exportCsv: 'Als CSV exportieren',
    exportXlsx: 'Als Excel exportieren',
    survey: 'Erfassungsbogen',
    colActions: 'Aktionen',
    edit: 'Bearbeiten',
    delete: 'Löschen',
    editLabel: (title: string) => `${title} bearbeiten`,
    deleteLabel: (title: string) => `${title} löschen`,
    confirmTitle: 'Eintrag löschen',
    confirmText: (title: string) => `„${title}“ wirklich löschen? Sie können das direkt danach rückgängig machen.`,
    deleted: (title: string) => `„${title}“ gelöscht.`,
    undo: 'Rückgängig',
    restored: (title: string) => `„${title}“ wiederhergestellt.`,
    saved: (title: string) => `„${title}“ gespeichert.`,
    exported: (file: string) => `Die Datei „${file}“ wurde erstellt.`,
    yes: 'ja',
    no: 'nein',
    personal: 'Personenbezogene Daten (DSGVO)',
  },

  picker: {
    matches: 'Passende Akteure',
    none: 'Kein Akteur passt zu dieser Eingabe.',
    more: (shown: number) => `Die ersten ${n(shown)} Treffer; tippen Sie weiter, um die Auswahl einzugrenzen.`,
    noneChosen: 'Noch kein Akteur gewählt.',
    chosen: (label: string) => `Gewählt: ${label}`,
    remove: (name: string) => `${name} entfernen`,
    add: 'Akteur hinzufügen (Namen tippen)',
  },

  form: {
    addTitle: (singular: string) => `${singular} hinzufügen`,
    editTitle: (title: string) => `${title} bearbeiten`,
    save: 'Speichern',
    cancel: 'Abbrechen',
    none: '– keine Angabe –',
    fix: 'Bitte korrigieren Sie die markierten Angaben.',
    personalHint: 'Personenbezogene Angabe (DSGVO): wird beim Weitergeben ohne personenbezogene Daten weggelassen.',
    noOptions: 'Noch keine Einträge vorhanden.',
  },

  /** „Personenbezogene Daten löschen“ (DSGVO Art. 17). */
  erase: {
    record: 'Personenbezogene Daten löschen',
    actor: 'Personenbezogene Daten aller Ansprechpersonen löschen',
    title: 'Personenbezogene Daten löschen?',
    confirm: 'Endgültig löschen',
    recordText: (name: string) =>
      `Name, Telefon und E-Mail von „${name}“ werden aus dem Plan und aus dem Änderungsprotokoll endgültig gelöscht, und der Eintrag wird entfernt. ` +
      'Im Protokoll steht danach nur, dass gelöscht wurde und von wem. Das lässt sich nicht rückgängig machen; auch beim Zusammenführen kommen die Daten nicht zurück. ' +
      'Automatische Sicherungen von vorher (Ordner „Sicherungen“) und weitergegebene Kopien enthalten sie noch.',
    actorText: (name: string) =>
      `Name, Telefon und E-Mail aller Ansprechpersonen von „${name}“ (auch bereits gelöschter) werden aus dem Plan und aus dem Änderungsprotokoll endgültig gelöscht. ` +
      'Im Protokoll steht danach nur, dass gelöscht wurde und von wem. Das lässt sich nicht rückgängig machen. ' +
      'Automatische Sicherungen von vorher (Ordner „Sicherungen“) und weitergegebene Kopien enthalten sie noch.',
    done: (n: number) =>
      n === 0
        ? 'Dieser Akteur hat keine Ansprechpersonen; es wurde nichts gelöscht.'
        : n === 1
          ? 'Die personenbezogenen Daten wurden gelöscht.'
          : `Die personenbezogenen Daten von ${n} Ansprechpersonen wurden gelöscht.`,
  },

  survey: {
    title: 'Erfassungsbogen erstellen',
    description: 'Eine Excel-Tabelle zum Ausfüllen durch Träger oder Gemeinden. Zurückgesandte Bögen lesen Sie über „Importieren“ wieder ein; vorhandene Einträge werden anhand der ID erkannt.',
    blank: 'Leerer Bogen',
    prefilled: 'Mit den vorhandenen Einträgen vorausgefüllt',
    kind: 'Inhalt',
    gemeinde: 'Nur Einträge dieser Gemeinde',
    allGemeinden: 'alle Gemeinden',
    create: 'Bogen erstellen',
    cancel: 'Abbrechen',
  },

  importing: {
    title: (label: string) => `${label} importieren`,
    file: 'Datei (CSV oder Excel)',
    fileHint: 'CSV mit Semikolon (UTF-8 oder Windows-1252) oder Excel (.xlsx), z. B. ein zurückgesandter Erfassungsbogen.',
    check: 'Datei prüfen',
    mappingHeading: 'Spalten zuordnen',
    mappingHint: 'Welche Spalte der Datei gehört zu welchem Feld? Nicht zugeordnete Spalten werden ignoriert.',
    ignore: '– ignorieren –',
    idColumn: 'ID (vorhandenen Eintrag aktualisieren)',
    column: (h: string) => `Spalte „${h}“`,
    remap: 'Zuordnung übernehmen und erneut prüfen',
    previewHeading: 'Vorschau',
    summary: (c: { neu: number; aktualisiert: number; unveraendert: number; fehler: number }) =>
      `${n(c.neu)} neu, ${n(c.aktualisiert)} aktualisiert, ${n(c.unveraendert)} unverändert, ${n(c.fehler)} mit Fehlern.`,
    problemsHeading: 'Die Datei kann so nicht übernommen werden',
    refused: 'Die ganze Datei wird erst übernommen, wenn keine Fehler mehr bestehen. Korrigieren Sie die Datei oder die Zuordnung – oder übernehmen Sie nur die gültigen Zeilen; die fehlerhaften werden danach aufgelistet.',
    commitValid: (valid: number, invalid: number) => `Gültige Zeilen übernehmen (${n(valid)}), Rest auflisten (${n(invalid)})`,
    skippedHeading: (count: number) => `Nicht übernommen: ${plural(count, 'Zeile', 'Zeilen')} mit Fehlern`,
    skippedRow: (line: number, title: string, error: string) => `Zeile ${line}${title ? ` („${title}“)` : ''}: ${error}`,
    colLine: 'Zeile',
    colTitle: 'Eintrag',
    colStatus: 'Ergebnis',
    colErrors: 'Hinweise',
    status: { neu: 'neu', aktualisiert: 'aktualisiert', unveraendert: 'unverändert', fehler: 'Fehler' } as const,
    more: (shown: number, total: number) => `Gezeigt werden ${n(shown)} von ${plural(total, 'Zeile', 'Zeilen')} (Fehler zuerst).`,
    commit: (count: number) => `${plural(count, 'Zeile', 'Zeilen')} übernehmen`,
    done: (r: { inserted: number; updated: number; unchanged: number }) => `Import abgeschlossen: ${n(r.inserted)} neu, ${n(r.updated)} aktualisiert, ${n(r.unchanged)} unverändert.`,
    close: 'Schließen',
    cancel: 'Abbrechen',
    running: 'Import läuft',
    cancelled: 'Der Import wurde abgebrochen; im Plan wurde nichts geändert.',
    encoding: (e: string) => `Gelesen als ${formatEncoding(e)}.`,
  },

  panel: {
    heading: 'Bestand in diesem Handlungsfeld',
    open: (label: string) => `Register „${label}“ öffnen`,
    map: 'Karte und Diagramme der Angebote',
    perGemeinde: 'Bestand je Gemeinde',
    loading: 'Wird geladen …',
  },

  gemeinde: {
    heading: 'Bestand je Gemeinde',
    choose: 'Gemeinde',
    chooseHint: 'Alles, was in dieser Gemeinde erfasst ist.',
    pick: '– Gemeinde wählen –',
    nothing: 'Für diese Gemeinde ist in diesem Register nichts erfasst.',
    sectionCount: (label: string, count: number) => `${label} (${n(count)})`,
    noGemeinden: 'Der Plan hat noch keine Gemeinden. Legen Sie sie unter „Landkreis & Gemeinden“ an.',
  },

  map: {
    heading: 'Karte der Angebote',
    label: (offers: number, gemeinden: number) => `Karte des Landkreises mit ${plural(offers, 'Angebot', 'Angeboten')} als Punkte und ${plural(gemeinden, 'Gemeinde', 'Gemeinden')}, eingefärbt nach der gewählten Kennzahl`,
    measure: 'Einfärbung der Gemeinden',
    measureCount: 'Anzahl der Angebote je Gemeinde',
    measureCapacity: 'Plätze (Kapazität) je Gemeinde',
    measureCountPer1000: 'Angebote je 1.000 Einwohner ab 65',
    measureCapacityPer1000: 'Plätze (Kapazität) je 1.000 Einwohner ab 65',
    populationNote: (year: number | null, source: string | null) =>
      `„Je 1.000 Einwohner ab 65“ rechnet mit der Bevölkerung ${year ?? ''}${source ? ` aus ${source}` : ''}. Gemeinden ohne Bevölkerungszahl sind grau.`,
    noPopulation: 'keine Angabe',
    upTo: (v: string) => `über 0 bis ${v}`,
    colPopulation65: 'Einwohner ab 65',
    type: 'Angebotsart',
    allTypes: 'alle Angebotsarten',
    legend: 'Legende',
    legendTypes: 'Angebotsarten (Punkte)',
    legendShades: (measure: string) => `Gemeinden: ${measure}`,
    perGemeindeNote: 'Je Gemeinde, nicht je 1.000 Einwohner ab 65: Bevölkerungsdaten liegen im Plan noch nicht vor.',
    noCoords: (count: number) =>
      count === 1
        ? '1 Angebot ohne Koordinaten ist nicht als Punkt eingezeichnet (es zählt aber bei der Einfärbung seiner Gemeinde).'
        : `${n(count)} Angebote ohne Koordinaten sind nicht als Punkt eingezeichnet (sie zählen aber bei der Einfärbung ihrer Gemeinde).`,
    pointGroup: (count: number, type: string) => `${n(count)} Angebote (${type}) an diesem Ort`,
    pointsOmitted: (places: number) =>
      `${places === 1 ? '1 weiterer Ort ist' : `${n(places)} weitere Orte sind`} nicht als Punkt eingezeichnet (so viele Punkte wären nicht mehr lesbar); ihre Angebote zählen bei der Einfärbung ihrer Gemeinde.`,
    empty: 'Für die Karte fehlen Gemeindegrenzen. Importieren Sie sie unter „Landkreis & Gemeinden“.',
    tableCaption: 'Angebote und Kapazität je Gemeinde (Daten der Karte)',
    colGemeinde: 'Gemeinde',
    colCount: 'Angebote',
    colCapacity: 'Kapazität',
    chartsHeading: 'Diagramme',
    chartCapacity: 'Kapazität nach Angebotsart',
    chartPlaces: 'Plätze nach Angebotsart',
    chartPerGemeinde: 'Angebote je Gemeinde',
    chartCapacityDescUnit: (unit: string) => `Balkendiagramm: Kapazität in ${unit} je Angebotsart, nach Größe sortiert. Die Werte stehen in der Tabelle darunter.`,
    capacityIn: (unit: string) => `Kapazität in ${unit}`,
    chartPerGemeindeDesc: 'Balkendiagramm: Anzahl der Angebote je Gemeinde. Die Werte stehen auch in der Tabelle der Karte.',
    colType: 'Angebotsart',
    colUnit: 'Einheit',
  },
};
