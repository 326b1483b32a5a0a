import type { ActionField } from '../types';
import { bbsrGuideAt } from '../sources';

export const hf07: ActionField = {
  id: 'hf07',
  number: 7,
  title: 'Die Verfügbarkeit bedarfsgerechter, professioneller Leistungsangebote fördern',
  shortTitle: 'Professionelle Leistungsangebote',
  description:
    'Neben dem Personal ist die Verfügbarkeit und Erreichbarkeit passender professioneller Angebote – Medizin, Therapie, Rehabilitation und Pflege in allen Settings – in dünn besiedelten Räumen die größte Herausforderung. Manche Leistungen wie Fahrdienste oder einzelne Kurzzeitpflegeplätze rechnen sich für Anbieter kaum, und vielerorts fehlen spezialisierte Angebote, etwa für Palliativversorgung, psychisch erkrankte Menschen, Wachkoma, Kinder oder jüngere Pflegebedürftige. Kreis, Gemeinden und Leistungserbringer müssen hier zusammenwirken.',
  steps: [
    {
      id: 'bestand',
      guidance:
        'Erheben Sie im Rahmen der kreisweiten Pflegeplanung (Handlungsfeld 4), welche ambulanten, teilstationären und vollstationären Angebote einschließlich neuer Wohnformen es je Gemeinde gibt und mit welchen Kapazitäten. Ergänzen Sie medizinische, rehabilitative und therapeutische Angebote, Angebote für Kinder, jüngere Pflegebedürftige und Menschen mit Behinderungen sowie Spezialleistungen.',
      tasks: [
        {
          id: 'hf07.bestand.ambulante-dienste',
          title: 'Ambulante Pflegedienste erfassen',
          hint: 'Erfassen Sie die Dienste mit Standort, Einzugsgebiet und Kapazität bzw. Zahl der versorgten Personen.',
        },
        {
          id: 'hf07.bestand.teilstationaer-kurzzeitpflege',
          title: 'Tages-, Nacht- und Kurzzeitpflege erfassen',
          hint: 'Halten Sie die Plätze je Einrichtung und Gemeinde fest und unterscheiden Sie feste von eingestreuten Kurzzeitpflegeplätzen.',
        },
        {
          id: 'hf07.bestand.vollstationaer',
          title: 'Vollstationäre Einrichtungen erfassen',
          hint: 'Erfassen Sie Plätze, Auslastung und Schwerpunkte wie Demenz oder junge Pflege je Einrichtung.',
        },
        {
          id: 'hf07.bestand.neue-wohnformen',
          title: 'Neue Wohnformen erfassen',
          hint: 'Nehmen Sie ambulant betreute Wohngemeinschaften, betreutes Wohnen und Quartierslösungen mit Plätzen bzw. Wohnungen auf.',
        },
        {
          id: 'hf07.bestand.spezialangebote',
          title: 'Spezialisierte Angebote erfassen',
          hint: 'Prüfen Sie Hospiz- und Palliativangebote einschließlich spezialisierter ambulanter Palliativversorgung, Wachkoma-Versorgung und Angebote für psychisch erkrankte Menschen.',
        },
        {
          id: 'hf07.bestand.angebote-besondere-zielgruppen',
          title: 'Angebote für Kinder, Jüngere und Menschen mit Behinderungen erfassen',
          hint: 'Berücksichtigen Sie z. B. Tagesbegleitung für Kinder im Rahmen der Inklusion und Angebote für jüngere Pflegebedürftige.',
        },
        {
          id: 'hf07.bestand.komplementaere-angebote',
          title: 'Medizinische, therapeutische und Reha-Angebote ergänzen',
          hint: 'Erfassen Sie Hausarzt- und Therapiepraxen sowie Rehabilitationsangebote, die die Pflege vor Ort ergänzen.',
        },
      ],
    },
    {
      id: 'bedarf',
      guidance:
        'Ermitteln Sie gemeinsam mit den Gemeinden und in Foren wie dem Pflegenetzwerk, wo heute Versorgungslücken bestehen. Berücksichtigen Sie, wie sich die Nachfrage durch den demografischen Wandel je Gemeinde verändert, und ergänzen Sie die Zahlen durch eine Befragung der Einwohnerschaft, um bislang unerkannte Bedarfe zu finden.',
      tasks: [
        {
          id: 'hf07.bedarf.nachfrageprognose',
          title: 'Künftige Nachfrage je Gemeinde prognostizieren',
          hint: 'Leiten Sie aus Bevölkerungsvorausberechnung und Pflegequoten die Zahl Pflegebedürftiger je Versorgungsform und Prognosejahr ab.',
        },
        {
          id: 'hf07.bedarf.versorgungsluecken-je-gemeinde',
          title: 'Versorgungslücken je Gemeinde ermitteln',
          hint: 'Vergleichen Sie Bedarf und Bestand je Angebotsart, z. B. über Richtwerte je 100 Personen ab 80 Jahren, und dokumentieren Sie die Annahmen.',
        },
        {
          id: 'hf07.bedarf.abgleich-gemeinden-netzwerk',
          title: 'Lücken mit Gemeinden und Pflegenetzwerk abgleichen',
          hint: 'Lassen Sie die rechnerischen Ergebnisse von Gemeinden und Praxisakteuren prüfen und ergänzen.',
        },
        {
          id: 'hf07.bedarf.einwohnerbefragung',
          title: 'Einwohnerschaft befragen',
          hint: 'Fragen Sie nach bisher übersehenen Bedarfen, etwa der 1:1-Begleitung unterstützungsbedürftiger Kinder oder baulichen Anforderungen an ambulant betreutes Wohnen.',
        },
        {
          id: 'hf07.bedarf.unterfinanzierte-leistungen',
          title: 'Unterfinanzierte Leistungen benennen',
          hint: 'Markieren Sie Lücken bei Leistungen, die sich für Anbieter kaum rechnen, z. B. Fahrdienste, einzelne Kurzzeitpflegeplätze oder Angebote für psychisch erkrankte Menschen.',
        },
      ],
    },
    {
      id: 'umsetzung',
      guidance:
        'Klären Sie, unter welchen Bedingungen kooperative, auch träger- oder kreisübergreifende Lösungen möglich sind, damit auch schwach finanzierte Leistungen angeboten werden können. Vermitteln Sie zwischen Trägern, Investoren und Bauämtern, prüfen Sie Fördermöglichkeiten und kommunale Flächen und legen Sie Maßnahmen mit Zuständigkeiten und Zeitrahmen fest.',
      tasks: [
        {
          id: 'hf07.umsetzung.kooperationsloesungen',
          title: 'Voraussetzungen für Kooperationslösungen klären',
          hint: 'Sprechen Sie mit Trägern und Nachbarkreisen über gemeinsame Angebote für Leistungen, die sich einzeln nicht tragen.',
        },
        {
          id: 'hf07.umsetzung.vermittlung-traeger-investoren',
          title: 'Zwischen Trägern, Investoren und Bauämtern vermitteln',
          hint: 'Bringen Sie die Beteiligten früh zusammen und unterstützen Sie zügige Genehmigungen für neue Wohnformen und Quartierslösungen.',
        },
        {
          id: 'hf07.umsetzung.foerderung-und-flaechen',
          title: 'Förderoptionen und kommunale Flächen prüfen',
          hint: 'Loten Sie finanzielle und personelle Unterstützung, geeignete Grundstücke oder Erbbaurechte aus.',
        },
        {
          id: 'hf07.umsetzung.erschwerniszuschlag',
          title: 'Verhandlungen über Erschwerniszuschläge unterstützen',
          hint: 'Stehen Sie ambulanten Diensten und Tagespflegen gegenüber den Pflegekassen bei, etwa wegen langer Anfahrtswege.',
        },
        {
          id: 'hf07.umsetzung.kommunale-traegerschaft',
          title: 'Kommunale Rolle bei fehlenden Angeboten klären',
          hint: 'Entscheiden Sie, ob der Kreis selbst Träger wird oder sich an der Finanzierung beteiligt, wenn sich sonst kein Anbieter findet; dafür ist meist ein Kreistagsbeschluss nötig.',
        },
        {
          id: 'hf07.umsetzung.massnahmen-meilensteine',
          title: 'Maßnahmen mit Zuständigkeit und Meilensteinen festlegen',
          hint: 'Ordnen Sie jeder Lücke eine Maßnahme mit Verantwortlichen, Partnern, Zeitrahmen und Kennzahl zu und verfolgen Sie den Stand.',
        },
      ],
    },
  ],
  recommendations: [
    'Starten Sie einen partizipativen Prozess der Pflegestrukturplanung mit Kreis, Gemeinden, professionellen und ehrenamtlichen Akteuren sowie ergänzenden Diensten (siehe Handlungsfeld 4).',
    'Vermitteln und informieren Sie zwischen Trägern, Investoren und Bauämtern; unterstützen Sie Bauvorhaben und zügige Genehmigungen, etwa für neue Wohnformen und Mehrgenerationen-Quartiere.',
    'Prüfen Sie kreis- und trägerübergreifende Kooperationen sowie Förderoptionen (Geld, Personal, Grundstücke, Erbbaurecht) und stellen Sie ggf. kommunale Flächen bereit.',
    'Unterstützen Sie ambulante Dienste und Tagespflegen dabei, mit den Pflegekassen Erschwerniszuschläge zu vereinbaren.',
    'Regen Sie an, dass kommunale Wohnungsunternehmen und Akteure aus der Region neue Wohnformen und passende Dienste zusammen entwickeln.',
    'Sorgen Sie dafür, dass die Bauämter regelmäßig zu den rechtlichen Anforderungen an Immobilien mit pflegerischer Nutzung fortgebildet werden.',
  ],
  challenges: [
    'Für die Bewertung von Bedarfen und Lücken fehlen den Kommunen oft aktuelle, hochwertige Daten.',
    'Für unterfinanzierte Leistungen, etwa für psychisch beeinträchtigte Menschen, Fahrdienste oder einzelne Kurzzeitpflegeplätze, finden sich kaum Anbieter.',
    'Der Grundsatz „ambulant vor stationär“, wirtschaftliche Leistungserbringung und spezialisierte Angebote in dünn besiedelten Räumen stehen in Spannung zueinander.',
  ],
  successFactors: [
    'Ein Methoden-Mix aus Datenanalyse und eigenen Erhebungen liefert belastbare Aussagen zu den professionellen Angeboten.',
    'Wo der Markt kein Angebot schafft, übernimmt die Kommune im Rahmen der Daseinsvorsorge selbst die Trägerschaft oder beteiligt sich über Kooperationen an der Finanzierung.',
  ],
  practiceExample: {
    district: 'Nienburg/Weser (Niedersachsen)',
    title: 'Sozialstation und städtische Wohnungsbaugesellschaft unter einem Dach',
    summary:
      'Auf Initiative der städtischen Wohnungsbaugesellschaft GBN entstand mit der Diakonie-Sozialstation Nienburg ein Gebäude mit sozialer Nutzung, in dem seit September 2019 Sozialstation, Tagespflege, zwei Pflege-Wohngemeinschaften, rund 25 barrierefreie Seniorenwohnungen, eine Kindertagespflege und ein Angebot für junge Erwachsene mit leichten Behinderungen untergebracht sind. Das Beispiel zeigt, wie Stadt und sozialer Träger gemeinsam Angebote für mehrere Zielgruppen schaffen.',
    contact: 'Diakonie-Sozialstation Nienburg gGmbH (Geschäftsführung)',
  },
  furtherReading: [
    'Kreisverwaltung Germersheim: Zukunftsgerechte Wohnformen & Services – ein Praxisleitfaden für nachhaltige Entwicklung im ländlichen Raum am Beispiel des Landkreises Germersheim (2. Auflage)',
    'KOMMUNAL: Tipps zum Erbbaurecht für Kommunen (Web-Artikel)',
  ],
  source: bbsrGuideAt('Handlungsfeld 7, S. 18–19'),
};
