/** Monitoring: what was changed in the plan since a chosen date (from the change log). */
import { useEffect, useId, useState } from 'react';
import type { ChangeSince, FieldId } from '../../../shared/contract/measuresSchemas';
import { formatDate } from '../../../shared/format';
import { groupChanges } from '../../../shared/measures/groupChanges';
// The German name of each record comes from the table declarations, not a second list here.
import { tableLabel } from '../../../shared/model';
import { dayNumber, fromDayNumber, todayIso } from '../../../shared/measures/dates';
import { errorMessage, invoke } from '../../api';
import { ErrorMessage } from '../../components/ErrorMessage';
import { InlineField } from './InlineField';
import { ScrollTable } from '../../components/ScrollTable';
import { monitoringTexts as t } from './texts';
import { DateInput } from '../../components/DateInput';

export function ChangesSection({ fieldId }: { fieldId: FieldId | null }) {
  const id = useId();
  const [since, setSince] = useState(() => fromDayNumber(dayNumber(todayIso()) - 30));
  const [changes, setChanges] = useState<ChangeSince[]>([]);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    if (!since) return;
    invoke('measures.monitoring.changes', { since, fieldId })
      .then((c) => (setChanges(c), setError(null)))
      .catch((e: unknown) => setError(errorMessage(e)));
  }, [since, fieldId]);
  return (
    <section className="card" aria-labelledby={`${id}-h`}>
      <h2 id={`${id}-h`}>{t.changesHeading}</h2>
      <InlineField id={`${id}-since`} label={t.since}>
        {(a) => <DateInput {...a} value={since} onChange={(v) => setSince(v ?? '')} />}
      </InlineField>
      <ErrorMessage message={error} />
      {changes.length === 0 ? (
        <p className="empty">{t.noChanges}</p>
      ) : (
        <ScrollTable label={t.changesHeading} caption={`${t.since} ${formatDate(since)}`} hiddenCaption tall columns={[t.when, t.what, t.label, t.measure, t.change]}>
          {groupChanges(changes).map((c) => (
            <tr key={`${c.table}|${c.rowId}`}>
              <td>{formatDate(c.lastChange)}</td>
              <td>{c.count > 1 ? `${c.count} × ${tableLabel(c.table)}` : tableLabel(c.table)}</td>
              <td>{c.label || '–'}</td>
              <td>{c.measureTitle ?? '–'}</td>
              <td>{c.ops.map((o) => t.ops[o] ?? o).join(', ')}</td>
            </tr>
          ))}
        </ScrollTable>
      )}
    </section>
  );
}
