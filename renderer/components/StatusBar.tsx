/**
 * The live regions of the window: confirmations (role="status") and errors (role="alert"),
 * both always in the DOM so assistive technology picks up every change.
 */
import { useStatus } from '../app/statusStore';
import { componentTexts } from './texts';

export function StatusBar() {
  const message = useStatus((s) => s.message);
  const clear = useStatus((s) => s.clear);
  const info = message?.kind === 'info' ? message : null;
  const error = message?.kind === 'error' ? message : null;
  return (
    <div className={`status-bar${message ? ' status-bar-visible' : ''}${error ? ' status-bar-error' : ''}`}>
      <div role="status" aria-live="polite" aria-atomic="true" className="status-text">
        {/* The key makes a repeated "Gespeichert" a new text node, so it is announced again. */}
        {info ? <span key={info.id}>{info.text}</span> : null}
      </div>
      <div role="alert" aria-atomic="true" className="status-text">
        {error ? <span key={error.id}>{error.text}</span> : null}
      </div>
      {message?.action ? (
        <button
          type="button"
          className="button-small"
          onClick={() => {
            const action = message.action;
            clear(message.id);
            void action?.run();
          }}
        >
          {message.action.label}
        </button>
      ) : null}
      {message ? (
        <button type="button" className="button-icon button-small" onClick={() => clear(message.id)}>
          <span aria-hidden="true">×</span>
          <span className="visually-hidden">{componentTexts.closeMessage}</span>
        </button>
      ) : null}
    </div>
  );
}
