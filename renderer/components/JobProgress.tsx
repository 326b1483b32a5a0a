import type { JobStatus } from '../../shared/contract/jobs';
import { ProgressBar } from './ProgressBar';
import { componentTexts as t } from './texts';

/**
 * Progress of a running job with a cancel button; announced politely to screen readers.
 * Shows nothing once the job has ended (the caller shows the result or the error).
 */
export function JobProgress({ label, status, onCancel }: { label: string; status: JobStatus | null; onCancel: () => void }) {
  if (status && status.state !== 'running') return null;
  const done = status?.done ?? 0;
  const total = status?.total ?? null;
  const percent = total ? (done / total) * 100 : 0;
  const text = total ? t.jobProgress(done, total) : t.jobRunning;
  return (
    <div className="job-progress" aria-live="polite">
      <p>
        <strong>{label}</strong> {status?.message ? `– ${status.message}` : ''}
      </p>
      <ProgressBar percent={percent} label={label} valueText={text} />
      <p className="job-progress-text">{text}</p>
      <button type="button" onClick={onCancel}>
        {t.jobCancel}
      </button>
    </div>
  );
}
