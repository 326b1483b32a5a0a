/** Preconditions checklist and indicators (with measured values) of one measure. */
import { useCallback, useEffect, useId, useState, type FormEvent } from 'react';
import type { Indicator, MeasureDetail } from '../../../shared/contract/measuresSchemas';
import { formatDate, formatNumber } from '../../../shared/format';
import { readGermanNumber } from '../../../shared/germanNumber';
import { GermanNumberInput } from '../../components/GermanNumberInput';
import { attainment } from '../../../shared/measures/indicators';
import { errorMessage, invoke } from '../../api';
import { Dialog } from '../../components/Dialog';
import { ErrorMessage } from '../../components/ErrorMessage';
import { DeleteButton } from './DeleteButton';
import { GapLinksSection } from './GapLinksSection';
import { InlineField } from './InlineField';
import { useMeasures } from './measuresStore';
import { TableHead } from '../../components/TableHead';
import { detailTexts as t } from './texts';
import { DateInput } from '../../components/DateInput';

const num = (text: string): number | null | 'bad' => {
  const r = readGermanNumber(text);
  return r.ok ? r.value : 'bad';
};

function IndicatorBlock({ indicator, onChanged, onError }: { indicator: Indicator; onChanged: () => Promise<void>; onError: (m: string) => void }) {
  const id = useId();
  const [date, setDate] = useState('');
  const [value, setValue] = useState('');
  const unit = indicator.unit ? ` ${indicator.unit}` : '';
  const reached = attainment(indicator);
  const run = (p: Promise<unknown>) => void p.then(onChanged).catch((e: unknown) => onError(errorMessage(e)));
  async function add(e: FormEvent) {
    e.preventDefault();
    const v = num(value);
    if (!date || v === null || v === 'bad') return onError(t.valueError);
    try {
      await invoke('measures.indicators.addValue', { indicatorId: indicator.id, values: { measuredOn: date, value: v, note: '' } });
      setValue('');
      await onChanged();
    } catch (err) {
      onError(errorMessage(err));
    }
  }
  return (
    <div className="indicator">
      <div className="indicator-head">
        <h4>
          {indicator.name}
          {reached !== null ? <span className="badge">{`${t.attainment}: ${formatNumber(reached * 100, 0)} %`}</span> : null}
        </h4>
        <DeleteButton label={t.deleteIndicator(indicator.name)} onClick={() => run(invoke('measures.indicators.delete', { id: indicator.id }))}>
          {t.del}
        </DeleteButton>
      </div>
      <p className="muted">
        {t.baseline}: {indicator.baseline === null ? '–' : `${formatNumber(indicator.baseline)}${unit}`} · {t.target}:{' '}
        {indicator.targetValue === null ? '–' : `${formatNumber(indicator.targetValue)}${unit}`}
        {indicator.targetDate ? ` (${formatDate(indicator.targetDate)})` : ''}
      </p>
      {indicator.values.length > 0 ? (
        <table className="indicator-values">
          <caption className="visually-hidden">{t.indicatorCaption(indicator.name)}</caption>
          <TableHead columns={[t.measuredOn, { label: t.value, num: true }, { label: t.remove, hidden: true }]} />
          <tbody>
            {indicator.values.map((v) => (
              <tr key={v.id}>
                <td>{formatDate(v.measuredOn)}</td>
                <td className="num">{`${formatNumber(v.value)}${unit}`}</td>
                <td>
                  <DeleteButton label={t.deleteValue(formatDate(v.measuredOn))} onClick={() => run(invoke('measures.indicators.deleteValue', { id: v.id }))}>
                    {t.del}
                  </DeleteButton>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
      <form className="inline-form" onSubmit={(e) => void add(e)} noValidate>
        <InlineField id={`${id}-d`} label={t.measuredOn}>
          {(a) => <DateInput {...a} value={date} onChange={(v) => setDate(v ?? '')} />}
        </InlineField>
        <InlineField id={`${id}-v`} label={t.value}>
          {(a) => <GermanNumberInput {...a} value={value} onChange={setValue} />}
        </InlineField>
        <button type="submit" className="button-small">
          {t.addValue}
        </button>
      </form>
    </div>
  );
}

export function MeasureDetailsDialog({ measureId, title, onClose }: { measureId: string; title: string; onClose: () => void }) {
  const id = useId();
  const [detail, setDetail] = useState<MeasureDetail | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [newPre, setNewPre] = useState('');
  const [ind, setInd] = useState({ name: '', unit: '', baseline: '', target: '', targetDate: '' });

  const reload = useCallback(async () => {
    try {
      setDetail(await invoke('measures.get', { id: measureId }));
      setError(null);
      void useMeasures.getState().refresh();
    } catch (e) {
      setError(errorMessage(e));
    }
  }, [measureId]);
  useEffect(() => {
    void reload();
  }, [reload]);

  const run = (p: Promise<unknown>) => void p.then(reload).catch((e: unknown) => setError(errorMessage(e)));

  function addIndicator(e: FormEvent) {
    e.preventDefault();
    const baseline = num(ind.baseline);
    const target = num(ind.target);
    if (!ind.name.trim()) return setError(t.nameError);
    if (baseline === 'bad' || target === 'bad') return setError(t.numberError);
    run(
      invoke('measures.indicators.create', {
        measureId,
        values: { name: ind.name.trim(), unit: ind.unit.trim(), baseline, targetValue: target, targetDate: ind.targetDate || null },
      }).then(() => setInd({ name: '', unit: '', baseline: '', target: '', targetDate: '' })),
    );
  }

  return (
    <Dialog title={t.title(title)} onClose={onClose} size="large">
      <ErrorMessage message={error} />
      {detail ? (
        <>
          <fieldset className="checkbox-group">
            <legend>{t.preconditions}</legend>
            <ul className="checkbox-list precondition-list">
              {detail.preconditions.map((p) => (
                <li key={p.id}>
                  <input
                    type="checkbox"
                    id={`${id}-p-${p.id}`}
                    checked={p.done}
                    onChange={(e) => {
                      const done = e.target.checked;
                      // Shown at once; the saved state follows from the reload.
                      setDetail({ ...detail, preconditions: detail.preconditions.map((x) => (x.id === p.id ? { ...x, done } : x)) });
                      run(invoke('measures.preconditions.update', { id: p.id, values: { label: p.label, done, note: p.note } }));
                    }}
                  />
                  <label htmlFor={`${id}-p-${p.id}`}>{p.label}</label>
                  {p.kind === 'custom' ? (
                    <DeleteButton label={t.removePrecondition(p.label)} onClick={() => run(invoke('measures.preconditions.delete', { id: p.id }))}>
                      {t.remove}
                    </DeleteButton>
                  ) : null}
                </li>
              ))}
            </ul>
            <form
              className="inline-form"
              noValidate
              onSubmit={(e) => {
                e.preventDefault();
                if (newPre.trim()) run(invoke('measures.preconditions.add', { measureId, values: { label: newPre.trim(), done: false, note: '' } }).then(() => setNewPre('')));
              }}
            >
              <InlineField id={`${id}-newpre`} label={t.addPrecondition}>
                {(a) => <input {...a} type="text" maxLength={300} value={newPre} onChange={(e) => setNewPre(e.target.value)} />}
              </InlineField>
              <button type="submit" className="button-small">
                {t.addPreconditionButton}
              </button>
            </form>
          </fieldset>
          <GapLinksSection measureId={measureId} />
          <h3>{t.indicators}</h3>
          {detail.indicators.length === 0 ? <p className="empty">{t.noIndicators}</p> : null}
          {detail.indicators.map((i) => (
            <IndicatorBlock key={i.id} indicator={i} onChanged={reload} onError={setError} />
          ))}
          <h4 className="new-indicator">{t.newIndicator}</h4>
          <form className="inline-form indicator-form" onSubmit={addIndicator} noValidate>
            <InlineField id={`${id}-in`} label={t.name}>
              {(a) => <input {...a} type="text" maxLength={300} value={ind.name} onChange={(e) => setInd({ ...ind, name: e.target.value })} />}
            </InlineField>
            <InlineField id={`${id}-iu`} label={t.unit}>
              {(a) => <input {...a} type="text" maxLength={50} value={ind.unit} onChange={(e) => setInd({ ...ind, unit: e.target.value })} />}
            </InlineField>
            <InlineField id={`${id}-ib`} label={t.baseline}>
              {(a) => <GermanNumberInput {...a} value={ind.baseline} onChange={(v) => setInd({ ...ind, baseline: v })} />}
            </InlineField>
            <InlineField id={`${id}-it`} label={t.target}>
              {(a) => <GermanNumberInput {...a} value={ind.target} onChange={(v) => setInd({ ...ind, target: v })} />}
            </InlineField>
            <InlineField id={`${id}-id`} label={t.targetDate}>
              {(a) => <DateInput {...a} value={ind.targetDate} onChange={(v) => setInd({ ...ind, targetDate: v ?? '' })} />}
            </InlineField>
            <button type="submit" className="button-small">
              {t.addIndicator}
            </button>
          </form>
        </>
      ) : null}
      <div className="button-row">
        <button type="button" onClick={onClose}>
          {t.close}
        </button>
      </div>
    </Dialog>
  );
}
