import type { ActionField } from '../types';
import { bbsrGuideAt } from '../sources';

export const hf06: ActionField = {
  id: 'hf06',
  number: 6,
  title: 'Personal- und Fachkräftemangel in der Pflege entgegenwirken',
  shortTitle: 'Personal- und Fachkräftemangel',
  description:
    'Genügend Personal und Fachkräfte für die professionelle Pflege zu finden, ist in ländlichen Regionen die mit Abstand größte Herausforderung. Kreise und Träger sehen nur begrenzte eigene Hebel; gefragt sind vor allem Unterstützung bei der Vermarktung als Ausbildungs- und Arbeitsstandort, wohnortnahe Ausbildung, etwa an Pflegeschulen der Kreiskliniken, und trägerübergreifende Initiativen. Eine ausreichende Personalausstattung ist eine gemeinsame Aufgabe von Kreisverwaltung und Akteuren.',
  steps: [
    {
      id: 'bestand',
      guidance:
        'Erfassen Sie die vorhandenen Unterstützungs- und Pflegeangebote im Kreis mit ihrer nach den geltenden Regelungen erforderlichen und ihrer tatsächlichen Personalausstattung. Ergänzen Sie, welche Ausbildungsangebote und -kapazitäten es im Kreis und in erreichbarer Nähe gibt und welche Initiativen zur Personalgewinnung bereits laufen.',
      tasks: [
        {
          id: 'hf06.bestand.angebote-erfassen',
          title: 'Pflege- und Unterstützungsangebote erfassen',
          hint: 'Übernehmen Sie die Angebotsübersicht aus Handlungsfeld 7 (ambulant, teilstationär, vollstationär, neue Wohnformen) als Grundlage.',
        },
        {
          id: 'hf06.bestand.soll-personal',
          title: 'Erforderliche Personalausstattung je Angebot ermitteln',
          hint: 'Bestimmen Sie nach den geltenden gesetzlichen und vertraglichen Vorgaben, wie viel Personal und welche Fachkraftquote je Angebot nötig sind.',
        },
        {
          id: 'hf06.bestand.ist-personal',
          title: 'Tatsächliche Personalausstattung erheben',
          hint: 'Fragen Sie bei den Trägern Beschäftigte in VZÄ nach Qualifikation sowie offene Stellen ab.',
        },
        {
          id: 'hf06.bestand.ausbildungskapazitaeten',
          title: 'Ausbildungsangebote und -kapazitäten erfassen',
          hint: 'Erfassen Sie Pflegeschulen, Ausbildungsplätze, Praxisanleitungen und Weiterbildungen im Kreis und in erreichbarer Nähe.',
        },
        {
          id: 'hf06.bestand.initiativen-personalgewinnung',
          title: 'Laufende Initiativen zur Personalgewinnung erfassen',
          hint: 'Notieren Sie trägerübergreifende Aktivitäten wie Ausbildungsmessen, Azubi-Stammtische oder Projekte zur Gewinnung ausländischer Fachkräfte.',
        },
      ],
    },
    {
      id: 'bedarf',
      guidance:
        'Schätzen Sie ab, wie sich der Unterstützungsbedarf entwickelt und wie viel Personal dafür künftig nötig ist – auch mit Blick auf sich wandelnde Angebote wie ambulant betreute Wohngemeinschaften. Unterscheiden Sie nach Qualifikationen und leiten Sie die heutige und künftige Personallücke in Zahl und Qualifikation ab.',
      tasks: [
        {
          id: 'hf06.bedarf.unterstuetzungsbedarf-prognose',
          title: 'Künftigen Unterstützungsbedarf abschätzen',
          hint: 'Nutzen Sie die Prognose der Pflegebedürftigen je Versorgungsform als Ausgangspunkt für den Personalbedarf.',
        },
        {
          id: 'hf06.bedarf.angebotswandel',
          title: 'Veränderung des Angebotsmix berücksichtigen',
          hint: 'Beziehen Sie Verschiebungen nach dem Grundsatz „ambulant vor stationär“ und neue Formen wie ambulant betreute Wohngemeinschaften oder Concierge-Wohnen ein.',
        },
        {
          id: 'hf06.bedarf.personalbedarf-berechnen',
          title: 'Zusätzlichen Personalbedarf berechnen',
          hint: 'Verknüpfen Sie die prognostizierte Zahl Pflegebedürftiger je Versorgungsform mit Personalschlüsseln und halten Sie alle Annahmen fest.',
        },
        {
          id: 'hf06.bedarf.qualifikationen',
          title: 'Benötigte Qualifikationen unterscheiden',
          hint: 'Trennen Sie Fach-, Assistenz- und Betreuungskräfte sowie Praxisanleitungen und klären Sie, was für Ausbildung oder Gewinnung jeweils nötig ist.',
        },
        {
          id: 'hf06.bedarf.personalluecke',
          title: 'Quantitative und qualitative Personallücke ableiten',
          hint: 'Stellen Sie Soll und Ist heute und für die Prognosejahre gegenüber, möglichst je Versorgungsform und Region.',
        },
      ],
    },
    {
      id: 'umsetzung',
      guidance:
        'Machen Sie allen wesentlichen Akteuren die Dringlichkeit bewusst und geben Sie dem Thema eine eigene Arbeitsgruppe im kreisweiten Pflegenetzwerk. Verstehen Sie die Personalsicherung als gemeinsame Aufgabe von Kreis und Trägern, nutzen Sie Kontakte über die Kreisgrenze hinaus und leiten Sie Maßnahmen zu Ausbildung, Gewinnung und Bindung mit Zuständigkeiten und Zeitplan ab.',
      tasks: [
        {
          id: 'hf06.umsetzung.akteure-sensibilisieren',
          title: 'Akteure für die Dringlichkeit sensibilisieren',
          hint: 'Stellen Sie die Personallücke in Gremien und im Pflegenetzwerk vor und machen Sie deutlich, dass das Thema Vorrang hat.',
        },
        {
          id: 'hf06.umsetzung.arbeitsgruppe-netzwerk',
          title: 'Arbeitsgruppe „Ausbildung und Personal“ einrichten',
          hint: 'Richten Sie im kreisweiten Pflegenetzwerk eine eigene Arbeitsgruppe mit Trägern, Pflegeschulen sowie Arbeitsagentur und Jobcenter ein.',
        },
        {
          id: 'hf06.umsetzung.aufgabenteilung',
          title: 'Aufgabenteilung zwischen Kreis und Trägern klären',
          hint: 'Vereinbaren Sie, was Kreisverwaltung, Träger und Schulen jeweils beitragen, etwa Standortmarketing, Ausbildungsplätze oder Integrationshilfen.',
        },
        {
          id: 'hf06.umsetzung.kreisuebergreifend',
          title: 'Kreisübergreifende Zusammenarbeit prüfen',
          hint: 'Nutzen Sie in Grenzregionen oder stark zersiedelten Räumen Kontakte zu Nachbarkreisen für gemeinsame Ausbildung und Versorgung.',
        },
        {
          id: 'hf06.umsetzung.auslaendische-fachkraefte',
          title: 'Verfahren für ausländische Fachkräfte beschleunigen',
          hint: 'Sorgen Sie für zügige Defizitbescheide der Ämter und klären Sie die Finanzierung der Zeit zwischen Einreise und Ausbildungsbeginn.',
        },
        {
          id: 'hf06.umsetzung.massnahmen-indikatoren',
          title: 'Maßnahmen mit Zeitplan und Indikatoren festlegen',
          hint: 'Halten Sie je Maßnahme Verantwortliche, Meilensteine und Kennzahlen fest, z. B. Zahl der Ausbildungsplätze oder besetzten Stellen.',
        },
      ],
    },
  ],
  recommendations: [
    'Fördern Sie wohnortnahe Ausbildung, damit auch junge Menschen ohne Führerschein eine erreichbare berufliche Perspektive in der Heimat haben.',
    'Werben Sie offensiv für den Kreis als Ort, an dem es sich gut lernen und arbeiten lässt – auch bei Fachkräften aus dem Ausland –, und helfen Sie Trägern, ihre Ausbildungsplätze etwa über soziale Medien bekannt zu machen.',
    'Fördern Sie trägerübergreifende Initiativen zur Gewinnung und Bindung von Personal, z. B. Azubi-Stammtische, gemeinsame Auftritte in sozialen Medien oder feste Kontaktpersonen.',
    'Unterstützen Sie trägerübergreifende Aus- und Weiterbildungsangebote.',
    'Geben Sie dem Thema „Ausbildung und Personalmangel“ eine eigene Arbeitsgruppe im kreisweiten Pflegenetzwerk.',
    'Ist der Kreis Träger einer Pflegeschule, etwa am Kreiskrankenhaus, kann sie die Ausbildung im ganzen Kreis und darüber hinaus koordinieren.',
  ],
  challenges: [
    'Gewinnung und Weiterqualifizierung ausländischer Fachkräfte bringen viel Bürokratie und Integrationsarbeit mit sich.',
    'Viele Träger haben noch keine Erfahrung mit der Gewinnung ausländischer Fachkräfte.',
    'Kreise und Träger sehen nur wenige eigene Hebel; bessere Arbeitsbedingungen hängen stark von der Gesetzgebung ab.',
  ],
  successFactors: [
    'Die Ämter bearbeiten notwendige Defizitbescheide zügig, sodass die Ausbildung rechtzeitig beginnen kann.',
    'Übergangszeiten zwischen Einreise und Ausbildungsbeginn sind finanziert; Sprachkurse, Wohnungssuche und Mentoring werden – auch ehrenamtlich – unterstützt.',
    'Interessierte Träger erhalten Informationsveranstaltungen, z. B. gemeinsam mit den Jobcentern, und Begleitung bei den ersten Schritten.',
  ],
  practiceExample: {
    district: 'Landkreis Leipzig',
    title: '„Bildungszentrum Leipziger Land“ an den Sana Kliniken Leipziger Land',
    summary:
      'Das Bildungszentrum eines privaten Klinikträgers bietet kreis- und trägerübergreifend wohnortnahe Aus-, Fort- und Weiterbildung für Pflege- und Gesundheitsberufe an, darunter die Weiterbildung zur Praxisanleitung – eine Antwort auf einen im regionalen Pflegenetzwerk erkannten Mangel. Für ausländische Auszubildende und Fachkräfte gibt es einen Anpassungslehrgang, Deutschunterricht und ein ehrenamtliches Patenprogramm; der Träger stimmt sich eng mit der Stadt Borna ab.',
    contact: 'Bildungszentrum Leipziger Land (Leitung), Sana Kliniken Leipziger Land',
  },
  furtherReading: [
    'Deutsches Kompetenzzentrum für internationale Fachkräfte in den Gesundheits- und Pflegeberufen (DKF, KDA): Werkzeugkoffer',
    'Offensive Gesund Pflegen: care4future – Handlungsleitfaden zur regionalen Gewinnung von Nachwuchskräften in der Pflege',
  ],
  source: bbsrGuideAt('Handlungsfeld 6, S. 16–17'),
};
