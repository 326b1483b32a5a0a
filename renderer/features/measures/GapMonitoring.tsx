/** Monitoring: the computed gaps the measures answer, with today's numbers, so a committee sees whether a gap is closing. */
import { useEffect, useId, useState } from 'react';
import type { GapLink, Measure } from '../../../shared/contract/measuresSchemas';
import { formatNumber } from '../../../shared/format';
import { invoke } from '../../api';
import { ScrollTable } from '../../components/ScrollTable';
import { monitoringGapTexts as t } from './texts';

export function GapMonitoring({ measures, reloadKey }: { measures: Measure[]; reloadKey: unknown }) {
  const id = useId();
  const [links, setLinks] = useState<GapLink[]>([]);
  useEffect(() => {
    invoke('measures.gapLinks.list', { measureId: null }).then(setLinks, () => setLinks([]));
  }, [reloadKey]);
  const titleOf = new Map(measures.map((m) => [m.id, m.title]));
  const shown = links.filter((l) => titleOf.has(l.measureId));
  return (
    <section className="card" aria-labelledby={`${id}-h`}>
      <h2 id={`${id}-h`}>{t.heading}</h2>
      {shown.length === 0 ? (
        <p className="empty">{t.none}</p>
      ) : (
        <ScrollTable label={t.heading} hiddenCaption columns={[t.measure, t.gapLink, { label: t.gap, num: true }, { label: t.surplus, num: true }]}>
          {shown.map((l) => (
            <tr key={l.id}>
              <th scope="row">{titleOf.get(l.measureId)}</th>
              <td>{l.label}</td>
              <td className="num">{l.gap !== null && l.gap > 0 ? formatNumber(l.gap, 0) : '–'}</td>
              <td className="num">{l.gap !== null && l.gap < 0 ? formatNumber(-l.gap, 0) : '–'}</td>
            </tr>
          ))}
        </ScrollTable>
      )}
    </section>
  );
}
