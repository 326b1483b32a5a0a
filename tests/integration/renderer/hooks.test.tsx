// @vitest-environment happy-dom
/** The shared hooks against a real host: a real job followed to its end, a real "file exists" refusal answered with „Ersetzen“. */
import fs from 'node:fs';
import path from 'node:path';
import { cleanup, fireEvent, render, renderHook, screen, waitFor } from '@testing-library/react';
import { useState } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { invoke } from '../../../renderer/api';
import { useJob } from '../../../renderer/components/useJob';
import { useOverwriteConfirm } from '../../../renderer/components/useOverwriteConfirm';
import { pdfExportResultSchema } from '../../../shared/contract/measuresSchemas';
import { useRendererHost } from '../../helpers/rendererHost';

const host = useRendererHost();
const meta = { title: 'Plan', districtName: 'Landkreis Lüchow-Dannenberg', kreisKey: '03354', periodFrom: 2026, periodTo: 2030, organisation: '', author: '' };
let files = 0;
/** A fresh plan per test, so no test depends on what another one left behind. */
const newPlan = () => invoke('plan.create', { path: path.join(host.dir, `plan-${++files}.sqlite`), meta });

afterEach(cleanup);

describe('useJob', () => {
  it('follows a real export job until it is done and hands over its result', async () => {
    await newPlan();
    const { jobId } = await invoke('measures.exportPdf', { kind: 'meilensteinplan', pageSize: 'A4', path: null, today: '2026-05-01' });
    const { result } = renderHook(() => useJob(jobId));
    expect(result.current.status).toBeNull();
    await waitFor(() => expect(result.current.status?.state).toBe('done'), { timeout: 20_000 });
    expect(result.current.error).toBeNull();
    const pdf = pdfExportResultSchema.parse(result.current.status!.result);
    expect(Buffer.from(pdf.base64, 'base64').subarray(0, 5).toString()).toBe('%PDF-');
  });

  it('shows the German refusal for a job the host does not know', async () => {
    const { result } = renderHook(() => useJob('00000000-0000-4000-8000-000000000000'));
    await waitFor(() => expect(result.current.error).not.toBeNull());
    expect(result.current.error).toBe('Diesen Vorgang gibt es nicht (mehr).');
    expect(result.current.status).toBeNull();
  });

  it('without a job id it asks the host nothing', async () => {
    const before = host.channels.length;
    const { result } = renderHook(() => useJob(null));
    await new Promise((r) => setTimeout(r, 300));
    expect(host.channels.length).toBe(before);
    expect(result.current).toMatchObject({ status: null, error: null });
  });
});

function SaveAs({ target, onError }: { target: string; onError: (e: unknown) => void }) {
  const { run, dialog } = useOverwriteConfirm();
  const [saved, setSaved] = useState<string | null>(null);
  const save = () =>
    run(async (overwrite) => {
      const plan = await invoke('plan.saveAs', { path: target, overwrite });
      setSaved(plan.path);
    }).catch(onError);
  return (
    <>
      <button type="button" onClick={() => void save()}>
        Speichern unter
      </button>
      {saved ? <p>Gespeichert als {saved}</p> : null}
      {dialog}
    </>
  );
}

describe('useOverwriteConfirm', () => {
  it('writes at once when the file is new', async () => {
    await newPlan();
    const target = path.join(host.dir, `neu-${files}.sqlite`);
    const errors: unknown[] = [];
    render(<SaveAs target={target} onError={(e) => errors.push(e)} />);
    fireEvent.click(screen.getByRole('button', { name: 'Speichern unter' }));
    await screen.findByText(`Gespeichert als ${target}`);
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(errors).toEqual([]);
  });

  it('asks before replacing an existing file, and replaces it only after „Ersetzen“', async () => {
    await newPlan();
    const target = path.join(host.dir, `vorhanden-${files}.sqlite`);
    fs.writeFileSync(target, 'nicht ersetzen, bevor gefragt wurde');
    const errors: unknown[] = [];
    render(<SaveAs target={target} onError={(e) => errors.push(e)} />);
    fireEvent.click(screen.getByRole('button', { name: 'Speichern unter' }));
    const dialog = await screen.findByRole('dialog', { name: 'Datei ersetzen?' });
    expect(dialog.textContent).toContain(path.basename(target));
    expect(fs.readFileSync(target, 'utf8')).toBe('nicht ersetzen, bevor gefragt wurde');

    fireEvent.click(screen.getByRole('button', { name: 'Ersetzen' }));
    await screen.findByText(`Gespeichert als ${target}`);
    expect(fs.readFileSync(target).subarray(0, 15).toString()).toBe('SQLite format 3');
    expect(errors).toEqual([]);
  });

  it('passes every other refusal on to the caller, without asking', async () => {
    await newPlan();
    const errors: unknown[] = [];
    render(<SaveAs target={path.join(host.dir, 'fehlt', 'gibt-es-nicht', 'x.sqlite')} onError={(e) => errors.push(e)} />);
    fireEvent.click(screen.getByRole('button', { name: 'Speichern unter' }));
    await waitFor(() => expect(errors).toHaveLength(1));
    expect((errors[0] as { code?: string }).code).not.toBe('file-exists');
    expect(screen.queryByRole('dialog')).toBeNull();
  });
});
