import type { ActionField } from '../types';
import { bbsrGuideAt } from '../sources';

export const hf10: ActionField = {
  id: 'hf10',
  number: 10,
  title: 'Potenziale der Digitalisierung verstärkt in den Blick nehmen',
  shortTitle: 'Digitalisierung',
  description:
    'Digitale Lösungen sollen Pflegekräfte entlasten, den Beruf attraktiver machen und Pflegebedürftigen ein selbstständigeres Leben ermöglichen. In den untersuchten ländlichen Regionen gibt es bisher aber kaum Projekte – wegen fehlender Mittel für Gebäude und Netze, Datenschutzbedenken, fehlender Schnittstellen, knapper IT-Fachkräfte und Vorbehalten gegenüber Veränderungen. Da spätestens die Babyboomer digitale Ausstattung als selbstverständlich erwarten, sollten Kommunen das Thema früh mit den Akteuren vor Ort angehen.',
  steps: [
    {
      id: 'bestand',
      guidance:
        'Starten Sie eine Digitalisierungsinitiative mit themenbezogenen Workshops, in denen Sie den Stand bei den Akteuren vor Ort strukturiert erfassen und Herausforderungen lösungsorientiert besprechen. Holen Sie IT-Fachleute oder Träger mit Erfahrung aus dem städtischen Umfeld dazu und informieren Sie sich über bereits verfügbare Lösungen und deren Nutzen.',
      tasks: [
        {
          id: 'hf10.bestand.digitalisierungsinitiative',
          title: 'Digitalisierungsinitiative mit Workshops starten',
          hint: 'Laden Sie Träger, Dienste und Beratungsstellen ein und binden Sie IT-Fachleute sowie Praktiker mit guten Beispielen ein.',
        },
        {
          id: 'hf10.bestand.digitalprojekte',
          title: 'Laufende Digitalprojekte erfassen',
          hint: 'Erfassen Sie Vorhaben wie digitale Dokumentation, Touren- und Einsatzplanung, Telemedizin oder Smart-Home-Technik mit Träger und Stand.',
        },
        {
          id: 'hf10.bestand.digitaler-stand-akteure',
          title: 'Digitalen Stand der Akteure erheben',
          hint: 'Fragen Sie Netzanbindung, Ausstattung, eingesetzte Software und Schnittstellen zu Arztpraxen, Kliniken und Kassen ab.',
        },
        {
          id: 'hf10.bestand.loesungen-recherchieren',
          title: 'Verfügbare Lösungen und ihre Wirkung recherchieren',
          hint: 'Informieren Sie sich z. B. bei Pflegepraxiszentren, Pflegeinnovationszentren oder Smart-Home-Projekten im betreuten Wohnen, was Lösungen tatsächlich bewirken, etwa für den Personaleinsatz.',
        },
      ],
    },
    {
      id: 'bedarf',
      guidance:
        'Ermitteln Sie den Bedarf strukturiert mit einer Matrix, etwa nach Netzen und Verkabelung, Immobilien, technischer Gebäudeausstattung, Pflege sowie internen und externen Schnittstellen. Priorisieren Sie die Bedarfe mit geschätzten Kosten und Umsetzungszeiten und erfassen Sie Vorbehalte der Beteiligten, um gemeinsam pragmatische Lösungen zu finden.',
      tasks: [
        {
          id: 'hf10.bedarf.bedarfsmatrix',
          title: 'Bedarfsmatrix aufstellen',
          hint: 'Ordnen Sie Bedarfe den Kategorien Netze/Kabel, Immobilien, technische Gebäudeausstattung, Pflege und Schnittstellen (intern/extern) zu.',
        },
        {
          id: 'hf10.bedarf.kosten-und-zeitraum',
          title: 'Kosten und Realisierungszeit schätzen',
          hint: 'Schätzen Sie je Bedarf grob die Kosten und die Dauer bis zur Umsetzung.',
        },
        {
          id: 'hf10.bedarf.priorisieren',
          title: 'Bedarfe priorisieren',
          hint: 'Ordnen Sie die Bedarfe nach Nutzen, Kosten und Dringlichkeit und dokumentieren Sie die Kriterien.',
        },
        {
          id: 'hf10.bedarf.vorbehalte',
          title: 'Vorbehalte der Beteiligten erfassen',
          hint: 'Erfragen Sie Bedenken von Pflegenden, Pflegebedürftigen und Partnern an vor- und nachgelagerten Schnittstellen, z. B. zu Datenschutz oder Arbeitsabläufen.',
        },
      ],
    },
    {
      id: 'umsetzung',
      guidance:
        'Klären Sie, welche Förderprogramme von EU, Bund und Land für digitale Vorhaben infrage kommen, welche Voraussetzungen gelten und wie eine Anschlussfinanzierung aussehen kann. Unterstützen Sie interessierte Akteure bei Antrag, Umsetzung und Überführung in den Regelbetrieb und legen Sie Zuständigkeiten und Meilensteine fest.',
      tasks: [
        {
          id: 'hf10.umsetzung.foerdermoeglichkeiten',
          title: 'Fördermöglichkeiten klären',
          hint: 'Prüfen Sie digitale Förderprogramme von EU, Bund und Land mit Voraussetzungen und möglichen Anschlussfinanzierungen.',
        },
        {
          id: 'hf10.umsetzung.antragsbegleitung',
          title: 'Akteure bei Antrag und Umsetzung begleiten',
          hint: 'Unterstützen Sie interessierte Träger von der Antragstellung über die Projektumsetzung bis zur dauerhaften Anwendung.',
        },
        {
          id: 'hf10.umsetzung.digitalisierungsnetzwerk',
          title: 'Digitalisierungsnetzwerk einrichten',
          hint: 'Gründen Sie als koordinierende Stelle ein Netzwerk mit Arbeitsgruppen, in das auch IT-Fachleute und Start-ups eingebunden sind.',
        },
        {
          id: 'hf10.umsetzung.datenschutz-fortbildung',
          title: 'Datenschutz klären und Fortbildungen anbieten',
          hint: 'Informieren Sie über datenschutzkonforme Anwendungen und bieten Sie, ggf. mit externen Partnern, Schulungen an.',
        },
        {
          id: 'hf10.umsetzung.eigene-einrichtungen',
          title: 'Eigene Einrichtungen digital ausstatten',
          hint: 'Statten Sie kreiseigene Sozialstationen oder Beratungsstellen, z. B. mit Hilfe kommunaler Rechenzentren, aus und schulen Sie das Personal.',
        },
        {
          id: 'hf10.umsetzung.massnahmen-meilensteine',
          title: 'Maßnahmen priorisiert mit Meilensteinen planen',
          hint: 'Übertragen Sie die priorisierten Bedarfe in Maßnahmen mit Verantwortlichen, Zeitrahmen und Kennzahlen und berichten Sie über Erfolge.',
        },
      ],
    },
  ],
  recommendations: [
    'Starten Sie eine Digitalisierungsoffensive, z. B. mit einem kreisweiten Digitalisierungsnetzwerk und thematischen Arbeitsgruppen unter Koordination des Kreises.',
    'Binden Sie IT-Fachleute und Start-ups ein, die neue Ideen entwickeln und in der Praxis erproben.',
    'Tauschen Sie sich mit Akteuren aus, die bei der Digitalisierung schon weiter sind, und übertragen Sie deren Ansätze.',
    'Stärken Sie in der Pandemie entstandene digitale Schnittstellen, etwa zwischen Hausarztpraxen und Pflegeeinrichtungen für Rezepte und Sprechstunden.',
    'Statten Sie eigene Sozialstationen und Beratungsstellen, ggf. mit kommunalen Rechenzentren, digital aus, schulen Sie das Personal und bilden Sie ehrenamtliche digitale Lotsen aus.',
    'Informieren Sie über datenschutzkonforme Anwendungen und bieten Sie Fortbildungen an.',
  ],
  challenges: [
    'IT-Fachkräfte sind auf dem Land knapp und schwer angemessen zu bezahlen.',
    'Es fehlen Mittel, um Bestandsgebäude und Netze zu ertüchtigen und assistive Technik zu beschaffen.',
    'Datenschutzbedenken, fehlende Schnittstellen zwischen Versorgungspartnern und Ängste vor Veränderungen im Arbeitsalltag bremsen Projekte.',
    'Digitalisierung ist ein langfristiges Vorhaben.',
  ],
  successFactors: [
    'Der Kreis schafft attraktive Ansiedlungs- und Arbeitsbedingungen und unterstützt junge Unternehmen mit günstigen Räumen, Ausstattung sowie Aus- und Weiterbildung.',
    'Erfolge werden vermarktet und gute Beispiele aktiv anderen zur Verfügung gestellt.',
    'Preise und Wettbewerbe regen kreative Eigeninitiativen an.',
  ],
  practiceExample: {
    district: 'ohne Ortsangabe (Regionalverband eines freigemeinnützigen Trägers)',
    title: 'Erprobung von Telemedizin in Pflegeeinrichtungen',
    summary:
      'Ein freigemeinnütziger Regionalverband hat gemeinsam mit einem Projektträger die IT-Infrastruktur für Telemedizin aufgebaut und mehrere Pflegeeinrichtungen als Modellstandorte benannt; Ziel ist eine bessere Schnittstelle zu (virtuell) behandelnden Ärztinnen und Ärzten, etwa bei Rezepten, der Übernahme der Medikation in die Bewohnerakte und der Dokumentation. Die Ausweitung auf ambulante Dienste ist angestoßen, Kreisverwaltungen könnten sich als Projektpartner beteiligen. Ein Digitalisierungsprojekt mit Beteiligung einer Kommunalverwaltung fand sich in den Fallstudien des Leitfadens noch nicht.',
  },
  furtherReading: [
    'Bundesministerium für Familie, Senioren, Frauen und Jugend: Achter Altersbericht – Ältere Menschen und Digitalisierung (2020)',
    'Bertelsmann Stiftung: Potenziale einer Pflege 4.0 (Studie)',
  ],
  source: bbsrGuideAt('Handlungsfeld 10, S. 24–25'),
};
