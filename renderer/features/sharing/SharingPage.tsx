/** Teilen und Zusammenführen: write a copy, merge a returned file, decide conflicts, undo merges. */
import { formatDateTime } from '../../../shared/format';
import { useCallback, useEffect, useId, useState, type FormEvent } from 'react';
import { mergeResultSchema, type Conflict, type MergeHistoryEntry, type MergeResult } from '../../../shared/contract/sharingSchemas';
import { errorMessage, invoke } from '../../api';
import { PAGE_HEADING_ID, useDocumentTitle } from '../../app/focus';
import { dirOf, joinPath, usePlan } from '../../app/planStore';
import { showError, showStatus } from '../../app/statusStore';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { ErrorMessage } from '../../components/ErrorMessage';
import { Field } from '../../components/Field';
import { JobProgress } from '../../components/JobProgress';
import { TableScroll } from '../../components/TableScroll';
import { useJob } from '../../components/useJob';
import { CopyRegisters } from './CopyRegisters';
import { sharingTexts as t } from './texts';
import './sharing.css';
import { useOverwriteConfirm } from '../../components/useOverwriteConfirm';
import { columnLabel, tableLabel } from '../../../shared/model';
import { usePlanReload } from '../../components/usePlanReload';


/** "2026-11-21T18:40:00.000Z" or an HLC "000001763750400000-0000-…" → "21.11.2026, 18:40". */
export function formatWhen(value: string | null): string {
  if (!value) return '–';
  const hlc = /^(\d{15})-/.exec(value);
  const date = hlc ? new Date(Number(hlc[1])) : new Date(value);
  if (Number.isNaN(date.getTime())) return value;
  return formatDateTime(date);
}

function showValue(column: string, value: unknown): string {
  if (column === 'deleted_at') return value === null || value === undefined ? t.conflicts.notDeleted : t.conflicts.deleted;
  if (value === null || value === undefined || value === '') return '–';
  if (typeof value === 'object') {
    const v = value as Record<string, unknown>;
    return String(v.name ?? v.title ?? v.task_id ?? t.conflicts.wholeRecord);
  }
  return String(value);
}

function ShareForm() {
  const id = useId();
  const current = usePlan((s) => s.current);
  const [path, setPath] = useState(() => (current ? joinPath(dirOf(current.path), current.fileName.replace(/\.sqlite$/i, '') + '-Kopie.sqlite') : ''));
  // Data minimisation (DSGVO Art. 5): a copy leaves out personal data unless the planner decides otherwise.
  const [withoutPersonal, setWithoutPersonal] = useState(true);
  const [error, setError] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const overwrite = useOverwriteConfirm();

  async function submit(e: FormEvent) {
    e.preventDefault();
    setError(null);
    setDone(null);
    if (!path.trim()) {
      setError(t.share.pathMissing);
      return;
    }
    setBusy(true);
    try {
      await overwrite.run(async (replace) => {
        const result = await invoke('sharing.share', { path: path.trim(), withoutPersonalData: withoutPersonal, overwrite: replace });
        setDone(t.share.done(result.path));
        showStatus(t.share.done(result.path));
      });
    } catch (err) {
      setError(errorMessage(err));
    }
    setBusy(false);
  }

  return (
    <section className="card" aria-labelledby={`${id}-h`}>
      <h2 id={`${id}-h`}>{t.share.heading}</h2>
      <form className="form" onSubmit={(e) => void submit(e)} noValidate>
        <Field id={`${id}-path`} label={t.share.path} hint={t.share.pathHint} error={error}>
          {(a11y) => <input {...a11y} className="input-path" type="text" value={path} onChange={(e) => setPath(e.target.value)} />}
        </Field>
        <div className="check-row">
          <input id={`${id}-personal`} type="checkbox" checked={withoutPersonal} onChange={(e) => setWithoutPersonal(e.target.checked)} aria-describedby={`${id}-personal-hint`} />
          <label htmlFor={`${id}-personal`}>{t.share.withoutPersonal}</label>
          <p id={`${id}-personal-hint`} className="field-hint">
            {t.share.withoutPersonalHint}
          </p>
        </div>
        <div className="button-row">
          <button type="submit" className="button-primary" disabled={busy}>
            {t.share.submit}
          </button>
        </div>
        {done ? (
          <p role="status" className="sharing-done">
            {done}
          </p>
        ) : null}
      </form>
      {overwrite.dialog}
    </section>
  );
}

function MergeForm({ onMerged }: { onMerged: () => void }) {
  const id = useId();
  const [path, setPath] = useState('');
  const [jobId, setJobId] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [result, setResult] = useState<MergeResult | null>(null);
  const job = useJob(jobId);
  const state = job.status?.state;

  useEffect(() => {
    if (!job.status || job.status.state === 'running') return;
    if (job.status.state === 'done') {
      const r = mergeResultSchema.parse(job.status.result);
      setResult(r);
      showStatus(r.mergeId ? t.merge.result(r.fileName, r.applied, r.conflicts) : t.merge.nothingNew(r.fileName));
      onMerged();
    } else setError(job.status.error ?? t.merge.cancelled);
    setJobId(null);
  }, [job.status, onMerged]);

  async function submit(e: FormEvent) {
    e.preventDefault();
    setError(null);
    setResult(null);
    if (!path.trim()) {
      setError(t.share.pathMissing);
      return;
    }
    try {
      setJobId((await invoke('sharing.mergeStart', { path: path.trim() })).jobId);
    } catch (err) {
      setError(errorMessage(err));
    }
  }

  return (
    <section className="card" aria-labelledby={`${id}-h`}>
      <h2 id={`${id}-h`}>{t.merge.heading}</h2>
      <form className="form" onSubmit={(e) => void submit(e)} noValidate>
        <Field id={`${id}-path`} label={t.merge.path} hint={t.merge.pathHint} error={error}>
          {(a11y) => <input {...a11y} className="input-path" type="text" value={path} onChange={(e) => setPath(e.target.value)} />}
        </Field>
        <div className="button-row">
          <button type="submit" className="button-primary" disabled={jobId !== null && state !== 'done'}>
            {t.merge.submit}
          </button>
        </div>
      </form>
      {jobId ? <JobProgress label={t.merge.progress} status={job.status} onCancel={job.cancel} /> : null}
      <ErrorMessage message={job.error} />
      {result ? (
        <p role="status" className="sharing-done">
          {result.mergeId ? t.merge.result(result.fileName, result.applied, result.conflicts) : t.merge.nothingNew(result.fileName)}
        </p>
      ) : null}
    </section>
  );
}

function ConflictReview({ conflicts, onChanged }: { conflicts: Conflict[]; onChanged: () => void }) {
  const id = useId();
  const [busy, setBusy] = useState(false);

  async function resolve(input: Parameters<typeof invoke<'sharing.resolve'>>[1]) {
    setBusy(true);
    try {
      const { resolved } = await invoke('sharing.resolve', input);
      showStatus(t.conflicts.resolved(resolved));
    } catch (e) {
      showError(errorMessage(e));
    }
    setBusy(false);
    onChanged();
  }

  // One group of rows per record.
  const groups = new Map<string, Conflict[]>();
  for (const c of conflicts) groups.set(`${c.table}:${c.rowId}`, [...(groups.get(`${c.table}:${c.rowId}`) ?? []), c]);

  return (
    <section className="card" aria-labelledby={`${id}-h`}>
      <div className="section-head">
        <h2 id={`${id}-h`}>{t.conflicts.heading}</h2>
        {conflicts.length > 0 ? (
          <div className="button-row">
            <button type="button" disabled={busy} onClick={() => void resolve({ all: 'mine', mergeId: null })}>
              {t.conflicts.allMine}
            </button>
            <button type="button" disabled={busy} onClick={() => void resolve({ all: 'theirs', mergeId: null })}>
              {t.conflicts.allTheirs}
            </button>
          </div>
        ) : null}
      </div>
      {conflicts.length === 0 ? (
        <p className="empty">{t.conflicts.none}</p>
      ) : (
        <>
          <p>{t.conflicts.explain}</p>
          <TableScroll label={t.conflicts.caption}>
            <table className="data-table sharing-conflicts">
              <caption>{t.conflicts.caption}</caption>
              <thead>
                <tr>
                  <th scope="col">{t.conflicts.record}</th>
                  <th scope="col">{t.conflicts.field}</th>
                  <th scope="col">{t.conflicts.base}</th>
                  <th scope="col">{t.conflicts.mine}</th>
                  <th scope="col">{t.conflicts.theirs}</th>
                  <th scope="col">{t.conflicts.changed}</th>
                  <th scope="col">{t.conflicts.decision}</th>
                </tr>
              </thead>
              {[...groups.values()].map((rows) => {
                const first = rows[0]!;
                const record = `${tableLabel(first.table)} „${first.recordLabel}“`;
                return (
                  <tbody key={`${first.table}:${first.rowId}`}>
                    {rows.map((c, i) => {
                      const field = columnLabel(c.table, c.column);
                      return (
                        <tr key={c.id}>
                          {i === 0 ? (
                            <th scope="rowgroup" rowSpan={rows.length}>
                              {record}
                            </th>
                          ) : null}
                          <td>
                            {field} <span className="badge">{t.kinds[c.kind]}</span>
                          </td>
                          <td>{c.column === '*' ? '–' : showValue(c.column, c.base)}</td>
                          <td>{c.column === '*' && c.mine === null ? t.conflicts.absent : showValue(c.column, c.mine)}</td>
                          <td>{showValue(c.column, c.theirs)}</td>
                          <td className="sharing-when">
                            {c.mineAt ? <span>{t.conflicts.mineAt(formatWhen(c.mineAt))}</span> : null}
                            <span>{t.conflicts.theirsAt(formatWhen(c.theirsAt), c.theirsFile)}</span>
                          </td>
                          <td>
                            <div className="button-row">
                              <button
                                type="button"
                                className="button-small"
                                disabled={busy}
                                aria-label={t.conflicts.chooseMineLabel(record, field)}
                                onClick={() => void resolve({ choices: [{ conflictId: c.id, choice: 'mine' }] })}
                              >
                                {t.conflicts.chooseMine}
                              </button>
                              <button
                                type="button"
                                className="button-small"
                                disabled={busy}
                                aria-label={t.conflicts.chooseTheirsLabel(record, field)}
                                onClick={() => void resolve({ choices: [{ conflictId: c.id, choice: 'theirs' }] })}
                              >
                                {t.conflicts.chooseTheirs}
                              </button>
                            </div>
                          </td>
                        </tr>
                      );
                    })}
                  </tbody>
                );
              })}
            </table>
          </TableScroll>
        </>
      )}
    </section>
  );
}

function History({ history, onChanged }: { history: MergeHistoryEntry[]; onChanged: () => void }) {
  const id = useId();
  const [undoing, setUndoing] = useState<MergeHistoryEntry | null>(null);
  return (
    <section className="card" aria-labelledby={`${id}-h`}>
      <h2 id={`${id}-h`}>{t.history.heading}</h2>
      {history.length === 0 ? (
        <p className="empty">{t.history.none}</p>
      ) : (
        <TableScroll label={t.history.caption}>
          <table className="data-table">
            <caption>{t.history.caption}</caption>
            <thead>
              <tr>
                <th scope="col">{t.history.when}</th>
                <th scope="col">{t.history.file}</th>
                <th scope="col">{t.history.applied}</th>
                <th scope="col">{t.history.conflicts}</th>
                <th scope="col">{t.history.state}</th>
                <th scope="col">
                  <span className="visually-hidden">{t.history.undo}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {history.map((h) => (
                <tr key={h.id}>
                  <td>{formatWhen(h.mergedAt)}</td>
                  <td>
                    {h.fileName}
                    {h.withoutPersonalData ? <span className="muted"> ({t.history.withoutPersonal})</span> : null}
                  </td>
                  <td>{h.applied}</td>
                  <td>
                    {h.conflicts} ({h.openConflicts})
                  </td>
                  <td>{h.undoneAt ? t.history.undone(formatWhen(h.undoneAt)) : t.history.active}</td>
                  <td>
                    {h.undoneAt ? (
                      <button
                        type="button"
                        className="button-small"
                        aria-label={t.history.redoLabel(h.fileName, formatWhen(h.mergedAt))}
                        onClick={() =>
                          void invoke('sharing.redoMerge', { mergeId: h.id }).then(
                            (r) => (showStatus(t.history.redoneStatus(r.reapplied, r.skipped)), onChanged()),
                            (e: unknown) => showError(errorMessage(e)),
                          )
                        }
                      >
                        {t.history.redo}
                      </button>
                    ) : (
                      <button type="button" className="button-small button-danger-quiet" aria-label={t.history.undoLabel(h.fileName, formatWhen(h.mergedAt))} onClick={() => setUndoing(h)}>
                        {t.history.undo}
                      </button>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      )}
      {undoing ? (
        <ConfirmDialog
          title={t.history.confirmTitle}
          message={t.history.confirmMessage(undoing.fileName)}
          confirmLabel={t.history.confirm}
          onClose={() => setUndoing(null)}
          onConfirm={async () => {
            const r = await invoke('sharing.undoMerge', { mergeId: undoing.id });
            showStatus(t.history.undoneStatus(r.reverted, r.skipped));
            onChanged();
          }}
        />
      ) : null}
    </section>
  );
}

export function SharingPage() {
  useDocumentTitle(t.title);
  const [conflicts, setConflicts] = useState<Conflict[]>([]);
  const [history, setHistory] = useState<MergeHistoryEntry[]>([]);
  const [error, setError] = useState<string | null>(null);

  const refresh = useCallback(() => {
    Promise.all([invoke('sharing.conflicts', { mergeId: null, openOnly: true }), invoke('sharing.history', {})])
      .then(([c, h]) => {
        setConflicts(c);
        setHistory(h);
        setError(null);
      })
      .catch((e: unknown) => setError(errorMessage(e)));
  }, []);
  usePlanReload(refresh);

  return (
    <div className="page sharing-page">
      <h1 id={PAGE_HEADING_ID} tabIndex={-1}>
        {t.title}
      </h1>
      <p className="lead">{t.intro}</p>
      <ErrorMessage message={error} />
      <ShareForm />
      <MergeForm onMerged={refresh} />
      <ConflictReview conflicts={conflicts} onChanged={refresh} />
      <History history={history} onChanged={refresh} />
      <CopyRegisters />
    </div>
  );
}
