import type { ActionField } from '../types';
import { bbsrGuideAt } from '../sources';

export const hf09: ActionField = {
  id: 'hf09',
  number: 9,
  title: 'Pflegende Angehörige und das Ehrenamt unterstützen',
  shortTitle: 'Angehörige und Ehrenamt',
  description:
    'Den größten Teil der Versorgung leisten Angehörige, Freunde und Ehrenamtliche; mehr als drei Viertel der Pflegebedürftigen werden zu Hause versorgt. Besuchs- und Fahrdienste, Seniorencafés, Selbsthilfegruppen und gerade auf dem Land die Nachbarschaftshilfe tragen eine „sorgende Gemeinschaft“. Kommunen können Angehörige und Engagierte durch Wertschätzung, Information und organisatorische Entlastung stärken – in vielen Pflegeplanungen ist dieses Feld aber noch nicht systematisch berücksichtigt.',
  steps: [
    {
      id: 'bestand',
      guidance:
        'Erheben Sie gemeinsam mit Städten und Gemeinden die bürgerschaftlichen Initiativen für ältere und pflegebedürftige Menschen. Ziel ist ein Überblick über örtliche und thematische Schwerpunkte, Ansprechpartner und Multiplikatoren wie Kirchen und Vereine sowie über bestehende Entlastungsangebote für pflegende Angehörige.',
      tasks: [
        {
          id: 'hf09.bestand.initiativen-je-gemeinde',
          title: 'Ehrenamtliche Initiativen je Gemeinde erheben',
          hint: 'Erfassen Sie Besuchs- und Fahrdienste, Seniorencafés, Nachbarschaftshilfen und ähnliche Angebote mit Träger und Einzugsgebiet.',
        },
        {
          id: 'hf09.bestand.selbsthilfegruppen',
          title: 'Selbsthilfegruppen und Kontaktstellen erfassen',
          hint: 'Notieren Sie Gruppen für Pflegebedürftige und Angehörige, etwa zum Thema Demenz, mit Treffpunkt und Rhythmus.',
        },
        {
          id: 'hf09.bestand.entlastungsangebote',
          title: 'Entlastungsangebote für pflegende Angehörige erfassen',
          hint: 'Erfassen Sie Angebote zur Unterstützung im Alltag, Gesprächskreise, Pflegekurse und Beratung für Angehörige.',
        },
        {
          id: 'hf09.bestand.multiplikatoren',
          title: 'Ansprechpartner und Multiplikatoren benennen',
          hint: 'Halten Sie fest, über wen Engagierte erreichbar sind, etwa Kirchen, Vereine oder Freiwilligenagenturen; personenbezogene Daten nur mit Einwilligung speichern.',
        },
        {
          id: 'hf09.bestand.kommunale-unterstuetzung',
          title: 'Bestehende kommunale Unterstützung erfassen',
          hint: 'Erfragen Sie, was Kreis und Gemeinden heute schon für Ehrenamt und Angehörige tun, z. B. Räume, Zuschüsse oder Ehrungen.',
        },
      ],
    },
    {
      id: 'bedarf',
      guidance:
        'Fragen Sie pflegende Angehörige und Ehrenamtliche direkt nach ihren Bedarfen und Unterstützungswünschen. Da Kommunen aus Datenschutzgründen meist keine Daten über pflegende Angehörige haben, erreichen Sie diese Gruppe vor allem über Beratungsstellen, Pflegedienste und allgemeine Öffentlichkeitsarbeit.',
      tasks: [
        {
          id: 'hf09.bedarf.befragung-angehoerige',
          title: 'Pflegende Angehörige befragen',
          hint: 'Verteilen Sie den Fragebogen über Beratungsstellen, Pflegedienste, Hausarztpraxen und öffentliche Kanäle, da keine Adressdaten vorliegen.',
        },
        {
          id: 'hf09.bedarf.befragung-ehrenamtliche',
          title: 'Ehrenamtlich Engagierte befragen',
          hint: 'Fragen Sie nach Hürden wie Bürokratie, fehlenden Räumen oder Versicherungsfragen und nach gewünschter Anerkennung und Qualifizierung.',
        },
        {
          id: 'hf09.bedarf.zugangswege',
          title: 'Zugangswege zu Angehörigen vereinbaren',
          hint: 'Verabreden Sie mit Beratungsstellen und Pflegediensten, wie sie Informationen und Befragungen an Angehörige weitergeben.',
        },
        {
          id: 'hf09.bedarf.luecken-je-gemeinde',
          title: 'Lücken bei Entlastung und Engagement je Gemeinde ableiten',
          hint: 'Stellen Sie Bestand und genannte Bedarfe gegenüber und markieren Sie Gemeinden ohne passende Angebote.',
        },
      ],
    },
    {
      id: 'umsetzung',
      guidance:
        'Klären Sie mit den Städten und Gemeinden, welche Unterstützung auf welcher Ebene geleistet oder neu aufgebaut wird. Erkundigen Sie sich nach Fördermitteln für kommunale Engagementförderung und nach Zuschüssen der Pflegeversicherung. Werben Sie breit für das Ehrenamt und fördern Sie es verlässlich, ohne in die konkrete Arbeit der Initiativen einzugreifen.',
      tasks: [
        {
          id: 'hf09.umsetzung.aufgabenteilung-kreis-gemeinden',
          title: 'Aufgabenteilung zwischen Kreis und Gemeinden klären',
          hint: 'Legen Sie fest, welche Unterstützung der Kreis und welche die Gemeinden übernehmen und was neu angegangen wird.',
        },
        {
          id: 'hf09.umsetzung.foerderprogramme-erfragen',
          title: 'Förderprogramme für Engagementförderung erfragen',
          hint: 'Erkundigen Sie sich bei den kommunalen Spitzenverbänden Ihres Landes nach Landes- und Bundesmitteln.',
        },
        {
          id: 'hf09.umsetzung.zuschuesse-pflegeversicherung',
          title: 'Zuschüsse der Pflegeversicherung nutzen',
          hint: 'Ehrenamtliche Unterstützungsangebote können nach §§ 45a–c SGB XI, Selbsthilfe nach § 45d SGB XI gefördert werden; informieren Sie die Initiativen darüber.',
        },
        {
          id: 'hf09.umsetzung.ehrenamt-werben',
          title: 'Für ehrenamtliches Engagement werben',
          hint: 'Sprechen Sie alle Altersgruppen an, von Schulklassen bis zu aktiven Älteren, und zeigen Sie flexible Einsatzmöglichkeiten auf, um Sorgen vor zu viel Verpflichtung zu nehmen.',
        },
        {
          id: 'hf09.umsetzung.anerkennung',
          title: 'Formen der Anerkennung festlegen',
          hint: 'Planen Sie z. B. Aktionstage, eine Ehrenamtskarte oder einen Ideenwettbewerb mit Preisverleihung und klären Sie deren Finanzierung.',
        },
        {
          id: 'hf09.umsetzung.informationskanaele',
          title: 'Informationswege für Angehörige schaffen',
          hint: 'Nutzen Sie Website, Broschüren, Plakate und etwa Geburtstagsschreiben an ältere Menschen für Hinweise auf Hilfsangebote.',
        },
        {
          id: 'hf09.umsetzung.massnahmen-meilensteine',
          title: 'Maßnahmen mit Zuständigkeit und Zeitplan festlegen',
          hint: 'Halten Sie je Maßnahme Verantwortliche, Partner, Termine und eine Kennzahl fest, z. B. die Zahl unterstützter Initiativen.',
        },
      ],
    },
  ],
  recommendations: [
    'Veranstalten Sie Aktionstage oder -wochen Pflege, um pflegende Angehörige und Ehrenamtliche zu würdigen und zu informieren.',
    'Nutzen Sie Geburtstagsbesuche oder -schreiben, etwa ab 75 Jahren, um auf Unterstützungsangebote für Betroffene und Angehörige hinzuweisen.',
    'Würdigen Sie Engagement mit Ehrenamtskarten für Freizeitangebote und mit Preisen, z. B. über Ideenwettbewerbe.',
    'Machen Sie Schulungsangebote bekannt und unterstützen Sie Freiwilligenagenturen oder digitale Vermittlungsportale.',
    'Helfen Sie Initiativen bei Bürokratie, Förderanträgen und Öffentlichkeitsarbeit und stellen Sie kommunale Räume bereit.',
    'Fördern Sie ehrenamtliche Initiativen nach Möglichkeit auch finanziell.',
  ],
  challenges: [
    'Daten über pflegende Angehörige liegen den Kommunen aus Datenschutzgründen in der Regel nicht vor; die Gruppe ist nur indirekt erreichbar.',
    'Bürgerschaftliches Engagement ergänzt die professionelle Versorgung freiwillig, kann sie aber nicht ersetzen – das muss die Erwartungen an Ehrenamtliche prägen.',
    'Die Verankerung des Engagements unterscheidet sich regional stark, und viele Kreisplanungen analysieren das Feld noch nicht systematisch.',
  ],
  successFactors: [
    'Angehörige werden über Beratungsstellen und Pflegedienste sowie über allgemeine Kommunikation (Website, Broschüren, Plakate) erreicht.',
    'Die Kommune fördert und würdigt Engagement verlässlich und dauerhaft, ohne sich in die konkrete Umsetzung einzumischen.',
    'Fördermöglichkeiten der Pflegeversicherung (§§ 45a–d SGB XI) werden genutzt.',
  ],
  practiceExample: {
    district: 'Landkreis Bernkastel-Wittlich',
    title: 'Ideenwettbewerb „Zu Hause alt werden“',
    summary:
      'Seit 2010 zeichnet der Kreis jährlich örtliche Initiativen aus, die ein selbstständiges Leben im Alter zu Hause unterstützen und pflegende Angehörige entlasten; die Preisträger erhalten eine kleine Anschubfinanzierung und werden vom Landrat öffentlich geehrt. Die über 125 so gesammelten Hilfemodelle geben zugleich einen kreisweiten Überblick über Unterstützung vor Ort.',
    contact: 'Kreisverwaltung Bernkastel-Wittlich, Sozialplanung',
  },
  furtherReading: [
    'Bundesnetzwerk Bürgerschaftliches Engagement (BBE): Praxisleitfaden „Zusammenleben vor Ort – Ansätze für kommunale Engagementförderung“ (2020)',
    'Zentrum für Qualität in der Pflege (ZQP): Themenreport „Freiwilliges Engagement im pflegerischen Versorgungsmix“',
  ],
  source: bbsrGuideAt('Handlungsfeld 9, S. 22–23'),
};
