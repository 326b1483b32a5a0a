import type { ActionField } from '../types';
import { bbsrGuideAt } from '../sources';

export const hf05: ActionField = {
  id: 'hf05',
  number: 5,
  title: 'Die Fördermittelakquise und -vergabe strategisch ausrichten',
  shortTitle: 'Fördermittelakquise',
  description:
    'Weil gestaltende Pflegeaufgaben der Kreise in ländlichen, strukturschwachen Räumen selten ausreichend regelfinanziert sind, spielen Fördermittel eine große Rolle. Strategisch eingesetzt, stoßen sie Strukturen an, die auch nach Ende der Förderung weiterwirken. Der Kreis kann zudem als „Förderlotse“ Gemeinden und Initiativen unterstützen und mit kleinen eigenen Förderbeträgen Impulse vor Ort setzen.',
  steps: [
    {
      id: 'bestand',
      guidance:
        'Behalten Sie laufende und angekündigte Förderprogramme von EU, Bund, Land und Stiftungen sowie die bereits genutzten Fördermittel im Kreis fortlaufend im Blick. Halten Sie je Programm Fördergeber, Frist, Fördersumme, Bedingungen und Bearbeitungsstand fest, damit keine Chance ungenutzt verstreicht.',
      tasks: [
        {
          id: 'hf05.bestand.programme-recherchieren',
          title: 'Förderprogramme regelmäßig recherchieren',
          hint: 'Nutzen Sie für den Einstieg z. B. die Förderdatenbank des Bundes sowie die Seiten von Ministerien, nachgeordneten Behörden, EU-Stellen und Stiftungen.',
        },
        {
          id: 'hf05.bestand.programmuebersicht',
          title: 'Programmübersicht mit Eckdaten führen',
          hint: 'Erfassen Sie je Programm Fördergeber, Antragsfrist, Fördersumme, Eigenanteil, Bedingungen und Status.',
        },
        {
          id: 'hf05.bestand.laufende-foerderungen',
          title: 'Laufende Förderprojekte im Kreis erfassen',
          hint: 'Notieren Sie, welche Vorhaben in Kreis und Gemeinden derzeit gefördert werden und wann die Förderung jeweils endet.',
        },
        {
          id: 'hf05.bestand.foerderlotsen-vor-ort',
          title: 'Förderlotsen und Förderscouts in der Region ermitteln',
          hint: 'Prüfen Sie, ob es in der Region Stellen gibt, die bei der Orientierung in der Förderlandschaft helfen.',
        },
      ],
    },
    {
      id: 'bedarf',
      guidance:
        'Prüfen Sie – am besten auf Grundlage der Kreispflegeplanung –, in welchen Handlungsfeldern Bedarfslücken bestehen, die der Kreis nicht aus eigenen Mitteln schließen kann. Ordnen Sie diesen Lücken passende Programme zu und bewerten Sie, ob sich die Vorhaben nach Förderende in bestehende Strukturen überführen lassen.',
      tasks: [
        {
          id: 'hf05.bedarf.ungedeckte-luecken',
          title: 'Nicht gedeckte Bedarfslücken bestimmen',
          hint: 'Leiten Sie aus den Ergebnissen der anderen Handlungsfelder ab, welche Lücken sich mit eigenen Ressourcen nicht schließen lassen.',
        },
        {
          id: 'hf05.bedarf.programme-zuordnen',
          title: 'Passende Programme den Lücken zuordnen',
          hint: 'Gleichen Sie Förderziele, Zielgruppen und Bedingungen der Programme mit den festgestellten Lücken ab.',
        },
        {
          id: 'hf05.bedarf.nachhaltigkeit-bewerten',
          title: 'Nachhaltigkeit nach Förderende bewerten',
          hint: 'Prüfen Sie je Vorhaben, ob Wissen und Strukturen an Bestehendes andocken können und wie eine Anschlussfinanzierung aussehen könnte.',
        },
        {
          id: 'hf05.bedarf.vorhaben-gemeinden-initiativen',
          title: 'Förderbedarf von Gemeinden und Initiativen erfragen',
          hint: 'Erkundigen Sie sich, welche Vorhaben Gemeinden, Träger und ehrenamtliche Initiativen mit Fördermitteln umsetzen möchten.',
        },
      ],
    },
    {
      id: 'umsetzung',
      guidance:
        'Stimmen Sie mit der Verwaltungsspitze inhaltliche Leitplanken ab und beteiligen Sie sich nur an Programmen, deren Ergebnisse dauerhaft genutzt werden können. Klären Sie Eigenanteile, Zuständigkeiten für Antrag und Projektsteuerung sowie frühzeitig den Weg in eine zumindest teilweise Regelfinanzierung. Bauen Sie Know-how in der Fördermittelakquise auf und machen Sie Ihre Bedarfe bei Fördergebern bekannt.',
      tasks: [
        {
          id: 'hf05.umsetzung.leitplanken-abstimmen',
          title: 'Förderleitplanken mit der Verwaltungsspitze abstimmen',
          hint: 'Legen Sie fest, für welche Themen und unter welchen Bedingungen sich der Kreis an Förderprogrammen beteiligt.',
        },
        {
          id: 'hf05.umsetzung.eigenanteil-und-zustaendigkeit',
          title: 'Eigenanteil und Zuständigkeiten klären',
          hint: 'Sichern Sie die Kofinanzierung im Haushalt und bestimmen Sie, wer Antrag, Abrechnung und Projektsteuerung übernimmt.',
        },
        {
          id: 'hf05.umsetzung.regelfinanzierung-vorbereiten',
          title: 'Übergang in die Regelfinanzierung vorbereiten',
          hint: 'Sprechen Sie früh mit Verwaltungsspitze und Kreispolitik über eine Anschlussfinanzierung und planen Sie die Entscheidung als Meilenstein ein.',
        },
        {
          id: 'hf05.umsetzung.weiterbildung',
          title: 'Weiterbildung zur Fördermittelakquise nutzen',
          hint: 'Angebote gibt es etwa bei kommunalen Bildungswerken oder beim Deutschen Verein für öffentliche und private Fürsorge.',
        },
        {
          id: 'hf05.umsetzung.kontakt-foerdergeber',
          title: 'Kontakte zu Fördergebern pflegen',
          hint: 'Stellen Sie Ihre Bedarfe bei Landesministerien und Stiftungen vor, um früh von neuen Programmen zu erfahren.',
        },
        {
          id: 'hf05.umsetzung.foerderlotse',
          title: 'Förderhinweise an Gemeinden und Initiativen weitergeben',
          hint: 'Leiten Sie passende Ausschreibungen regelmäßig weiter und unterstützen Sie Anträge bei Bedarf mit einem Empfehlungsschreiben des Kreises.',
        },
        {
          id: 'hf05.umsetzung.erfolge-kommunizieren',
          title: 'Erfolge geförderter Projekte kommunizieren',
          hint: 'Berichten Sie regelmäßig über Fortschritt und Nutzen, damit Verwaltungsspitze und Politik eine Folgefinanzierung in Betracht ziehen.',
        },
      ],
    },
  ],
  recommendations: [
    'Beteiligen Sie sich innerhalb abgestimmter inhaltlicher Leitplanken nur an Programmen, die über Wissenstransfer und Anbindung an bestehende Strukturen dauerhaft wirken.',
    'Wirken Sie bei ausreichender Kapazität als „Förderlotse“: Geben Sie passende Ausschreibungen an Gemeinden, Träger und Ehrenamtsinitiativen weiter und unterstützen Sie Anträge mit Empfehlungsschreiben.',
    'Fehlt eigenes Personal, können spezialisierte Fördermittelberatungen eine effiziente Alternative sein.',
    'Loben Sie mit kleinen eigenen Mitteln einen Ideenwettbewerb aus, um vorbildliche örtliche Initiativen zu fördern und bekannt zu machen (vgl. Praxisbeispiel in Handlungsfeld 9).',
  ],
  challenges: [
    'Die größte Hürde ist, geförderte Maßnahmen in die Regelfinanzierung zu überführen.',
    'Projektgebundene Förderung schafft Abhängigkeiten; Kreise und Gemeinden wünschen sich verlässlichere Finanzierungsstrukturen.',
  ],
  successFactors: [
    'Frühzeitige Absprachen mit Verwaltungsspitze und Kreispolitik sichern zumindest eine teilweise Anschlussfinanzierung.',
    'Programme mit starkem lokalem Bezug bringen in Gemeinden teils erstmals Strategieprozesse und kleinräumige Analysen in Gang.',
    'Regelmäßige Erfolgsmeldungen rücken Projekte in den Blick von Verwaltungsspitze und Politik und erhöhen die Chance auf eine Folgefinanzierung.',
  ],
  practiceExample: {
    district: 'Landkreis Elbe-Elster',
    title: 'Fördermittel für ein breiteres Beratungsangebot',
    summary:
      'Die Stabsstelle Sozialplanung und Daseinsvorsorge beantragt seit Jahren gezielt nur Fördermittel, deren Ergebnisse sich in vorhandene Strukturen einfügen und nach Förderende weiter nutzen lassen; für Modellprojekte arbeitet sie mit einer regionalen Hochschule zusammen. So entstanden unter anderem Beratungsangebote zu alternativen Wohnformen und altersgerechter Technik, deren Wissen heute der Pflegestützpunkt nutzt; eine Konzertreihe für Menschen mit Demenz ist bereits regelfinanziert.',
    contact: 'Landkreis Elbe-Elster, Stabsstelle Sozialplanung und Daseinsvorsorge',
  },
  furtherReading: [
    'PD – Berater der öffentlichen Hand / Deutscher Städtetag: Analyse der kommunalen Förderlandschaft (Studie, 2021)',
    'BBSR: Kommunale Finanzen und Fördermittel – Kurzexpertise (BBSR-Online-Publikation 22/2021)',
    'Förderdatenbank des Bundes (foerderdatenbank.de)',
  ],
  source: bbsrGuideAt('Handlungsfeld 5, S. 14–15'),
};
