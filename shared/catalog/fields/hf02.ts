import type { ActionField } from '../types';
import { bbsrGuideAt } from '../sources';

export const hf02: ActionField = {
  id: 'hf02',
  number: 2,
  title: '„Kümmerer“ in den kreisangehörigen Gemeinden installieren',
  shortTitle: 'Kümmerer in den Gemeinden',
  description:
    'In Landkreisen mit vielen kleinen Gemeinden ist es schwer, Information und Unterstützung rund um Pflege in der ganzen Fläche anzubieten. Eine feste Ansprechperson in jeder Gemeinde – etwa ehrenamtliche Senioren- oder Pflegebeauftragte oder Mitglieder des Seniorenbeirats – trägt das Thema bis in die Orte. Diese „Kümmerer“ sind erste Anlaufstelle, vermitteln an die Fachberatung weiter und suchen mit dem Kreis nach schnellen, praktischen Lösungen.',
  steps: [
    {
      id: 'bestand',
      guidance:
        'Erheben Sie gemeinsam mit den Gemeindeverwaltungen und Bürgermeistern, welche niedrigschwelligen Informations- und Beratungsangebote es wohnortnah gibt und wer sie trägt. Ergänzen Sie das Bild um die übrigen Beratungsstrukturen im Kreis mit ihren Trägern und Inhalten. Ergebnis ist eine Übersicht je Gemeinde, in der Lücken sichtbar werden.',
      tasks: [
        {
          id: 'hf02.bestand.buergermeister-einbinden',
          title: 'Bürgermeisterinnen und Bürgermeister einbinden',
          hint: 'Informieren Sie die Gemeindespitzen früh über das Vorhaben und bitten Sie um Zuarbeit; ohne die Gemeinden lässt sich kein Kümmerer-Angebot aufbauen.',
        },
        {
          id: 'hf02.bestand.anlaufstellen-je-gemeinde',
          title: 'Niedrigschwellige Anlaufstellen je Gemeinde erfassen',
          hint: 'Halten Sie für jede Gemeinde fest, ob es wohnortnahe Ansprechpersonen, Sprechstunden oder Treffpunkte zu Alter und Pflege gibt.',
        },
        {
          id: 'hf02.bestand.anbietende-personen',
          title: 'Anbietende Personen und Institutionen erfassen',
          hint: 'Notieren Sie, wer das Angebot jeweils wahrnimmt (z. B. Seniorenbeauftragte, Seniorenbeirat, Kirchengemeinde) und ob ehren- oder hauptamtlich; persönliche Kontaktdaten nur mit Einwilligung speichern.',
        },
        {
          id: 'hf02.bestand.beratungsstrukturen-kreis',
          title: 'Weitere Beratungsstrukturen im Kreis erheben',
          hint: 'Erfassen Sie Pflegestützpunkte, Beratungsstellen und ähnliche Angebote mit Träger, Inhalt und Einzugsbereich, an die Kümmerer weitervermitteln können.',
        },
      ],
    },
    {
      id: 'bedarf',
      guidance:
        'Ermitteln Sie, in welchen Gemeinden eine Ansprechperson fehlt und was sich Einwohnerschaft und örtliche Akteure von wohnortnaher Information, Beratung und Unterstützung wünschen. Klären Sie zugleich, wer vor Ort bereit wäre, die Rolle eines Kümmerers zu übernehmen.',
      tasks: [
        {
          id: 'hf02.bedarf.gemeinden-ohne-kuemmerer',
          title: 'Gemeinden ohne Kümmerer ermitteln',
          hint: 'Leiten Sie aus der Bestandsübersicht ab, wo keine niedrigschwellige Anlaufstelle besteht, und gewichten Sie nach der Zahl älterer Menschen.',
        },
        {
          id: 'hf02.bedarf.befragung-einwohnerschaft',
          title: 'Einwohnerschaft und Akteure befragen',
          hint: 'Fragen Sie in Abstimmung mit den Bürgermeistern nach Wünschen und Anforderungen an wohnortnahe Information, Beratung und Unterstützung.',
        },
        {
          id: 'hf02.bedarf.engagementbereitschaft',
          title: 'Bereitschaft zur Kümmerer-Rolle erkunden',
          hint: 'Sprechen Sie Gemeinderatsmitglieder, Seniorenbeiräte und ehrenamtlich Aktive an, ob sie sich als bekannter Erstkontakt im Ort engagieren würden.',
        },
        {
          id: 'hf02.bedarf.uebersicht-je-gemeinde',
          title: 'Ergebnisse je Gemeinde zusammenführen',
          hint: 'Führen Sie Lücken, Wünsche und Engagementbereitschaft je Gemeinde in einer Übersicht zusammen, die als Grundlage für Gespräche mit den Bürgermeistern dient.',
        },
      ],
    },
    {
      id: 'umsetzung',
      guidance:
        'Benennen Sie in der Kreisverwaltung eine zuständige Person, die das Kümmerer-Netzwerk aufbaut, dauerhaft begleitet und koordiniert. Unterstützen Sie die Bürgermeister dabei, das Angebot vor Ort zu sichern: Aufgaben festlegen, Personen gewinnen, schulen und würdigen. Sorgen Sie für eine hauptamtliche Rückfallebene, falls ein Ehrenamt unbesetzt bleibt.',
      tasks: [
        {
          id: 'hf02.umsetzung.koordination-benennen',
          title: 'Koordinierende Person in der Kreisverwaltung benennen',
          hint: 'Legen Sie fest, wer das Kümmerer-Netzwerk aufbaut und dauerhaft als Ansprechperson betreut, und sehen Sie dafür Stellenanteile vor.',
        },
        {
          id: 'hf02.umsetzung.rolle-definieren',
          title: 'Aufgaben und Rolle der Kümmerer festlegen',
          hint: 'Beschreiben Sie mit den Gemeinden, was Kümmerer leisten (Erstkontakt, Weitervermittlung, Sensibilisierung) und wo ihre Grenzen liegen.',
        },
        {
          id: 'hf02.umsetzung.personen-gewinnen',
          title: 'Geeignete Personen mit den Bürgermeistern gewinnen',
          hint: 'Schlagen Sie im Ort bekannte, gut vernetzte Menschen vor, idealerweise mit Hintergrund in Pflege oder Sozialarbeit.',
        },
        {
          id: 'hf02.umsetzung.schulungen',
          title: 'Schulungen und Austauschtreffen anbieten',
          hint: 'Planen Sie eine Erstschulung, regelmäßige Fortbildungen und Informationsveranstaltungen sowie Treffen der Kümmerer untereinander.',
        },
        {
          id: 'hf02.umsetzung.anerkennung-erstattung',
          title: 'Anerkennung und Aufwandserstattung regeln',
          hint: 'Klären Sie Ehrungen, Ehrenamtskarte und die Erstattung von Auslagen wie Fahrtkosten sowie deren Finanzierung.',
        },
        {
          id: 'hf02.umsetzung.rueckfallebene',
          title: 'Hauptamtliche Rückfallebene sichern',
          hint: 'Stellen Sie sicher, dass bei unbesetztem Ehrenamt eine hauptamtliche Beratungsstelle auf Gemeinde- oder Kreisebene als Anlaufstelle bereitsteht.',
        },
        {
          id: 'hf02.umsetzung.ausbau-meilensteine',
          title: 'Ausbau mit Meilensteinen planen',
          hint: 'Legen Sie fest, bis wann wie viele Gemeinden einen Kümmerer haben sollen, und verfolgen Sie den Stand regelmäßig.',
        },
      ],
    },
  ],
  recommendations: [
    'Helfen Sie den Bürgermeistern bei der Suche nach Kümmerern; ideal sind im Ort bekannte, gut vernetzte Personen mit pflegerischem oder sozialarbeiterischem Hintergrund.',
    'Bauen Sie als Kreis ein Netzwerk auf, in dem sich die Kümmerer regelmäßig austauschen.',
    'Benennen Sie in der Kreisverwaltung eine feste Ansprechperson, die Kümmerer bei Bürokratie und Spezialfragen entlastet.',
    'Bieten Sie bedarfsgerechte Schulungen und regelmäßige Informationsveranstaltungen an.',
    'Würdigen Sie ehrenamtliche Kümmerer, etwa mit Ehrungen, Festen, Ehrenamtskarten und der Erstattung von Fahrtkosten.',
    'Prüfen Sie weiter gehende, meist fördermittelfinanzierte Modelle wie „Gemeindeschwester/-pfleger 2.0“ oder „Community Health Nursing“.',
  ],
  challenges: [
    'Ohne aktive Mitwirkung der Gemeinden lässt sich kein tragfähiges Kümmerer-Angebot aufbauen.',
    'Ehrenamtliches Engagement ist freiwillig und nicht immer dauerhaft gesichert; Vakanzen sind jederzeit möglich.',
  ],
  successFactors: [
    'Die Bürgermeister sind von Beginn an am Aufbau des Kümmerer-Netzwerks beteiligt, was den Stellenwert des Themas unterstreicht.',
    'Hauptamtliche Beratungsangebote auf Gemeinde- oder Kreisebene sichern eine Anlaufstelle, auch wenn ein Ehrenamt unbesetzt ist.',
  ],
  practiceExample: {
    district: 'Landkreis Ludwigslust-Parchim',
    title: 'Ehrenamtliche Pflegelotsen',
    summary:
      'Seit 2015 hat der Kreis über 50 ehrenamtliche Pflegelotsen ausgebildet, die in rund 30 Gemeinden als vertrauter Erstkontakt für Pflegebedürftige und Angehörige wirken und bei Bedarf etwa an den Pflegestützpunkt vermitteln. Eine hauptamtliche Koordinatorin der Kreisverwaltung schult, begleitet und vernetzt die Lotsen; das aus der Pflegesozialplanung hervorgegangene Projekt wird inzwischen dauerhaft finanziert.',
    contact: 'Kreisverwaltung Ludwigslust-Parchim, Koordination der Pflegelotsen',
  },
  furtherReading: [
    'FAPIQ – Fachstelle Altern und Pflege im Quartier: Pflege vor Ort gestalten – Anregungen für Kommunen im Land Brandenburg (Broschüre, 2021)',
    'Deutsches Institut für angewandte Pflegeforschung (DIP): Evaluationsbericht zum Modellprojekt „Gemeindeschwester plus“ (Rheinland-Pfalz)',
    'DBfK: Community Health Nursing in Deutschland – eine Chance für die bessere Gesundheitsversorgung in Kommunen (2019)',
  ],
  source: bbsrGuideAt('Handlungsfeld 2, S. 8–9'),
};
