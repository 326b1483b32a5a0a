import { Suspense, useEffect, type ReactNode } from 'react';
import { DistrictPage } from '../features/district/DistrictPage';
import { useDistrict } from '../features/district/districtStore';
import { FieldPage } from '../features/field/FieldPage';
import { useTasks } from '../features/field/taskStore';
import { OverviewPage } from '../features/overview/OverviewPage';
import { SetupScreen } from '../features/plan/SetupScreen';
import { StartScreen } from '../features/start/StartScreen';
import { ErrorBoundary } from '../components/ErrorBoundary';
import { StatusBar } from '../components/StatusBar';
import { planKeyOf, usePlanReload } from '../components/usePlanReload';
import { AppFrame } from './AppFrame';
import { featurePage, prefetchFeaturePages } from './features';
import { PAGE_HEADING_ID, PAGE_TOP_ID, useDocumentTitle, usePageFocus } from './focus';
import { usePlan } from './planStore';
import { useRoute, type Route } from './router';
import { appTexts as t } from './texts';

function SkipLink() {
  return (
    <a
      className="skip-link"
      href="#main"
      onClick={(e) => {
        // A plain "#main" would be taken for a route by the hash router.
        e.preventDefault();
        document.getElementById('main')?.focus();
      }}
    >
      {t.skipLink}
    </a>
  );
}

/** Header and main for the screens without an open plan. */
function PlainFrame({ children }: { children: ReactNode }) {
  return (
    <>
      <header className="app-header">
        <div className="app-header-inner">
          <span className="app-name app-name-large">{t.appName}</span>
        </div>
      </header>
      <main id="main" tabIndex={-1}>
        {children}
      </main>
    </>
  );
}

function NotFoundPage() {
  useDocumentTitle(t.notFoundTitle);
  return (
    <div className="page">
      <h1 id={PAGE_HEADING_ID} tabIndex={-1}>
        {t.notFoundTitle}
      </h1>
      <p>{t.notFoundText}</p>
      <p>
        <a href="#/plan">{t.toOverview}</a>
      </p>
    </div>
  );
}

function PageLoading() {
  return (
    <p className="page-loading" role="status">
      {t.pageLoading}
    </p>
  );
}

function PlanPage({ route }: { route: Route }) {
  switch (route.name) {
    case 'start':
    case 'overview':
      return <OverviewPage />;
    case 'field':
      return <FieldPage fieldId={route.fieldId} stepId={route.stepId} />;
    case 'district':
      return <DistrictPage />;
    case 'page': {
      const page = featurePage(route.page);
      // Feature pages are loaded on first visit (React.lazy in the features' pages.tsx).
      return page ? <Suspense fallback={<PageLoading />}>{page.render(route.rest)}</Suspense> : <NotFoundPage />;
    }
    case 'notFound':
      return <NotFoundPage />;
  }
}

/** Which "page" we are on; focus moves to the h1 only when this changes (not on tab switches). */
function pageKey(route: Route): string {
  if (route.name === 'page') return `page:${route.page}:${route.rest.join('/')}`;
  return route.name === 'field' ? `field:${route.fieldId}` : route.name === 'start' ? 'overview' : route.name;
}

/** Another plan means other data: drop what the shared stores hold and load afresh. */
function resetStoresForPlan() {
  useTasks.getState().reset();
  useDistrict.getState().reset();
  if (usePlan.getState().current) void useTasks.getState().load();
}

export function App() {
  const loaded = usePlan((s) => s.loaded);
  const loadError = usePlan((s) => s.loadError);
  const plan = usePlan((s) => s.current);
  const route = useRoute();
  const planKey = planKeyOf(plan);

  useEffect(() => {
    void usePlan.getState().init();
  }, []);

  usePlanReload(resetStoresForPlan);

  // With a plan open, fetch the feature pages' code in the background (shortly after the first paint).
  useEffect(() => {
    if (!planKey) return;
    const timer = setTimeout(prefetchFeaturePages, 300);
    return () => clearTimeout(timer);
  }, [planKey]);

  const planState = !loaded ? 'loading' : loadError ? 'error' : !plan ? 'none' : !plan.isSetUp ? 'setup' : 'open';
  // Keyed by the plan's id, not its path: "Speichern unter …" keeps the planner where they are.
  usePageFocus(plan ? `${planState}:${plan.meta.id}` : planState, planState === 'open' ? pageKey(route) : '');

  let content: ReactNode;
  if (!loaded) {
    content = (
      <PlainFrame>
        <p className="loading">{t.loading}</p>
      </PlainFrame>
    );
  } else if (loadError) {
    content = (
      <PlainFrame>
        <div className="narrow">
          <h1 id={PAGE_HEADING_ID} tabIndex={-1}>
            {t.loadErrorHeading}
          </h1>
          <p role="alert" className="error-message">
            {loadError}
          </p>
          <button type="button" className="button-primary" onClick={() => location.reload()}>
            {t.reload}
          </button>
        </div>
      </PlainFrame>
    );
  } else if (!plan) {
    content = (
      <PlainFrame>
        <StartScreen />
      </PlainFrame>
    );
  } else if (!plan.isSetUp) {
    content = (
      <PlainFrame>
        <SetupScreen plan={plan} />
      </PlainFrame>
    );
  } else {
    content = (
      <AppFrame plan={plan} route={route}>
        {/* Keyed by the page (not the tab, which would remount it): another page starts afresh. */}
        <ErrorBoundary key={pageKey(route)} backHref="#/plan" backLabel={t.toOverview}>
          <PlanPage route={route} />
        </ErrorBoundary>
      </AppFrame>
    );
  }

  return (
    <>
      {/* Focus target when a new screen replaces the whole frame; the skip link follows it. */}
      <span id={PAGE_TOP_ID} tabIndex={-1} className="page-top" />
      <SkipLink />
      {content}
      <StatusBar />
    </>
  );
}
