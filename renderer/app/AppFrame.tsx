/** The frame around an open plan: header with plan identity, navigation, plan actions, notices. */
import { useState, type ReactNode } from 'react';
import type { PlanSummary } from '../../shared/contract/schemas';
import { errorMessage, invoke } from '../api';
import { useOverwriteConfirm } from '../components/useOverwriteConfirm';
import { SaveAsDialog, savedAs } from '../features/plan/SaveAsDialog';
import { closePlan } from '../features/start/planActions';
import { usePlan } from './planStore';
import type { Route } from './router';
import { showError } from './statusStore';
import { FEATURE_PAGES } from './features';
import { appTexts as t } from './texts';

/** `current`: true on the page itself, 'location' on a page below it (a Handlungsfeld below the overview). */
function NavLink({ href, current, children }: { href: string; current: boolean | 'location'; children: ReactNode }) {
  return (
    <a href={href} className={current ? 'nav-link nav-link-current' : 'nav-link'} aria-current={current === true ? 'page' : current || undefined}>
      {children}
    </a>
  );
}

export function AppFrame({ plan, route, children }: { plan: PlanSummary; route: Route; children: ReactNode }) {
  const info = usePlan((s) => s.info);
  const dismissed = usePlan((s) => s.dismissedMigrationNotices.includes(plan.path));
  const dismiss = usePlan((s) => s.dismissMigrationNotice);
  const [saveAsOpen, setSaveAsOpen] = useState(false);
  const overwrite = useOverwriteConfirm();

  async function saveAs() {
    if (!info?.nativeDialogs) {
      setSaveAsOpen(true);
      return;
    }
    try {
      const path = await invoke('dialog.choosePlanToSave', { suggestedName: plan.fileName });
      if (path) await overwrite.run(async (replace) => savedAs(await invoke('plan.saveAs', { path, overwrite: replace })));
    } catch (e) {
      showError(errorMessage(e));
    }
  }

  async function close() {
    try {
      await closePlan();
    } catch (e) {
      showError(errorMessage(e));
    }
  }

  const subtitle = [plan.meta.districtName, plan.fileName].filter(Boolean).join(' · ');
  return (
    <>
      <header className="app-header">
        <div className="app-header-inner">
          <div className="plan-ident">
            <span className="app-name">{t.appName}</span>
            <span className="plan-title">{plan.meta.title || t.untitled}</span>
            <span className="plan-subtitle" title={plan.path}>
              {subtitle}
            </span>
          </div>
          <div className="plan-menu" role="group" aria-label={t.planMenu}>
            <button type="button" className="button-header" onClick={() => void saveAs()}>
              {t.saveAs}
            </button>
            <button type="button" className="button-header" onClick={() => void close()}>
              {t.closePlan}
            </button>
          </div>
        </div>
        <nav aria-label={t.mainNav} className="main-nav">
          <ul>
            <li>
              {/* A Handlungsfeld is opened from the overview's table: the overview stays marked, so the nav still says where one is. */}
              <NavLink href="#/plan" current={route.name === 'overview' || route.name === 'start' || (route.name === 'field' && 'location')}>
                {t.navOverview}
              </NavLink>
            </li>
            <li>
              <NavLink href="#/gebiet" current={route.name === 'district'}>
                {t.navDistrict}
              </NavLink>
            </li>
            {FEATURE_PAGES.map((page) => (
              <li key={page.id}>
                <NavLink href={`#/${page.id}`} current={route.name === 'page' && route.page === page.id}>
                  {page.navLabel}
                </NavLink>
              </li>
            ))}
          </ul>
        </nav>
      </header>
      <main id="main" tabIndex={-1}>
        {plan.migratedFrom && !dismissed ? (
          <div className="notice notice-info">
            <p>{t.migrated(plan.migratedFrom.version, plan.migratedFrom.backupPath)}</p>
            <button type="button" className="button-small" onClick={() => dismiss(plan.path)}>
              {t.dismiss}
            </button>
          </div>
        ) : null}
        {plan.notices.map((notice) => (
          <div key={notice} className="notice notice-info" role="status">
            <p>{notice}</p>
          </div>
        ))}
        {plan.isSample ? (
          <div className="notice notice-sample">
            <p>{t.sample}</p>
          </div>
        ) : null}
        {children}
      </main>
      {saveAsOpen ? <SaveAsDialog plan={plan} onClose={() => setSaveAsOpen(false)} /> : null}
      {overwrite.dialog}
    </>
  );
}
