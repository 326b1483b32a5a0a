/** UI strings of the share-and-merge page (Teilen und Zusammenführen). */
import { formatNumber } from '../../../shared/format';
import { plural, pluralWord } from '../../../shared/plural';
import type { ConflictKind } from '../../../shared/contract/sharingSchemas';

export const sharingTexts = {
  navLabel: 'Teilen',
  title: 'Teilen und Zusammenführen',
  intro:
    'Geben Sie Kolleginnen und Kollegen eine Kopie dieses Plans. Wenn die Kopie zurückkommt, führen Sie sie hier zusammen: ' +
    'Was nur eine Seite geändert hat, wird übernommen; wo beide Seiten dasselbe unterschiedlich geändert haben, entscheiden Sie.',

  share: {
    heading: 'Kopie zum Teilen schreiben',
    path: 'Speicherort der Kopie (Dateipfad)',
    pathHint: 'Der Dateiname muss auf .sqlite enden. Die Kopie bleibt mit diesem Plan verbunden und kann später zusammengeführt werden.',
    withoutPersonal: 'Ohne personenbezogene Daten (Namen, Telefonnummern, E-Mail-Adressen von Ansprechpersonen; Verfasser des Plans)',
    withoutPersonalHint: 'Diese Angaben werden in der Kopie geleert. Beim Zusammenführen kann die Kopie Ihre Kontaktdaten nicht überschreiben.',
    submit: 'Kopie schreiben',
    done: (path: string) => `Die Kopie wurde geschrieben: ${path}`,
    pathMissing: 'Bitte einen Dateipfad angeben.',
  },

  merge: {
    heading: 'Zurückgekommene Datei zusammenführen',
    path: 'Zurückgekommene Datei (Dateipfad)',
    pathHint: 'Vorher wird automatisch eine Sicherung Ihrer Datei angelegt. Die andere Datei wird nicht verändert.',
    submit: 'Zusammenführen',
    progress: 'Zusammenführen',
    nothingNew: (file: string) => `„${file}“ enthält keine Änderungen, die hier noch fehlen. Es wurde nichts geändert.`,
    result: (file: string, applied: number, conflicts: number) =>
      `„${file}“ wurde zusammengeführt: ${plural(applied, 'Änderung', 'Änderungen')} übernommen, ` +
      `${plural(conflicts, 'Konflikt', 'Konflikte')} zu entscheiden.`,
    cancelled: 'Abgebrochen. Es wurde nichts geändert.',
  },

  conflicts: {
    heading: 'Konflikte entscheiden',
    none: 'Es gibt keine offenen Konflikte.',
    explain: 'Bis Sie entscheiden, gilt Ihr Stand („meins“). Der andere Stand („ihres“) bleibt hier erhalten.',
    caption: 'Offene Konflikte: je Datensatz Ausgangsstand, mein Stand und ihr Stand',
    record: 'Datensatz',
    field: 'Feld',
    base: 'Ausgangsstand',
    mine: 'Meins',
    theirs: 'Ihres',
    changed: 'Geändert',
    decision: 'Entscheidung',
    chooseMine: 'Meins',
    chooseTheirs: 'Ihres',
    chooseMineLabel: (record: string, field: string) => `${record}, ${field}: meins behalten`,
    chooseTheirsLabel: (record: string, field: string) => `${record}, ${field}: ihres übernehmen`,
    allMine: 'Alles meins behalten',
    allTheirs: 'Alles ihres übernehmen',
    resolved: (n: number) => `${plural(n, 'Konflikt', 'Konflikte')} entschieden.`,
    mineAt: (at: string) => `meins: ${at}`,
    theirsAt: (at: string, file: string) => `ihres: ${at}${file ? ` (${file})` : ''}`,
    deleted: 'gelöscht',
    notDeleted: 'vorhanden',
    absent: 'nicht vorhanden',
    wholeRecord: 'ganzer Datensatz',
  },

  history: {
    heading: 'Bisherige Zusammenführungen',
    none: 'Noch keine Zusammenführung.',
    caption: 'Zusammenführungen: wann, welche Datei, was übernommen wurde',
    when: 'Wann',
    file: 'Datei',
    applied: 'Übernommen',
    conflicts: 'Konflikte (offen)',
    state: 'Stand',
    undone: (at: string) => `rückgängig gemacht am ${at}`,
    active: 'wirksam',
    withoutPersonal: 'Kopie ohne personenbezogene Daten',
    undo: 'Rückgängig machen',
    redo: 'Zusammenführung wiederherstellen',
    redoLabel: (file: string, when: string) => `Zusammenführung wiederherstellen: „${file}“ vom ${when}`,
    redoneStatus: (n: number, skipped: number) => `Zusammenführung wiederhergestellt: ${plural(n, 'Wert', 'Werte')} wieder übernommen${skipped > 0 ? `, ${skipped} seitdem anders geändert und belassen` : ''}.`,
    undoLabel: (file: string, when: string) => `Zusammenführung von „${file}“ vom ${when} rückgängig machen`,
    confirmTitle: 'Zusammenführung rückgängig machen?',
    confirmMessage: (file: string) =>
      `Alle Werte, die beim Zusammenführen von „${file}“ übernommen oder danach für diese Zusammenführung entschieden wurden, ` +
      'werden auf den vorherigen Stand gesetzt – außer Werte, die seitdem erneut geändert wurden.',
    confirm: 'Rückgängig machen',
    undoneStatus: (reverted: number, skipped: number) =>
      `Zusammenführung rückgängig gemacht: ${plural(reverted, 'Wert', 'Werte')} zurückgesetzt` +
      (skipped > 0 ? `, ${formatNumber(skipped)} seitdem geänderte ${pluralWord(skipped, 'Wert', 'Werte')} belassen.` : '.'),
  },

  copy: {
    heading: 'Aus einem anderen Plan übernehmen',
    explain:
      'Dateien eines anderen Plans werden nicht zusammengeführt. Sie können aber einzelne Verzeichnisse daraus in diesen Plan übernehmen; ' +
      'Einträge, die es hier schon gibt (gleicher Name bzw. Gemeindeschlüssel), werden nicht doppelt angelegt.',
    path: 'Datei des anderen Plans (Dateipfad)',
    show: 'Verzeichnisse anzeigen',
    samePlan: 'Diese Datei ist eine Kopie dieses Plans. Nutzen Sie „Zusammenführen“; dabei geht nichts verloren.',
    legend: (file: string, title: string) => `Verzeichnisse aus „${file}“ (Plan „${title || 'ohne Titel'}“)`,
    rows: (n: number) => plural(n, 'Eintrag', 'Einträge'),
    ags: 'Nur Einträge dieser Gemeinde (Gemeindeschlüssel, optional)',
    agsHint: 'Zum Beispiel 03354018. Leer lassen, um alle Einträge zu übernehmen.',
    submit: 'Ausgewählte übernehmen',
    progress: 'Übernehmen',
    none: 'Bitte mindestens ein Verzeichnis auswählen.',
    result: (inserted: number, duplicates: number, skipped: number) =>
      `${plural(inserted, 'Eintrag', 'Einträge')} übernommen, ${duplicates} schon vorhanden` +
      (skipped > 0 ? `, ${skipped} ohne passenden übergeordneten Eintrag ausgelassen.` : '.'),
  },

  kinds: {
    field: 'beide geändert',
    edit_delete: 'geändert und gelöscht',
    duplicate: 'doppelt angelegt',
    orphan: 'übergeordneter Datensatz gelöscht',
    personal: 'personenbezogene Angabe',
  } satisfies Record<ConflictKind, string>,
};
