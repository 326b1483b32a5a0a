/** Schemas of issue #10: the Pflegestrukturbericht (chapter settings, outline, generation). */
import { z } from 'zod';
import { REPORT_CHAPTER_IDS } from '../report/chapters';

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'Datum bitte als JJJJ-MM-TT.');
const optionalPath = z.string().trim().max(4000).nullable();

export const chapterOutlineSchema = z.object({
  id: z.enum(REPORT_CHAPTER_IDS),
  title: z.string(),
  enabled: z.boolean(),
  ownText: z.string(),
  hasContent: z.boolean(),
  number: z.number().nullable(),
  figures: z.number(),
  tables: z.number(),
  headings: z.array(z.string()),
});
export type ChapterOutlineDto = z.infer<typeof chapterOutlineSchema>;

export const chapterSettingInputSchema = z.object({
  chapterId: z.enum(REPORT_CHAPTER_IDS, { message: 'Unbekanntes Kapitel.' }),
  enabled: z.boolean(),
  ownText: z.string().max(50_000, 'Der eigene Text ist zu lang (höchstens 50.000 Zeichen).'),
});

export const reportGenerateInputSchema = z.object({
  today: isoDate,
  /** Where to save the PDF; null = only return it (download). */
  pdfPath: optionalPath,
  /** Where to save the Word file; null = only return it. */
  docxPath: optionalPath,
  /** Preview: lay out the PDF only, to count pages; nothing is saved. */
  previewOnly: z.boolean().default(false),
});
export type ReportGenerateInput = z.infer<typeof reportGenerateInputSchema>;

const fileSchema = z.object({ fileName: z.string(), path: z.string().nullable(), bytes: z.number(), base64: z.string() });

export const reportResultSchema = z.object({
  pages: z.number(),
  /** First page of each included chapter, by chapter id. */
  chapterPages: z.record(z.string(), z.number()),
  pdf: fileSchema.nullable(),
  docx: fileSchema.nullable(),
});
export type ReportResult = z.infer<typeof reportResultSchema>;
