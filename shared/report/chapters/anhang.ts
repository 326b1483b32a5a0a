/**
 * Kapitel Anhang: "Wie berechnet?" for every numbered figure and table that has a calculation,
 * the data sources with their licences (dl-de/by-2-0 attribution) and a glossary. Built after
 * the other chapters are numbered, so it can refer to Abbildung and Tabelle numbers.
 */
import { BBSR_GUIDE } from '../../catalog';
import { formatDate } from '../../format';
import type { ReportData } from '../data';
import type { Block, NumberedItem } from '../model';

const GLOSSARY: Array<[string, string]> = [
  ['AGS', 'Amtlicher Gemeindeschlüssel: 8 Ziffern (Land, Regierungsbezirk, Kreis, Gemeinde).'],
  ['Betreuungsschlüssel', 'Anzahl der Menschen einer Zielgruppe je Vollzeitstelle.'],
  ['Heimquote', 'Anteil der Pflegebedürftigen, die vollstationär in einem Pflegeheim versorgt werden.'],
  ['Kümmerer', 'Niedrigschwellige Ansprechperson oder -stelle in der Gemeinde, oft ehrenamtlich.'],
  ['Kurzzeitpflege', 'Vorübergehende vollstationäre Pflege, z. B. nach einem Krankenhausaufenthalt; solitär (eigene Einrichtung) oder eingestreut.'],
  ['Pflegegrad', 'Einstufung der Pflegebedürftigkeit nach § 15 SGB XI in die Grade 1 bis 5 (seit 2017).'],
  ['Pflegequote', 'Anteil der Pflegebedürftigen an der Bevölkerung, insgesamt oder einer Altersgruppe.'],
  ['Planungsbereich', 'Zusammenfassung von Gemeinden für die Planung, z. B. eine Samtgemeinde oder ein Sozialraum.'],
  ['Richtwert', 'Annahme, wie viele Plätze je Pflegebedürftigem oder je Einwohner einer Altersgruppe benötigt werden.'],
  ['Tagespflege', 'Teilstationäre Pflege tagsüber in einer Einrichtung; die Nacht verbringen die Gäste zu Hause.'],
  ['VZÄ', 'Vollzeitäquivalent: Stellenumfang umgerechnet in volle Stellen.'],
];

/** One entry per distinct calculation: figures and tables that share it are listed together. */
function explanationBlocks(figures: NumberedItem[], tables: NumberedItem[]): Block[] {
  const groups = new Map<string, { labels: string[]; explain: NonNullable<NumberedItem['explain']> }>();
  const add = (kind: string, item: NumberedItem) => {
    if (!item.explain) return;
    const key = JSON.stringify(item.explain);
    const g = groups.get(key) ?? { labels: [], explain: item.explain };
    g.labels.push(`${kind} ${item.number}|${item.caption}`);
    groups.set(key, g);
  };
  for (const f of figures) add('Abbildung', f);
  for (const t of tables) add('Tabelle', t);
  const out: Block[] = [];
  for (const { labels, explain: e } of groups.values()) {
    // Many items with one calculation (e.g. every Gemeinde profile): numbers only.
    const shown = labels.map((l) => (labels.length > 3 ? l.split('|')[0]! : l.replace('|', ': ')));
    out.push({ kind: 'heading', level: 3, text: shown.join('; ') });
    out.push({
      kind: 'bullets',
      items: [
        `Eingaben: ${e.inputs.join('; ') || '–'}`,
        `Quelle: ${[...new Set(e.sources)].join('; ') || '–'}`,
        `Annahmen: ${e.assumptions.join(' ') || 'keine'}`,
        `Formel: ${e.formula || '–'}`,
      ],
    });
  }
  return out;
}

export function anhang(data: ReportData, figures: NumberedItem[], tables: NumberedItem[]): Block[] {
  const imports = data.imports.map((i) => `${i.tableCode ? `GENESIS-Tabelle ${i.tableCode}` : i.fileName}${i.referenceDate ? `, Stichtag ${formatDate(i.referenceDate)}` : ''} (Datei ${i.fileName})${i.licence ? `: ${i.licence}` : ''}`);
  return [
    { kind: 'heading', level: 2, text: 'Wie berechnet?' },
    { kind: 'paragraph', text: 'Zu jeder berechneten Abbildung und Tabelle: die Eingaben, die Quelle mit Tabelle und Stichtag, die Annahmen und die Formel.' },
    ...explanationBlocks(figures, tables),
    { kind: 'heading', level: 2, text: 'Datenquellen und Lizenzen' },
    {
      kind: 'bullets',
      items: [
        ...imports,
        'Bevölkerungs- und Pflegestatistik: Regionaldatenbank Deutschland, © Statistische Ämter des Bundes und der Länder, Deutschland – Datenlizenz Deutschland – Namensnennung – Version 2.0 (dl-de/by-2-0, www.govdata.de/dl-de/by-2-0).',
        'Gemeindegrenzen (VG250, vereinfacht): © GeoBasis-DE / BKG (Daten verändert), dl-de/by-2-0.',
        `Methode: eigene Zusammenfassung nach ${BBSR_GUIDE.publisher} (${BBSR_GUIDE.year}): „${BBSR_GUIDE.title}“.`,
        'Bestand, Bedarfe, Maßnahmen und Beteiligung: Angaben der Planungsdatei, erstellt mit dem Pflegestrukturplaner.',
      ],
    },
    { kind: 'heading', level: 2, text: 'Glossar' },
    { kind: 'table', caption: 'Glossar', source: 'eigene Zusammenstellung', columns: [{ label: 'Begriff', weight: 1 }, { label: 'Bedeutung', weight: 4 }], rows: GLOSSARY.map(([a, b]) => [a, b]) },
  ];
}
