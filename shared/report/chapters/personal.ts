/** Kapitel Personal: staff in care by qualification, the staff need and gap (field 6), and the planning posts (Soll-Ist). */
import { SETTING_LABELS } from '../../needs/careRates';
import { STAFF_CATEGORY_LABELS, type StaffCategory } from '../../stock/registers';
import type { Block, Cell } from '../model';
import { barChart } from '../svg/barChart';
import { dec, KREIS, type ReportView, sourcesOf } from '../view';

export function personal(v: ReportView): Block[] {
  const a = v.analysis;
  const blocks: Block[] = [];
  const gap = a.staffGap;
  if (gap && gap.rows.length > 0) {
    const source = sourcesOf(gap.explanation);
    blocks.push({
      kind: 'paragraph',
      text: `Die Tabelle vergleicht das Personal der erfassten Pflegedienste und Pflegeheime mit dem Personal, das die Zahl der Pflegebedürftigen im Jahr ${gap.year} erfordert. Eine positive Lücke heißt: Es fehlen Vollzeitstellen; eine negative: Der Bestand reicht rechnerisch aus.`,
    });
    blocks.push({
      kind: 'table',
      caption: `Personal in der Pflege nach Qualifikation: Bestand, Bedarf ${gap.year} und Lücke (VZÄ)`,
      source,
      explain: gap.explanation,
      columns: [
        { label: 'Leistungsart', weight: 3 },
        { label: 'Fälle', align: 'right' },
        { label: 'Fachkräfte Bestand', align: 'right' },
        { label: 'Fachkräfte Bedarf', align: 'right' },
        { label: 'Fachkräfte Lücke', align: 'right' },
        { label: 'Hilfskräfte Bestand', align: 'right' },
        { label: 'Hilfskräfte Bedarf', align: 'right' },
        { label: 'Hilfskräfte Lücke', align: 'right' },
      ],
      rows: gap.rows.map((r): Cell[] => [SETTING_LABELS[r.setting], dec(r.cases, 0), dec(r.currentFachkraft), dec(r.requiredFachkraft), dec(r.gapFachkraft), dec(r.currentHilfskraft), dec(r.requiredHilfskraft), dec(r.gapHilfskraft)]),
    });
    blocks.push({
      kind: 'figure',
      caption: `Personal Bestand und Bedarf ${gap.year} nach Leistungsart (VZÄ)`,
      source,
      explain: gap.explanation,
      ...barChart({
        categories: gap.rows.map((r) => SETTING_LABELS[r.setting]),
        series: [
          { name: 'Fachkräfte Bestand', values: gap.rows.map((r) => r.currentFachkraft), color: '#1f4e8c' },
          { name: `Fachkräfte Bedarf ${gap.year}`, values: gap.rows.map((r) => r.requiredFachkraft), color: '#8fb3e0' },
          { name: 'Hilfskräfte Bestand', values: gap.rows.map((r) => r.currentHilfskraft), color: '#b3541e' },
          { name: `Hilfskräfte Bedarf ${gap.year}`, values: gap.rows.map((r) => r.requiredHilfskraft), color: '#e8b08c' },
        ],
        label: 'Personal Bestand und Bedarf',
        yTitle: 'VZÄ',
        height: 230,
      }),
    });
  }
  for (const s of a.staffing) {
    const rows = s.rows.filter((r) => r.key === KREIS && v.milestoneYears.includes(r.year));
    if (rows.length === 0) continue;
    blocks.push({ kind: 'heading', level: 2, text: s.label });
    blocks.push({
      kind: 'table',
      caption: `${s.label}: Soll-Ist-Vergleich der Stellen im Kreis`,
      source: sourcesOf(s.explanation),
      explain: s.explanation,
      columns: [{ label: 'Jahr' }, { label: 'Zielgruppe', align: 'right' }, { label: 'Personen je VZÄ', align: 'right' }, { label: 'Soll (VZÄ)', align: 'right' }, { label: 'Ist (VZÄ)', align: 'right' }, { label: 'Differenz', align: 'right' }],
      rows: rows.map((r) => [String(r.year), dec(r.targetGroup, 0), r.ratio === null ? '–' : dec(r.ratio, 0), dec(r.soll, 2), dec(r.ist, 2), dec(r.difference, 2)]),
    });
  }
  const posts = v.data.staffPosts;
  if (posts.length > 0) {
    blocks.push({ kind: 'heading', level: 2, text: 'Stellen für Planung, Beratung und Koordination' });
    blocks.push({
      kind: 'table',
      caption: 'Personalstellen in Kreis und Gemeinden',
      source: v.stockSource,
      columns: [{ label: 'Stelle', weight: 3 }, { label: 'Tätigkeitsbereich', weight: 2 }, { label: 'Einheit', weight: 2 }, { label: 'Gemeinde', weight: 2 }, { label: 'VZÄ', align: 'right' }, { label: 'unbefristet' }],
      rows: posts.map((p) => [p.title, STAFF_CATEGORY_LABELS[p.category as StaffCategory] ?? p.category, p.unit || '–', p.gemeindeId ? v.gemeindeName(p.gemeindeId) : 'Kreis', dec(p.vze, 2), p.permanent ? 'ja' : 'nein']),
    });
  }
  return blocks;
}
