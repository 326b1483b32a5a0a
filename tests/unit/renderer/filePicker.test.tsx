// @vitest-environment happy-dom
/** The German file chooser every import uses: one button in the tab order, the chosen file announced. */
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { useState } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { FilePicker } from '../../../renderer/components/FilePicker';

afterEach(cleanup);

function Picker({ onChosen }: { onChosen?: (names: string[]) => void }) {
  const [names, setNames] = useState<string[] | null>(null);
  return (
    <>
      <label htmlFor="f">Datei (CSV)</label>
      <FilePicker
        id="f"
        accept=".csv"
        chosen={names}
        onChange={(input) => {
          const chosen = [...(input.files ?? [])].map((f) => f.name);
          setNames(chosen);
          onChosen?.(chosen);
        }}
      />
    </>
  );
}

describe('FilePicker', () => {
  it('is a German button announcing that no file is chosen; the labelled input is out of the tab order', () => {
    render(<Picker />);
    const button = screen.getByRole('button', { name: 'Datei auswählen …' });
    expect(button.getAttribute('aria-describedby')).toBe('f-chosen');
    expect(document.getElementById('f-chosen')!.textContent).toBe('Keine Datei ausgewählt');
    const input = screen.getByLabelText('Datei (CSV)') as HTMLInputElement;
    expect(input.type).toBe('file');
    expect(input.tabIndex).toBe(-1);
    expect(input.className).toContain('visually-hidden');
  });

  it('opens the chooser from the button, emptied first so the same file can be read again', () => {
    render(<Picker />);
    const input = screen.getByLabelText('Datei (CSV)') as HTMLInputElement;
    const opened = vi.fn();
    input.addEventListener('click', (e) => {
      opened(input.value);
      e.preventDefault();
    });
    fireEvent.click(screen.getByRole('button', { name: 'Datei auswählen …' }));
    expect(opened).toHaveBeenCalledWith('');
  });

  it('shows the chosen file name', () => {
    const chosen = vi.fn();
    render(<Picker onChosen={chosen} />);
    const input = screen.getByLabelText('Datei (CSV)') as HTMLInputElement;
    fireEvent.change(input, { target: { files: [new File(['a'], 'kreis.csv', { type: 'text/csv' })] } });
    expect(chosen).toHaveBeenCalledWith(['kreis.csv']);
    expect(document.getElementById('f-chosen')!.textContent).toBe('kreis.csv');
  });
});
