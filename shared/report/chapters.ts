/**
 * The chapters of the Pflegestrukturbericht, in report order. The ids are stable: the plan
 * stores its per-chapter settings (on/off, own text) under them (table report_chapter).
 */
export const REPORT_CHAPTERS = [
  { id: 'vorwort', title: 'Vorwort' },
  { id: 'auftrag', title: 'Ziel, Auftrag und Rechtsgrundlagen' },
  { id: 'bevoelkerung', title: 'Der Landkreis und seine Bevölkerung' },
  { id: 'pflegebeduerftigkeit', title: 'Pflegebedürftigkeit' },
  { id: 'bestand', title: 'Bestand an Angeboten' },
  { id: 'personal', title: 'Personal' },
  { id: 'prognose', title: 'Prognose der Pflegebedürftigen' },
  { id: 'bedarf', title: 'Bedarfsermittlung' },
  { id: 'gemeinden', title: 'Gemeindeprofile' },
  { id: 'beteiligung', title: 'Beteiligung' },
  { id: 'massnahmen', title: 'Handlungsfelder und Maßnahmen' },
  { id: 'monitoring', title: 'Monitoring und Fortschreibung' },
  { id: 'anhang', title: 'Anhang' },
] as const;

export type ReportChapterId = (typeof REPORT_CHAPTERS)[number]['id'];
export const REPORT_CHAPTER_IDS = REPORT_CHAPTERS.map((c) => c.id) as [ReportChapterId, ...ReportChapterId[]];

export function isReportChapterId(value: string): value is ReportChapterId {
  return (REPORT_CHAPTER_IDS as string[]).includes(value);
}

/** The planner's choice for one chapter; chapters without a stored row use these defaults. */
export interface ChapterSetting {
  chapterId: ReportChapterId;
  enabled: boolean;
  ownText: string;
}

export const defaultChapterSetting = (chapterId: ReportChapterId): ChapterSetting => ({ chapterId, enabled: true, ownText: '' });
