/** Starts `report.generate` and follows the job; the parsed result once it is done. */
import { useEffect, useState } from 'react';
import { reportResultSchema, type ReportGenerateInput, type ReportResult } from '../../../shared/contract/reportSchemas';
import { errorMessage, invoke } from '../../api';
import { useJob } from '../../components/useJob';

export function useReportJob() {
  const [jobId, setJobId] = useState<string | null>(null);
  const [startError, setStartError] = useState<string | null>(null);
  const [result, setResult] = useState<ReportResult | null>(null);
  const { status, error, cancel } = useJob(jobId);
  useEffect(() => {
    if (status?.state === 'done') setResult(reportResultSchema.parse(status.result));
  }, [status]);
  const start = async (input: ReportGenerateInput) => {
    setStartError(null);
    setResult(null);
    try {
      setJobId((await invoke('report.generate', input)).jobId);
    } catch (e) {
      setStartError(errorMessage(e));
    }
  };
  const running = jobId !== null && (status === null || status.state === 'running');
  return { start, status, cancel, running, result, error: startError ?? error ?? (status?.state === 'failed' || status?.state === 'cancelled' ? status.error : null) };
}
