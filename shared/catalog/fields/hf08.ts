import type { ActionField } from '../types';
import { bbsrGuideAt } from '../sources';

export const hf08: ActionField = {
  id: 'hf08',
  number: 8,
  title: 'Infrastrukturelle Voraussetzungen gewährleisten',
  shortTitle: 'Mobilität und Infrastruktur',
  description:
    'Angebote nützen nur, wenn Pflege- und Unterstützungsbedürftige sie auch erreichen. In großen, zersiedelten Kreisen fehlt oft ein flächendeckender ÖPNV, sodass Betroffene auf individuelle Fahrten, lange Wege und hohe Kosten angewiesen sind; auch die ambulante Versorgung von Weilern und Einzelhöfen ist aufwendig. Gebraucht werden passgenaue, auch ehrenamtliche Mobilitätsangebote, die berücksichtigen, dass schon lange Wegezeiten für Pflegebedürftige eine körperliche Belastung sind.',
  steps: [
    {
      id: 'bestand',
      guidance:
        'Erfassen Sie alle Transportangebote im Kreis, vom ÖPNV über Rufbusse bis zu privaten und ehrenamtlichen Fahrdiensten. Befragen Sie die Gemeinden zu ihrer Verkehrsanbindung und suchen Sie nach Anbietern und Initiativen, die zusätzliche Fahrdienste übernehmen könnten.',
      tasks: [
        {
          id: 'hf08.bestand.transportangebote',
          title: 'Transportangebote im Kreis erfassen',
          hint: 'Listen Sie ÖPNV-Linien, Rufbusse, Bürgerbusse, Taxi- und Fahrdienste mit Bediengebiet, Betriebszeiten und Barrierefreiheit auf.',
        },
        {
          id: 'hf08.bestand.ehrenamtliche-fahrdienste',
          title: 'Private und ehrenamtliche Fahrdienste erfassen',
          hint: 'Beziehen Sie Fahrdienste von Vereinen, Kirchengemeinden und Nachbarschaftshilfen sowie Mitfahrangebote ein.',
        },
        {
          id: 'hf08.bestand.gemeindebefragung-anbindung',
          title: 'Gemeinden zur Verkehrsanbindung befragen',
          hint: 'Fragen Sie je Gemeinde nach ÖPNV-Anschluss, Takt, Wegen zur nächsten Haltestelle und bekannten Problemen.',
        },
        {
          id: 'hf08.bestand.potenzielle-anbieter',
          title: 'Mögliche zusätzliche Anbieter identifizieren',
          hint: 'Suchen Sie private Mobilitätsanbieter, Vereine und Initiativen, die weitere Fahrdienste übernehmen könnten.',
        },
        {
          id: 'hf08.bestand.standorte-versorgungsangebote',
          title: 'Standorte wichtiger Versorgungsangebote verorten',
          hint: 'Halten Sie Standorte von Arztpraxen, Tagespflegen, Beratungsstellen und Einkauf fest, um Erreichbarkeiten berechnen zu können.',
        },
      ],
    },
    {
      id: 'bedarf',
      guidance:
        'Legen Sie fest, welche Zentren und Orte für Pflegebedürftige besonders gut erreichbar sein müssen und wo neben der ÖPNV-Anbindung ein Zubringer für die „letzte Meile“ nötig ist. Fragen Sie die Bevölkerung nach ihrem Mobilitätsverhalten und ihren Wünschen für das Alter und leiten Sie aus dem Bestand die Lücken im Mobilitätsangebot ab.',
      tasks: [
        {
          id: 'hf08.bedarf.zentren-festlegen',
          title: 'Gut erreichbare Zentren festlegen',
          hint: 'Bestimmen Sie Orte mit wichtigen Angeboten (Ärzte, Tagespflege, Beratung), die Pflegebedürftige besonders gut erreichen müssen.',
        },
        {
          id: 'hf08.bedarf.erreichbarkeit-je-gemeinde',
          title: 'Erreichbarkeit je Gemeinde bewerten',
          hint: 'Ermitteln Sie Entfernung oder Fahrzeit zum nächsten Angebot und den Anteil der Hochaltrigen, die jenseits eines festgelegten Schwellenwerts wohnen.',
        },
        {
          id: 'hf08.bedarf.letzte-meile',
          title: 'Bedarf an Zubringern für die letzte Meile bestimmen',
          hint: 'Klären Sie, wo zusätzlich zur ÖPNV-Anbindung Zubringer vom Wohnort zur Haltestelle oder zum Zentrum nötig sind.',
        },
        {
          id: 'hf08.bedarf.mobilitaetsbefragung',
          title: 'Bevölkerung zum Mobilitätsverhalten befragen',
          hint: 'Stimmen Sie die Befragung mit den Gemeinden ab und fragen Sie nach heutigen Wegen und Wünschen an Mobilität im Alter.',
        },
        {
          id: 'hf08.bedarf.mobilitaetsluecken',
          title: 'Lücken im Mobilitätsangebot ableiten',
          hint: 'Stellen Sie Bestand, Erreichbarkeiten und Befragungsergebnisse gegenüber und halten Sie die Lücken je Gemeinde fest.',
        },
      ],
    },
    {
      id: 'umsetzung',
      guidance:
        'Machen Sie die Dringlichkeit des Themas bei allen wesentlichen Akteuren deutlich, etwa über eine Arbeitsgruppe im Pflegenetzwerk. Prüfen Sie Förderprogramme und eigene Budgets für wohnortnahe Mobilitätsangebote, klären Sie mit den Gemeinden Zuständigkeiten und rechtliche Fragen und planen Sie Maßnahmen mit Zeitrahmen.',
      tasks: [
        {
          id: 'hf08.umsetzung.akteure-sensibilisieren',
          title: 'Akteure für das Thema Mobilität sensibilisieren',
          hint: 'Stellen Sie die Ergebnisse vor und verankern Sie das Thema z. B. als Arbeitsgruppe im kreisweiten Pflegenetzwerk.',
        },
        {
          id: 'hf08.umsetzung.foerderung-und-budget',
          title: 'Förderprogramme und Budgets prüfen',
          hint: 'Prüfen Sie Förderprogramme und Haushaltsmittel für die (Mit-)Finanzierung wohnortnaher Angebote wie Rufbusse.',
        },
        {
          id: 'hf08.umsetzung.ergaenzende-angebote',
          title: 'Ergänzende Angebote mit den Gemeinden vereinbaren',
          hint: 'Legen Sie mit den Gemeinden fest, wer welche Angebote für die letzte Meile aufbaut, betreibt und finanziert.',
        },
        {
          id: 'hf08.umsetzung.rechtsfragen-fahrdienste',
          title: 'Rechtliche Fragen für Fahrdienste klären',
          hint: 'Unterstützen Sie ehrenamtliche und private Anbieter bei Versicherungs- und Haftungsfragen, z. B. mit einem Orientierungsleitfaden.',
        },
        {
          id: 'hf08.umsetzung.tourenabstimmung',
          title: 'Tourenabstimmung ambulanter Dienste anregen',
          hint: 'Regen Sie im Pflegenetzwerk an, dass sich Dienste bei der Versorgung abgelegener Orte abstimmen, um Fahrwege zu verkürzen.',
        },
        {
          id: 'hf08.umsetzung.mobilitaetsuebersicht',
          title: 'Zentrale Übersicht der Mobilitätsangebote veröffentlichen',
          hint: 'Stellen Sie alle Fahr- und Mobilitätsdienste im Kreis gebündelt und aktuell bereit, online und gedruckt.',
        },
        {
          id: 'hf08.umsetzung.massnahmen-meilensteine',
          title: 'Maßnahmen mit Zeitrahmen und Meilensteinen festlegen',
          hint: 'Halten Sie je Maßnahme Verantwortliche, Partner, Kosten und Kennzahlen wie Fahrgastzahlen fest.',
        },
      ],
    },
  ],
  recommendations: [
    'Initiieren Sie gemeinsam mit den Gemeinden ÖPNV-ergänzende Angebote wie Rufbusse, vor allem für die „letzte Meile“, finanziert aus Fördermitteln oder dem eigenen Haushalt.',
    'Helfen Sie ehrenamtlichen Fahrdiensten mit Öffentlichkeitsarbeit, damit sie kreisweit bekannt werden.',
    'Unterstützen Sie ehrenamtliche und private Mobilitätsanbieter bei Rechtsfragen, etwa zu Versicherung und Haftung.',
    'Regen Sie an, dass ambulante Dienste die Versorgung abgelegener Orte untereinander abstimmen, z. B. im Pflegenetzwerk.',
    'Unterstützen Sie ambulante Dienste in Verhandlungen mit den Pflegekassen über Zuschläge für unwirtschaftliche Fahrwege.',
  ],
  challenges: [
    'Nicht jedes Mobilitätsangebot wird gleich gut angenommen: Kleinbusse und Zubringer nach Fahrplan treffen die Bedürfnisse Älterer oft weniger als individuelle Angebote.',
    'Die Mobilitätsangebote verschiedener Anbieter sind häufig zu wenig bekannt und werden deshalb selten genutzt.',
    'Die ambulante Versorgung sehr zersiedelter Räume mit Weilern und Einzelhöfen ist besonders aufwendig.',
  ],
  successFactors: [
    'Individuelle Lösungen wie Ruftaxis, „Mitnahmebänkchen“ oder ehrenamtliche Fahrdienste stehen im Vordergrund.',
    'Die Kreisverwaltung bietet eine zentrale Übersicht aller Mobilitätsdienste im Kreis an.',
  ],
  practiceExample: {
    district: 'Landkreis Bernkastel-Wittlich',
    title: 'Leitfaden zum Aufbau ehrenamtlicher Fahrdienste',
    summary:
      'Angelehnt an eine Ausarbeitung aus dem Landkreis Ostallgäu entstand 2015 ein Leitfaden, der Gemeinden beim Einrichten ehrenamtlicher Fahrdienste in kommunalem Auftrag Orientierung gibt. Er beantwortet rechtlich geprüft die typischen Fragen zu Organisation und Versicherung.',
    contact: 'Kreisverwaltung Bernkastel-Wittlich, Sozialplanung',
  },
  furtherReading: [
    'MOBILIKON – Nachschlagewerk zum Thema Mobilität vor Ort (mobilikon.de)',
    'Bundesministerium für Verkehr und digitale Infrastruktur: Sicherung von Versorgung und Mobilität – Strategien und Praxisbeispiele für gleichwertige Lebensverhältnisse in ländlichen Räumen (Abschlussbericht)',
  ],
  source: bbsrGuideAt('Handlungsfeld 8, S. 20–21'),
};
