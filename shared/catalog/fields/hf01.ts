import type { ActionField } from '../types';
import { bbsrGuideAt } from '../sources';

export const hf01: ActionField = {
  id: 'hf01',
  number: 1,
  title: 'Hauptamtliche Personalstellen für Planung und Koordination in der Kreisverwaltung schaffen',
  shortTitle: 'Personalstellen Planung/Koordination',
  description:
    'Ohne eigenes Personal kann ein Landkreis Pflege weder planen noch koordinieren, moderieren oder unterstützen. Nur ein kleiner Teil der ländlichen, strukturschwachen Kreise hat eine Stelle, die allein dafür vorgesehen ist; viele verfügen nur über Stellenanteile oder gar nichts. Eine dauerhafte hauptamtliche Stelle, idealerweise mit sozialplanerischer oder pflegefachlicher Erfahrung besetzt, ist die Grundlage für ein nachhaltiges Engagement des Kreises.',
  steps: [
    {
      id: 'bestand',
      guidance:
        'Verschaffen Sie sich ein genaues Bild davon, wer in der Kreisverwaltung heute Aufgaben zu Senioren und Pflege wahrnimmt. Dazu zählen unbefristete Stellen und Stellenanteile, über Fördermittel befristete Projektstellen und vergleichbare Stellen in den kreisangehörigen Städten und Gemeinden. Halten Sie jeweils Umfang, Befristung, Finanzierung und organisatorische Anbindung fest.',
      tasks: [
        {
          id: 'hf01.bestand.stellen-im-stellenplan',
          title: 'Stellen im Stellenplan erfassen',
          hint: 'Gehen Sie den Stellenplan durch und notieren Sie alle unbefristeten Stellen, die ganz oder anteilig für Senioren und Pflege vorgesehen sind, jeweils mit ihrem VZÄ-Anteil.',
        },
        {
          id: 'hf01.bestand.organisatorische-zuordnung',
          title: 'Organisatorische Zuordnung dokumentieren',
          hint: 'Halten Sie fest, in welchem Amt, Fachbereich oder welcher Stabsstelle die Stellen angesiedelt sind und wem sie zuarbeiten.',
        },
        {
          id: 'hf01.bestand.befristete-projektstellen',
          title: 'Befristete, geförderte Stellen erfassen',
          hint: 'Erfassen Sie Projektstellen, die aus Fördermitteln bezahlt werden, mit Förderprogramm, Stellenumfang und Ende der Laufzeit.',
        },
        {
          id: 'hf01.bestand.stellen-in-gemeinden',
          title: 'Vergleichbare Stellen in den Gemeinden erheben',
          hint: 'Fragen Sie bei den kreisangehörigen Städten und Gemeinden nach, ob und in welchem Umfang dort Personal für Senioren- und Pflegethemen eingesetzt wird.',
        },
        {
          id: 'hf01.bestand.aufgaben-der-stellen',
          title: 'Heutige Aufgaben der Stellen beschreiben',
          hint: 'Notieren Sie, welche Planungs-, Koordinations- und Beratungsaufgaben tatsächlich erledigt werden und welche liegen bleiben.',
        },
      ],
    },
    {
      id: 'bedarf',
      guidance:
        'Prüfen Sie, ob die Bedarfe pflege- und unterstützungsbedürftiger Menschen im Kreis überhaupt vollständig bekannt sind und ob das vorhandene Personal die heutigen und absehbaren Aufgaben bewältigen kann. Begründen Sie mit Ist- und Prognosedaten sowie Studienergebnissen, ob und in welchem Umfang eine (zusätzliche) Stelle nötig ist.',
      tasks: [
        {
          id: 'hf01.bedarf.kenntnisstand-bedarfe',
          title: 'Kenntnisstand über die Bedarfe prüfen',
          hint: 'Klären Sie, für welche Zielgruppen und Gemeinden belastbare Informationen zu Pflege- und Unterstützungsbedarfen vorliegen und wo Wissenslücken bestehen.',
        },
        {
          id: 'hf01.bedarf.aufgaben-heute-und-kuenftig',
          title: 'Heutige und absehbare Aufgaben auflisten',
          hint: 'Stellen Sie zusammen, welche kommunalen Aktivitäten anstehen, etwa Pflegeplanung, Netzwerkarbeit oder Fördermittelakquise (Handlungsfelder 3 bis 5).',
        },
        {
          id: 'hf01.bedarf.abdeckung-durch-personal',
          title: 'Abdeckung durch vorhandenes Personal bewerten',
          hint: 'Vergleichen Sie den Aufgabenumfang mit den vorhandenen Stellenanteilen und beziffern Sie die Lücke möglichst in VZÄ.',
        },
        {
          id: 'hf01.bedarf.ist-und-prognosedaten',
          title: 'Ist- und Prognosedaten zusammenstellen',
          hint: 'Zeigen Sie mit Bevölkerungsvorausberechnung und Pflegestatistik, wie sich die Zahl älterer und pflegebedürftiger Menschen im Kreis entwickelt.',
        },
        {
          id: 'hf01.bedarf.mehrwert-der-stelle',
          title: 'Mehrwert einer zusätzlichen Stelle begründen',
          hint: 'Führen Sie Daten und Studienerkenntnisse zu einer Begründung zusammen, die auch mögliche Entlastungen zeigt, etwa geringere Ausgaben für Hilfe zur Pflege.',
        },
      ],
    },
    {
      id: 'umsetzung',
      guidance:
        'Bereiten Sie die Entscheidung so vor, dass Verwaltungsspitze und Kreistag sie mittragen können: mit klarer Argumentation, Stellenbeschreibung und Finanzierungsweg. Stellenbezogene Fördermittel können den Einstieg erleichtern, Ziel bleibt aber eine unbefristete Finanzierung über den Stellenplan. Planen Sie Besetzung, Einarbeitung und Bekanntmachung der Stelle gleich mit.',
      tasks: [
        {
          id: 'hf01.umsetzung.argumentation-kreistag',
          title: 'Argumentation für Verwaltungsspitze und Kreistag aufbereiten',
          hint: 'Fassen Sie Bedarf, Aufgaben und erwarteten Nutzen knapp zusammen und gewinnen Sie Landrätin oder Landrat bzw. das Sozialdezernat als Fürsprecher.',
        },
        {
          id: 'hf01.umsetzung.stellenbeschreibung',
          title: 'Stellenbeschreibung erarbeiten und bewerten lassen',
          hint: 'Beschreiben Sie Aufgaben, Anforderungen und Anbindung der Stelle und lassen Sie sie tariflich bewerten.',
        },
        {
          id: 'hf01.umsetzung.stellenplanentwurf',
          title: 'Stelle im Stellenplanentwurf verankern',
          hint: 'Bringen Sie die Stelle rechtzeitig mit der Haushaltsplanung in den Stellenplanentwurf ein; in der Haushaltssicherung ist meist die Zustimmung der Kommunalaufsicht nötig.',
        },
        {
          id: 'hf01.umsetzung.stellenfoerderung-pruefen',
          title: 'Stellenbezogene Förderung prüfen',
          hint: 'Recherchieren Sie regelmäßig Programme von EU, Bund und Land (z. B. Projektförderung, Pflegebudgets) und deren Bedingungen, um eine Stelle übergangsweise zu finanzieren.',
        },
        {
          id: 'hf01.umsetzung.besetzung-und-einarbeitung',
          title: 'Besetzung und Einarbeitung planen',
          hint: 'Sprechen Sie geeignete Personen auch über Kontakte zu Gemeinden, Trägern und Vereinen an und sehen Sie ein ämterübergreifendes Einarbeitungs- und Vernetzungsprogramm vor.',
        },
        {
          id: 'hf01.umsetzung.stelle-bekannt-machen',
          title: 'Stelle im Kreis bekannt machen',
          hint: 'Stellen Sie die neue Ansprechperson aktiv bei Gemeinden, Trägern und Gremien vor, damit ihr Angebot genutzt wird.',
        },
        {
          id: 'hf01.umsetzung.zeitplan-meilensteine',
          title: 'Zeitplan mit Meilensteinen festlegen',
          hint: 'Legen Sie Termine für Beschluss, Ausschreibung, Besetzung und einen ersten Tätigkeitsbericht fest und prüfen Sie den Stand regelmäßig.',
        },
      ],
    },
  ],
  recommendations: [
    'Besetzen Sie die Stelle mit fachlich qualifizierten Personen, die Praxiserfahrung mitbringen und die handelnden Akteure bereits kennen.',
    'Achten Sie auf Personen, die im Kreis gut vernetzt und bekannt sind und als Multiplikatoren wirken können.',
    'Suchen Sie Menschen, die sich mit Empathie und Engagement für das Thema einsetzen, lösungsorientiert arbeiten und gut kommunizieren.',
    'Sichern Sie die Stelle unbefristet über den Stellenplan ab, damit das Thema dauerhaft bearbeitet wird.',
    'Binden Sie neue Stelleninhaberinnen und Stelleninhaber über ein aktives, ämterübergreifendes Einarbeitungs- und Vernetzungsprogramm ein.',
    'Holen Sie zusätzliche Unterstützung für das Thema ins Boot, zum Beispiel einen Seniorenbeirat.',
  ],
  challenges: [
    'Die Finanzierung einer unbefristeten Stelle ist in der Regel die größte Hürde.',
    'Befindet sich der Kreis in der Haushaltssicherung, muss meist die Kommunalaufsicht einer zusätzlichen Stelle zustimmen.',
    'Auf einem angespannten Bewerbermarkt sind geeignete Kandidatinnen und Kandidaten schwer zu finden.',
    'Eine neue Stelle wird von den Akteuren im Kreis nicht automatisch wahrgenommen oder akzeptiert.',
  ],
  successFactors: [
    'Senioren und Pflege werden zur „Chefsache“ von Landrätin oder Landrat bzw. Sozialdezernat.',
    'Fördermittel überbrücken kurzfristig die Zeit bis zu einer Regelfinanzierung.',
    'Statistiken und Studien belegen den Mehrwert der Stelle und mögliche finanzielle Entlastungen.',
    'Kontakte zu Gemeinden, Trägern und Vereinen helfen, passende Personen gezielt anzusprechen.',
    'Aktive Öffentlichkeitsarbeit macht die Stelle schnell bekannt.',
  ],
  practiceExample: {
    district: 'Landkreis Oberspreewald-Lausitz',
    title: 'Sozialplanung und Seniorenarbeit als Stabsstelle im Sozialamt',
    summary:
      'Seit 1998 bündelt eine Stabsstelle im Sozialamt Sozialplanung und Seniorenbeauftragung; auf Basis kreisweiter seniorenpolitischer Leitlinien überprüft sie regelmäßig mit Kreisseniorenrat, örtlichen Seniorenbeiräten und Gemeinden, wie weit die vereinbarten Schritte umgesetzt sind. Sie arbeitet eng mit dem Pflegenetzwerk des Kreises (Gerontopsychiatrisch-Geriatrischer Verbund e. V.) zusammen, gibt einen Seniorenwegweiser sowie Sozialdatenberichte und Pflegeanalysen heraus und ehrt in einer jährlichen Seniorenwoche Ehrenamtliche.',
    contact: 'Kreissozialamt Oberspreewald-Lausitz, Sozialplanung und Seniorenarbeit',
  },
  furtherReading: [
    'FAPIQ – Fachstelle Altern und Pflege im Quartier (Brandenburg): „Pflege vor Ort“, Podcast-Gespräch mit der Sozialplanerin des Landkreises Havelland',
    'Kuratorium Deutsche Altershilfe (KDA): Strukturreform Pflege und Teilhabe II – Pflegepolitik als Gesellschaftspolitik',
    'Ergänzend: Landeshauptstadt Magdeburg: Aufgabenprofil der neu geschaffenen Stelle „Koordinator*in für die Belange älterer Menschen“ (2020)',
  ],
  source: bbsrGuideAt('Handlungsfeld 1, S. 6–7'),
};
