import { useState } from 'react';
import { useDocumentTitle, PAGE_HEADING_ID } from '../../app/focus';
import { usePlan } from '../../app/planStore';
import { NewPlanSection } from './NewPlanSection';
import { OpenPlanError } from './OpenPlanError';
import { OpenPlanSection } from './OpenPlanSection';
import { openPlanWithDialog, openSamplePlan } from './planActions';
import { RecentList } from './RecentList';
import { startTexts as t } from './texts';

type View = 'home' | 'new' | 'open';

export function StartScreen() {
  const info = usePlan((s) => s.info);
  const [view, setView] = useState<View>('home');
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  useDocumentTitle(t.pageTitle);

  async function run(action: () => Promise<unknown>) {
    setError(null);
    setBusy(true);
    try {
      await action();
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  }

  function back() {
    setView('home');
    requestAnimationFrame(() => document.getElementById(PAGE_HEADING_ID)?.focus());
  }

  if (!info) return null;
  return (
    <div className="start">
      <h1 id={PAGE_HEADING_ID} tabIndex={-1}>
        {t.heading}
      </h1>
      <p className="lead">{t.intro}</p>
      {view === 'new' ? <NewPlanSection info={info} onCancel={back} /> : null}
      {view === 'open' ? <OpenPlanSection info={info} onCancel={back} /> : null}
      {view === 'home' ? (
        <>
          <section aria-labelledby="start-actions" className="start-actions">
            <h2 id="start-actions" className="visually-hidden">
              {t.actionsHeading}
            </h2>
            <OpenPlanError error={error} />
            <ul className="action-cards">
              <li className="action-card">
                <button type="button" className="button-primary" onClick={() => setView('new')} disabled={busy}>
                  {t.newPlan}
                </button>
                <p>{t.newPlanText}</p>
              </li>
              <li className="action-card">
                <button
                  type="button"
                  onClick={() => (info.nativeDialogs ? void run(openPlanWithDialog) : setView('open'))}
                  disabled={busy}
                >
                  {t.openPlan}
                </button>
                <p>{t.openPlanText}</p>
              </li>
              <li className="action-card">
                <button type="button" onClick={() => void run(openSamplePlan)} disabled={busy}>
                  {t.openSample}
                </button>
                <p>{t.openSampleText}</p>
              </li>
            </ul>
          </section>
          <RecentList />
        </>
      ) : null}
    </div>
  );
}
