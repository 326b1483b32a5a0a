import type { ActionField } from '../types';
import { bbsrGuideAt } from '../sources';

export const hf03: ActionField = {
  id: 'hf03',
  number: 3,
  title: 'Netzwerkarbeit als Kreisverwaltung koordinieren und vorantreiben',
  shortTitle: 'Netzwerkarbeit',
  description:
    'Wenn die Akteure der Pflege vor Ort eng zusammenarbeiten, lassen sich gemeinsam Lösungen entwickeln und Synergien nutzen. Rund 60 Prozent der ländlichen, strukturschwachen Kreise haben bereits dauerhafte kreisweite Gremien wie eine Kreispflegekonferenz, ein Netzwerk Pflege oder eine AG Demenz. Der Kreis kann solche Netzwerke anstoßen und koordinieren und so Vertrauen und Kooperationen dauerhaft festigen.',
  steps: [
    {
      id: 'bestand',
      guidance:
        'Erfassen Sie alle Akteure mit engem Bezug zu Senioren und Pflege im Kreis sowie die schon bestehenden Netzwerke, Arbeitskreise und Kooperationen – auch auf Gemeindeebene und über die Kreisgrenze hinaus. So wird sichtbar, wer bereits zusammenarbeitet und wo Verbindungen fehlen.',
      tasks: [
        {
          id: 'hf03.bestand.akteure-erfassen',
          title: 'Akteure im Kreis erfassen',
          hint: 'Listen Sie Pflegeeinrichtungen und pflegenahe Dienste, Pflegekassen, Beratungsstellen, Ärzteschaft, Ehrenamt, Kirchen, Wohnungswirtschaft sowie Kreis- und Gemeindeverwaltungen auf.',
        },
        {
          id: 'hf03.bestand.akteure-gruppieren',
          title: 'Akteure nach Gruppen und Wirkungsraum ordnen',
          hint: 'Ordnen Sie jeden Akteur einer Akteursgruppe und seinem Wirkungsraum zu (Gemeinde, Region, kreisweit), damit fehlende Gruppen später auffallen.',
        },
        {
          id: 'hf03.bestand.bestehende-netzwerke',
          title: 'Bestehende Netzwerke und Gremien erheben',
          hint: 'Erfassen Sie Pflegekonferenzen, Netzwerke und Arbeitsgruppen mit Federführung, Mitgliedern, Themen und Sitzungsrhythmus.',
        },
        {
          id: 'hf03.bestand.kooperationen',
          title: 'Kooperationen in Gemeinden und über die Kreisgrenze erfassen',
          hint: 'Fragen Sie auch nach örtlichen Runden in den Gemeinden und nach Kooperationen mit Nachbarkreisen.',
        },
      ],
    },
    {
      id: 'bedarf',
      guidance:
        'Klären Sie in einem gut vorbereiteten Workshop, welche Vernetzung sich die Akteure wünschen und welche Anforderungen sie an ein kreisweites Netzwerk mit Arbeitsgruppen stellen. Bestimmen Sie die Themen, bei denen akteursübergreifende Zusammenarbeit besonders viel bewirkt, und prüfen Sie, welche benötigten Akteursgruppen bisher fehlen.',
      tasks: [
        {
          id: 'hf03.bedarf.workshop-vernetzungswuensche',
          title: 'Workshop zu Vernetzungswünschen durchführen',
          hint: 'Laden Sie die erfassten Akteure ein und dokumentieren Sie Teilnehmende, Arbeitsgruppen, Moderation und Ergebnisse.',
        },
        {
          id: 'hf03.bedarf.themen-festlegen',
          title: 'Themen für akteursübergreifende Arbeit festlegen',
          hint: 'Geeignet sind etwa Fachkräftegewinnung, Pflegeüberleitung oder die Qualifizierung von Praxisanleitungen in ambulanten Diensten.',
        },
        {
          id: 'hf03.bedarf.anforderungen-netzwerk',
          title: 'Anforderungen an das Netzwerk bestimmen',
          hint: 'Halten Sie fest, welche Form, welchen Rhythmus und welche Arbeitsgruppen die Beteiligten wünschen und ob regionale Untergliederungen sinnvoll sind.',
        },
        {
          id: 'hf03.bedarf.fehlende-akteursgruppen',
          title: 'Fehlende Akteursgruppen identifizieren',
          hint: 'Vergleichen Sie die Teilnehmenden mit der Akteursübersicht und notieren Sie, welche benötigten Berufsgruppen oder Organisationen noch nicht vertreten sind.',
        },
      ],
    },
    {
      id: 'umsetzung',
      guidance:
        'Legen Sie fest, wer in der Kreisverwaltung das Netzwerk organisatorisch betreut oder zumindest als Kontakt für eine externe Koordination bereitsteht. Sichern Sie Infrastruktur und ein eigenes Budget, prüfen Sie die Förderung regionaler Netzwerke durch die Pflegeversicherung und vereinbaren Sie verbindliche Arbeitsstrukturen mit Zielen und Terminen.',
      tasks: [
        {
          id: 'hf03.umsetzung.zustaendigkeit-benennen',
          title: 'Zuständigkeit für die Netzwerkkoordination festlegen',
          hint: 'Benennen Sie eine koordinierende Person in der Kreisverwaltung oder eine feste Kontaktperson für eine externe Netzwerkkoordination.',
        },
        {
          id: 'hf03.umsetzung.infrastruktur',
          title: 'Infrastruktur für die Netzwerkarbeit bereitstellen',
          hint: 'Sorgen Sie für Sitzungsräume, Videokonferenztechnik und eine gemeinsame Ablage und Dokumentation – in der Verwaltung wie bei den Beteiligten.',
        },
        {
          id: 'hf03.umsetzung.budget',
          title: 'Netzwerkbudget einplanen',
          hint: 'Sehen Sie Mittel für Verpflegung, Fahrtkosten, Veranstaltungen und Öffentlichkeitsarbeit vor, damit das Netzwerk auf Dauer tragfähig ist.',
        },
        {
          id: 'hf03.umsetzung.foerderung-45c',
          title: 'Förderung nach § 45c Abs. 9 SGB XI prüfen',
          hint: 'Regionale Netzwerke können aus Mitteln der Pflegeversicherung gefördert werden; klären Sie Voraussetzungen, Eigenanteil und Antragsweg.',
        },
        {
          id: 'hf03.umsetzung.arbeitsgruppen-einrichten',
          title: 'Thematische Arbeitsgruppen einrichten',
          hint: 'Richten Sie zu den priorisierten Themen Arbeitsgruppen mit Moderation, Agenda und Protokoll ein, die konkrete Ergebnisse erarbeiten.',
        },
        {
          id: 'hf03.umsetzung.sitzungs-und-meilensteinplan',
          title: 'Verbindlichen Sitzungs- und Meilensteinplan aufstellen',
          hint: 'Legen Sie Termine, Arbeitsziele und Meilensteine fest und prüfen Sie regelmäßig, was die Arbeitsgruppen erreicht haben.',
        },
        {
          id: 'hf03.umsetzung.fehlende-akteure-ansprechen',
          title: 'Fehlende Akteure gezielt ansprechen',
          hint: 'Werben Sie bislang fehlende, aber benötigte Akteursgruppen aktiv für die Mitarbeit im Netzwerk.',
        },
      ],
    },
  ],
  recommendations: [
    'Bauen Sie offene, inklusive Netzwerke auf, die unterschiedliche Akteursgruppen ansprechen und dauerhaft binden.',
    'Verstehen Sie das Netzwerk als Arbeitsgremium statt als reine Austauschrunde und gliedern Sie es in thematische Arbeitsgruppen (z. B. Fachkräftemangel, Überleitungsmanagement, Ehrenamt).',
    'Ergänzen Sie in großen Flächenkreisen regionale Teilnetzwerke; der Landkreis Elbe-Elster etwa hat neben der kreisweiten Steuerung sechs regionale Pflegekreise.',
    'Sorgen Sie für regelmäßige, verbindliche Treffen und lassen Sie die Beteiligten Agenda, Moderation, Protokolle und die Bewertung von Maßnahmen mitgestalten.',
    'Unterstützen Sie auch andere Netzwerke im Kreis und wirken Sie dort mit.',
    'Holen Sie bei Bedarf externe Fachleute für Vorträge oder Spezialfragen hinzu.',
  ],
  challenges: [
    'Netzwerke verlieren mit der Zeit leicht an Kontinuität und Verbindlichkeit.',
    'Oft sind nicht alle benötigten Berufsgruppen und Akteure im Netzwerk vertreten.',
  ],
  successFactors: [
    'Ergebnisse werden aktiv nach außen getragen, Engagement gewürdigt und Folgeprojekte begleitet – wo möglich mit finanziellen Mitteln.',
    'Die unterschiedlichen Sichtweisen der Beteiligten werden genutzt; fehlende Akteursgruppen werden gezielt eingeladen.',
  ],
  practiceExample: {
    district: 'Landkreis Leipzig',
    title: 'Pflegenetzwerk unter Federführung des Kreissozialamts',
    summary:
      'Seit 2010 führt das Kreissozialamt Verwaltung, Pflegekassen, Leistungserbringer, Kliniken, Ärzteschaft und Wohnungsunternehmen in einem Pflegenetzwerk mit vier Facharbeitsgruppen zusammen („Soll-Ist-Struktur“, „Demenz“, „Pflegeüberleitung“, „Wohnen“). Daraus entstanden unter anderem ein Leitfaden zur Pflegeüberleitung mit Feedbackbogen und eine kreisweite Übersicht der Beratungs- und Versorgungsangebote.',
    contact: 'Kreissozialamt Landkreis Leipzig (Amtsleitung)',
  },
  furtherReading: [
    'Landesamt für Soziales, Jugend und Versorgung Rheinland-Pfalz: Regionale Pflegekonferenzen in Rheinland-Pfalz – Empfehlungen',
    'FAPIQ – Fachstelle Altern und Pflege im Quartier: Grundlagen zum Aufbau von regionalen Netzwerken im Land Brandenburg (Broschüre, 2019)',
    'Ergänzend: Landeshauptstadt Magdeburg: Dokumentation eines Beteiligungsworkshops zum Integrationskonzept 2020–2023 (Reihe „Magdeburg – sozial“, Bd. 55, 2019) – Beispiel für die Dokumentation von Arbeitsgruppen und Ergebnissen',
  ],
  source: bbsrGuideAt('Handlungsfeld 3, S. 10–11'),
};
