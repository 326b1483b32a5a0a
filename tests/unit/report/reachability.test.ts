/**
 * The Erreichbarkeit paragraph of the report: with no offer to measure from, every Gemeinde is
 * "beyond the threshold", and „100 % … weiter als die Schwelle“ would read as a finding. The
 * chapter says instead that the offers are still to be recorded.
 */
import { describe, expect, it } from 'vitest';
import { bedarf } from '../../../shared/report/chapters/bedarf';
import type { ReportView } from '../../../shared/report/view';

function view(distances: (number | null)[]): ReportView {
  const rows = distances.map((distance, i) => ({ ags: `0335400${i}`, distance, population80: 100, beyond: distance === null || distance > 15 }));
  return {
    ready: true,
    baseYear: 2015,
    targetYear: 2030,
    scenario: { id: 's', name: 'Status quo' },
    analysis: {
      gaps: [],
      years: [2015, 2030],
      reachability: { offerType: 'tagespflege', rows, shareBeyond: rows.filter((r) => r.beyond).length / rows.length, explanation: { inputs: [], sources: [], assumptions: [], formula: '' } },
    },
    data: { gemeinden: rows.map((r) => ({ ags: r.ags, name: `Gemeinde ${r.ags}` })), statements: [] },
    offerTypeLabel: () => 'Tagespflege',
  } as unknown as ReportView;
}

const paragraphs = (v: ReportView) => bedarf(v).flatMap((b) => (b.kind === 'paragraph' ? [b.text] : []));

describe('report: Erreichbarkeit', () => {
  it('gives the share beyond the threshold when offers are recorded', () => {
    expect(paragraphs(view([5, 20]))).toEqual(['50,0\u00a0% der Einwohner ab 80 Jahren wohnen weiter als die Schwelle vom nächsten Angebot der Art „Tagespflege“ entfernt.']);
  });

  it('says the offers are missing instead of „100 %“ when there is nothing to measure from', () => {
    const text = paragraphs(view([null, null])).join(' ');
    expect(text).toContain('Für „Tagespflege“ ist im Bestand noch kein Angebot mit Standort erfasst');
    expect(text).not.toMatch(/100,0/);
  });
});
