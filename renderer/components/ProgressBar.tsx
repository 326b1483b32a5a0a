interface ProgressBarProps {
  /** 0–100 */
  percent: number;
  label: string;
  valueText?: string;
  complete?: boolean;
}

/** A progress bar with its full meaning in the accessible name. */
export function ProgressBar({ percent, label, valueText, complete }: ProgressBarProps) {
  const value = Math.max(0, Math.min(100, Math.round(percent)));
  return (
    <div
      className={`progress${complete ? ' progress-complete' : ''}`}
      role="progressbar"
      aria-valuemin={0}
      aria-valuemax={100}
      aria-valuenow={value}
      aria-valuetext={valueText}
      aria-label={label}
    >
      <div className="progress-fill" style={{ width: `${value}%` }} />
    </div>
  );
}
