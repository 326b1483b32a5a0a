import { useState } from 'react';
import { formatDate } from '../../../shared/format';
import { invoke } from '../../api';
import { usePlan } from '../../app/planStore';
import { OpenPlanError } from './OpenPlanError';
import { openPlanAt } from './planActions';
import { startTexts as t } from './texts';

export function RecentList() {
  const recent = usePlan((s) => s.recent);
  const [error, setError] = useState<unknown>(null);
  const [busyPath, setBusyPath] = useState<string | null>(null);

  async function open(path: string) {
    setError(null);
    setBusyPath(path);
    try {
      await openPlanAt(path);
    } catch (e) {
      setError(e);
      setBusyPath(null);
    }
  }

  async function forget(path: string) {
    setError(null);
    try {
      usePlan.setState({ recent: await invoke('plan.forgetRecent', { path }) });
      document.getElementById('recent-heading')?.focus();
    } catch (e) {
      setError(e);
    }
  }

  return (
    <section className="card" aria-labelledby="recent-heading">
      <h2 id="recent-heading" tabIndex={-1}>
        {t.recentHeading}
      </h2>
      <OpenPlanError error={error} />
      {recent.length === 0 ? (
        <p className="muted">{t.recentEmpty}</p>
      ) : (
        <ul className="recent-list">
          {recent.map((r) => (
            <li key={r.path} className={r.exists ? '' : 'recent-missing'}>
              <div className="recent-main">
                {r.exists ? (
                  <button type="button" className="link-button recent-title" onClick={() => void open(r.path)} disabled={busyPath !== null}>
                    {r.title || r.path}
                  </button>
                ) : (
                  <span className="recent-title">{r.title || r.path}</span>
                )}
                <span className="recent-meta">
                  {[r.districtName, t.recentOpenedAt(formatDate(r.openedAt))].filter(Boolean).join(' · ')}
                </span>
                <span className="recent-path">{r.path}</span>
              </div>
              {r.exists ? null : (
                <div className="recent-actions">
                  <span className="badge badge-warning">{t.notFound}</span>
                  <button type="button" className="button-small" onClick={() => void forget(r.path)}>
                    {t.forget}
                    <span className="visually-hidden">: {r.title || r.path}</span>
                  </button>
                </div>
              )}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
