import { useEffect, useState } from 'react';
import type { JobStatus } from '../../shared/contract/jobs';
import { errorMessage, invoke } from '../api';

const POLL_MS = 200;

/**
 * Follows a long-running job started by a channel that returned `{ jobId }`: polls its
 * status until it ends. `status` is null until the first answer arrives.
 */
export function useJob(jobId: string | null): { status: JobStatus | null; error: string | null; cancel: () => void } {
  const [status, setStatus] = useState<JobStatus | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    setStatus(null);
    setError(null);
    if (!jobId) return;
    let stopped = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const poll = async () => {
      try {
        const next = await invoke('jobs.status', { jobId });
        if (stopped) return;
        setStatus(next);
        if (next.state === 'running') timer = setTimeout(() => void poll(), POLL_MS);
      } catch (e) {
        if (!stopped) setError(errorMessage(e));
      }
    };
    void poll();
    return () => {
      stopped = true;
      clearTimeout(timer);
    };
  }, [jobId]);

  const cancel = () => {
    if (jobId) invoke('jobs.cancel', { jobId }).catch((e: unknown) => setError(errorMessage(e)));
  };
  return { status, error, cancel };
}
