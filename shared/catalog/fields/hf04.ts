import type { ActionField } from '../types';
import { bbsrGuideAt } from '../sources';

export const hf04: ActionField = {
  id: 'hf04',
  number: 4,
  title: 'Aufbruchstimmung durch partizipative Planungen und Konzepte erzeugen',
  shortTitle: 'Partizipative Planung',
  description:
    'Nachdem sich viele Kommunen mit Einführung der Pflegeversicherung aus der Pflegeplanung zurückgezogen hatten, hat inzwischen die Mehrheit der Landkreise wieder ein Planungsdokument oder Konzept für die Pflege – meist aufgrund landesrechtlicher Vorgaben, etwa als Pflegestrukturplanung oder seniorenpolitisches Gesamtkonzept. Auch ohne Rechtsverbindlichkeit geben solche Planungen Orientierung, fördern die Vernetzung und können bei Gemeinden und Trägern Aufbruchstimmung erzeugen. Schwierig ist vor allem, die Beteiligten auch in der Umsetzung und bei Fortschreibungen dabeizuhalten.',
  steps: [
    {
      id: 'bestand',
      guidance:
        'Klären Sie, worauf Sie aufbauen können: vorhandene Planungsunterlagen und Daten des Kreises, der Region und der Gemeinden, Vorgaben und Hilfen des Landes sowie die eigenen personellen und finanziellen Ressourcen für den Planungsprozess. Erfassen Sie außerdem die Akteure, die an der Planung beteiligt werden sollten.',
      tasks: [
        {
          id: 'hf04.bestand.planungsunterlagen',
          title: 'Vorhandene Planungsunterlagen sammeln',
          hint: 'Tragen Sie bestehende Pflege-, Altenhilfe- und Sozialplanungen, Berichte und Konzepte des Kreises, der Region und der Gemeinden zusammen.',
        },
        {
          id: 'hf04.bestand.datenquellen',
          title: 'Verfügbare Datenquellen erfassen',
          hint: 'Notieren Sie Ist- und Prognosedaten mit Quelle und Stand, etwa Bevölkerungsvorausberechnung, Pflegestatistik und Angebotsübersichten.',
        },
        {
          id: 'hf04.bestand.landesvorgaben',
          title: 'Landesvorgaben und Unterstützungsangebote prüfen',
          hint: 'Klären Sie, ob Ihr Land eine kommunale Pflegeplanung vorschreibt und ob es Arbeitshilfen oder Beratung durch landesweite Fachstellen gibt.',
        },
        {
          id: 'hf04.bestand.stakeholder',
          title: 'Relevante Stakeholder erfassen',
          hint: 'Halten Sie fest, welche Gemeinden, Träger, Kassen, Beiräte und Initiativen von der Planung betroffen sind oder zu ihr beitragen können.',
        },
        {
          id: 'hf04.bestand.ressourcen-planungsprozess',
          title: 'Personal und Mittel für den Planungsprozess klären',
          hint: 'Prüfen Sie, wie viel eigene Arbeitszeit zur Verfügung steht und ob Mittel für externe Unterstützung, etwa Analysen oder Moderation, vorhanden sind.',
        },
      ],
    },
    {
      id: 'bedarf',
      guidance:
        'Legen Sie den Zuschnitt der Planung fest: welche Handlungsfelder sie umfasst, welche Daten ausgewertet und welche Akteure mit welchen Methoden beteiligt werden. Verbinden Sie kleinräumige, vorausschauende Datenanalysen mit qualitativen Erhebungen wie Befragungen, Workshops oder Planungswerkstätten und beschreiben Sie je Handlungsfeld Ausgangslage, Ziele und Lücken.',
      tasks: [
        {
          id: 'hf04.bedarf.handlungsfelder-festlegen',
          title: 'Handlungsfelder der Planung festlegen',
          hint: 'Entscheiden Sie, welche Themen die Planung abdeckt; eine ganzheitliche Sicht verbindet etwa Pflege, Wohnen, Teilhabe, Beratung und Vernetzung.',
        },
        {
          id: 'hf04.bedarf.kleinraeumige-analyse',
          title: 'Kleinräumige Bedarfsanalyse anlegen',
          hint: 'Legen Sie Planungsbereiche, Basisjahr und Prognosehorizont fest und bestimmen Sie, welche Kennzahlen je Gemeinde berechnet werden.',
        },
        {
          id: 'hf04.bedarf.beteiligungsmethoden',
          title: 'Beteiligungsmethoden auswählen',
          hint: 'Wählen Sie passend zu den Stakeholdern Befragungen, Workshops, Foren, Bürgerdialoge oder Planungswerkstätten aus.',
        },
        {
          id: 'hf04.bedarf.beteiligung-dokumentieren',
          title: 'Beteiligungsformate durchführen und dokumentieren',
          hint: 'Halten Sie Termine, beteiligte Organisationen, Arbeitsgruppen und Ergebnisse fest, damit sich daraus später Maßnahmen ableiten lassen.',
        },
        {
          id: 'hf04.bedarf.ist-ziel-abgleich',
          title: 'Ausgangslage und Ziele je Handlungsfeld beschreiben',
          hint: 'Stellen Sie für jedes Handlungsfeld den Ist-Zustand, die angestrebten Ziele und die Lücken dazwischen gegenüber.',
        },
      ],
    },
    {
      id: 'umsetzung',
      guidance:
        'Ein Konzept wirkt nur, wenn es verbindlich ist und tatsächlich umgesetzt wird. Übersetzen Sie die Analyseergebnisse in Maßnahmen mit Zuständigkeiten und Zeitrahmen, bündeln Sie diese in einem Meilensteinplan und holen Sie einen Beschluss der Gremien ein. Beziehen Sie die betroffenen Akteure von Anfang an in die Umsetzung ein, berichten Sie offen über den Stand und evaluieren Sie die Maßnahmen systematisch.',
      tasks: [
        {
          id: 'hf04.umsetzung.massnahmen-ableiten',
          title: 'Maßnahmen aus den Ergebnissen ableiten',
          hint: 'Formulieren Sie zu jeder erkannten Lücke konkrete Maßnahmen mit verantwortlichen Akteuren, Partnern und Priorität.',
        },
        {
          id: 'hf04.umsetzung.meilensteinplan',
          title: 'Meilensteinplan erstellen',
          hint: 'Ordnen Sie die Maßnahmen mit Zeitrahmen und Meilensteinen in einem verständlichen Plan, der sich an Politik und Partner weitergeben lässt.',
        },
        {
          id: 'hf04.umsetzung.beschluss-kreistag',
          title: 'Beschluss im Kreistag herbeiführen',
          hint: 'Lassen Sie Konzept und Meilensteinplan über den Fachausschuss vom Kreistag beschließen, um Verbindlichkeit zu schaffen.',
        },
        {
          id: 'hf04.umsetzung.akteure-einbinden',
          title: 'Betroffene Akteure in die Umsetzung einbinden',
          hint: 'Beteiligen Sie Gemeinden, Träger und Dienstleister, die Empfehlungen umsetzen sollen, verbindlich an den jeweiligen Maßnahmen.',
        },
        {
          id: 'hf04.umsetzung.finanzierung-klaeren',
          title: 'Finanzierung der Maßnahmen klären',
          hint: 'Prüfen Sie neben Haushaltsmitteln auch Mittel der Pflegeversicherung, etwa die Netzwerkförderung nach § 45c Abs. 9 oder Angebote zur Unterstützung im Alltag nach § 45a SGB XI.',
        },
        {
          id: 'hf04.umsetzung.monitoring-evaluation',
          title: 'Monitoring und Evaluation aufsetzen',
          hint: 'Legen Sie Indikatoren, Berichtsrhythmus und Evaluationszeitpunkt fest und informieren Sie regelmäßig über den Umsetzungsstand.',
        },
        {
          id: 'hf04.umsetzung.fortschreibung',
          title: 'Fortschreibung der Planung terminieren',
          hint: 'Planen Sie die nächste Auflage, z. B. zum Ende einer Wahlperiode, und sichern Sie auch dafür die Beteiligung der Akteure.',
        },
      ],
    },
  ],
  recommendations: [
    'Betrachten Sie in der kommunalen Pflegestrategie mehrere Handlungsfelder und verknüpfen Sie sie, um die Lebenswelt pflege- und hilfsbedürftiger Menschen ganzheitlich abzubilden.',
    'Eine Orientierung bieten etwa die bayerischen Empfehlungen für seniorenpolitische Gesamtkonzepte: elf Handlungsfelder, gruppiert in vier Themenbereiche (Unterstützung und Pflege, Wohnen, Soziales, Information und Kooperation).',
    'Kombinieren Sie quantitative Datenanalysen mit qualitativen Primärerhebungen wie Befragungen, Workshops, Foren und Planungswerkstätten.',
    'Machen Sie die Planungsergebnisse transparent und binden Sie die von den Empfehlungen betroffenen Akteure von Anfang an in die Umsetzung ein.',
  ],
  challenges: [
    'Strategiepapiere werden oft nur unzureichend in die Praxis überführt.',
    'Ohne Verbindlichkeit bleibt ein Planungsdokument meist folgenlos.',
    'Die Beteiligung wichtiger Akteursgruppen lässt sich schwer dauerhaft sichern – bis in die Umsetzung und die nächste Fortschreibung.',
  ],
  successFactors: [
    'Betroffene wirken schon bei der Planung mit und bringen sich dadurch eigenverantwortlich in die Umsetzung ein.',
    'Die Maßnahmen sind mit Zuständigkeiten und Zeitrahmen in einem verständlichen Meilensteinplan aufbereitet und werden offen kommuniziert.',
    'Ein systematisches Monitoring mit Berichterstattung und Evaluation begleitet die Umsetzung.',
    'Beschlossene Maßnahmen werden, wo möglich, aus der Pflegeversicherung mitfinanziert (§ 45c Abs. 9 bzw. § 45a SGB XI).',
  ],
  practiceExample: {
    district: 'Landkreis Rottal-Inn',
    title: 'Seniorenpolitisches Gesamtkonzept (SPGK)',
    summary:
      'Aufgrund einer landesrechtlichen Pflicht erstellte der bayerische Kreis 2014 erstmals ein seniorenpolitisches Gesamtkonzept unter dem Leitsatz „vom Bürger für die Bürger“ – gemeinsam mit älteren Menschen, regionalen Akteuren und Fachleuten, mit Ist-Stand, Zielen und Maßnahmen für elf Handlungsfelder. Sozialraumanalyse und Workshop-Moderation wurden extern vergeben, eine hauptamtliche Stelle begleitet die Umsetzung; alle sechs Jahre wird das Konzept mit Kommunen, Einrichtungen und Seniorenbeauftragten evaluiert und fortgeschrieben.',
    contact: 'Landratsamt Rottal-Inn, Gruppe Soziale Entwicklung',
  },
  furtherReading: [
    'Freistaat Bayern: Arbeitshilfe Seniorenpolitische Gesamtkonzepte',
    'Landeszentrale für Gesundheitsförderung in Rheinland-Pfalz: Arbeitshilfe zur Pflegestrukturplanung in Rheinland-Pfalz (3. Auflage, 2019)',
    'Forschungsgesellschaft für Gerontologie (TU Dortmund): Kommunale Altenberichterstattung in NRW – eine Arbeitshilfe für Kommunen',
    'Status quo der Senioren- und Pflegeplanung und Handlungsempfehlungen für Kommunen (Buchbeitrag, Springer)',
    'Ergänzend: Landeshauptstadt Dresden: Fachplan Seniorenarbeit und Altenhilfe (Stadtratsbeschluss 2022) – Beispiel für Planungsbereiche, Betreuungsschlüssel und Soll-Ist-Vergleich',
  ],
  source: bbsrGuideAt('Handlungsfeld 4, S. 12–13'),
};
