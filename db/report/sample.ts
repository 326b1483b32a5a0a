/**
 * What the report adds to the sample plan Lüchow-Dannenberg: an invented Vorwort and a note on
 * the update cycle as the planner's own texts, so the sample shows where own text appears.
 */
import type { PlanSession } from '../session';
import { saveChapterSetting } from './settings';

export async function addReportToSample(session: PlanSession): Promise<void> {
  await saveChapterSetting(session, {
    chapterId: 'vorwort',
    enabled: true,
    ownText:
      'Liebe Leserinnen und Leser,\n\nimmer mehr Menschen im Wendland werden älter, und viele von ihnen möchten so lange wie möglich in ihrer Gemeinde leben. Dieser Bericht zeigt, wo wir heute stehen, was bis 2030 auf uns zukommt und was Kreis, Gemeinden und Partner gemeinsam tun wollen. (Beispieltext)\n\nDer Landrat (Beispiel)',
  });
  await saveChapterSetting(session, {
    chapterId: 'monitoring',
    enabled: true,
    ownText: 'Die Pflegekonferenz berät den Stand der Maßnahmen einmal im Jahr; der Sozialausschuss erhält den Monitoring-Bericht jeweils im Herbst. (Beispieltext)',
  });
}
