/** Different plans: copy selected registers of another plan's file into this plan. */
import { useEffect, useId, useState, type FormEvent } from 'react';
import { copyRegistersResultSchema } from '../../../shared/contract/sharingSchemas';
import type { ChannelOutput } from '../../../shared/contract/channels';
import { errorMessage, invoke } from '../../api';
import { showStatus } from '../../app/statusStore';
import { ErrorMessage } from '../../components/ErrorMessage';
import { Field } from '../../components/Field';
import { JobProgress } from '../../components/JobProgress';
import { useJob } from '../../components/useJob';
import { sharingTexts as t } from './texts';
import { tableLabel } from '../../../shared/model';

type Registers = ChannelOutput<'sharing.registers'>;

export function CopyRegisters() {
  const id = useId();
  const [path, setPath] = useState('');
  const [registers, setRegisters] = useState<Registers | null>(null);
  const [selected, setSelected] = useState<Set<string>>(new Set());
  const [ags, setAgs] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [result, setResult] = useState<string | null>(null);
  const [jobId, setJobId] = useState<string | null>(null);
  const job = useJob(jobId);

  useEffect(() => {
    if (!job.status || job.status.state === 'running') return;
    if (job.status.state === 'done') {
      const r = copyRegistersResultSchema.parse(job.status.result);
      setResult(t.copy.result(r.inserted, r.duplicates, r.skipped));
      showStatus(t.copy.result(r.inserted, r.duplicates, r.skipped));
    } else setError(job.status.error ?? t.merge.cancelled);
    setJobId(null);
  }, [job.status]);

  async function show(e: FormEvent) {
    e.preventDefault();
    setError(null);
    setResult(null);
    setRegisters(null);
    if (!path.trim()) {
      setError(t.share.pathMissing);
      return;
    }
    try {
      const r = await invoke('sharing.registers', { path: path.trim() });
      setRegisters(r);
      setSelected(new Set());
    } catch (err) {
      setError(errorMessage(err));
    }
  }

  async function copy(e: FormEvent) {
    e.preventDefault();
    setError(null);
    setResult(null);
    if (selected.size === 0) {
      setError(t.copy.none);
      return;
    }
    try {
      setJobId((await invoke('sharing.copyRegisters', { path: path.trim(), tables: [...selected], gemeindeAgs: ags.trim() || null })).jobId);
    } catch (err) {
      setError(errorMessage(err));
    }
  }

  return (
    <section className="card" aria-labelledby={`${id}-h`}>
      <h2 id={`${id}-h`}>{t.copy.heading}</h2>
      <p>{t.copy.explain}</p>
      <form className="form" onSubmit={(e) => void show(e)} noValidate>
        <Field id={`${id}-path`} label={t.copy.path} error={registers ? null : error}>
          {(a11y) => <input {...a11y} className="input-path" type="text" value={path} onChange={(e) => setPath(e.target.value)} />}
        </Field>
        <div className="button-row">
          <button type="submit">{t.copy.show}</button>
        </div>
      </form>
      {registers?.samePlan ? <p className="notice">{t.copy.samePlan}</p> : null}
      {registers && !registers.samePlan ? (
        <form className="form sharing-copy" onSubmit={(e) => void copy(e)} noValidate>
          <fieldset>
            <legend>{t.copy.legend(registers.fileName, registers.planTitle)}</legend>
            <ul className="checkbox-list">
              {registers.registers.map((r) => (
                <li key={r.table}>
                  <input
                    type="checkbox"
                    id={`${id}-t-${r.table}`}
                    checked={selected.has(r.table)}
                    onChange={(e) => {
                      const next = new Set(selected);
                      if (e.target.checked) next.add(r.table);
                      else next.delete(r.table);
                      setSelected(next);
                    }}
                  />
                  <label htmlFor={`${id}-t-${r.table}`}>
                    {tableLabel(r.table)} <span className="muted">({t.copy.rows(r.rows)})</span>
                  </label>
                </li>
              ))}
            </ul>
          </fieldset>
          <Field id={`${id}-ags`} label={t.copy.ags} hint={t.copy.agsHint}>
            {(a11y) => <input {...a11y} type="text" inputMode="numeric" maxLength={8} value={ags} onChange={(e) => setAgs(e.target.value)} />}
          </Field>
          <ErrorMessage message={error} />
          <div className="button-row">
            <button type="submit" className="button-primary" disabled={jobId !== null}>
              {t.copy.submit}
            </button>
          </div>
        </form>
      ) : null}
      {jobId ? <JobProgress label={t.copy.progress} status={job.status} onCancel={job.cancel} /> : null}
      {result ? (
        <p role="status" className="sharing-done">
          {result}
        </p>
      ) : null}
    </section>
  );
}
