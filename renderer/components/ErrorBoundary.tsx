/**
 * Catches an exception thrown while a page renders, so one broken view (an unexpected answer,
 * a bug) shows a German message with a way back instead of blanking the whole window. The
 * plan file is not affected: every change is saved when it is made.
 */
import { Component, type ErrorInfo, type ReactNode } from 'react';
import { componentTexts as t } from './texts';

interface Props {
  children: ReactNode;
  /** Where "back" leads, e.g. `#/plan`; the link is left out when null. */
  backHref: string | null;
  backLabel: string;
}

export class ErrorBoundary extends Component<Props, { error: Error | null }> {
  override state = { error: null as Error | null };

  static getDerivedStateFromError(error: unknown) {
    return { error: error instanceof Error ? error : new Error(String(error)) };
  }

  override componentDidCatch(error: unknown, info: ErrorInfo): void {
    console.error('[ui] a view failed to render:', error, info.componentStack);
  }

  override render() {
    const { error } = this.state;
    if (!error) return this.props.children;
    return (
      <div className="page narrow">
        <h1 tabIndex={-1}>{t.crashHeading}</h1>
        <div role="alert" className="error-message">
          <span className="error-icon" aria-hidden="true" />
          <span>{t.crashText}</span>
        </div>
        <p className="crash-detail">
          {t.crashDetail}: {error.message}
        </p>
        <div className="button-row">
          {this.props.backHref ? (
            <a className="button-primary" href={this.props.backHref}>
              {this.props.backLabel}
            </a>
          ) : null}
          <button type="button" onClick={() => location.reload()}>
            {t.crashReload}
          </button>
        </div>
      </div>
    );
  }
}
