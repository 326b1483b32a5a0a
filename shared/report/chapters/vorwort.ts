/** Kapitel Vorwort: the planner's own text; without it a neutral paragraph that names the plan. */
import type { Block } from '../model';
import type { ReportView } from '../view';

export function vorwort(v: ReportView): Block[] {
  const { meta } = v.data;
  const period = meta.periodFrom && meta.periodTo ? ` für die Jahre ${meta.periodFrom} bis ${meta.periodTo}` : '';
  return [
    {
      kind: 'paragraph',
      text: `Mit diesem Bericht legt der ${meta.districtName || 'Landkreis'} seine Pflegestrukturplanung${period} vor. Er beschreibt, wie viele Menschen heute und künftig auf Pflege und Unterstützung angewiesen sind, welche Angebote es gibt, wo Lücken entstehen und mit welchen Maßnahmen der Kreis, die Gemeinden und ihre Partner darauf antworten.`,
    },
  ];
}
