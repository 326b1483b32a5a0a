// @vitest-environment happy-dom
/** The two input components every form uses: they say what they read, refuse what is ambiguous, and lose nothing. */
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { useState } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { DateInput } from '../../../renderer/components/DateInput';
import { GermanNumberInput } from '../../../renderer/components/GermanNumberInput';
import type { NumberKind } from '../../../shared/germanNumber';

afterEach(cleanup);

function NumberField({ initial = '', kind }: { initial?: string; kind?: NumberKind }) {
  const [text, setText] = useState(initial);
  return (
    <>
      <label htmlFor="n">Plätze</label>
      <GermanNumberInput id="n" value={text} onChange={setText} kind={kind} />
    </>
  );
}

const reading = () => document.getElementById('n-reading')!;

describe('GermanNumberInput', () => {
  it('shows under the box what it read, with German grouping', () => {
    render(<NumberField />);
    const box = screen.getByLabelText('Plätze');
    fireEvent.change(box, { target: { value: '4317' } });
    expect(reading().textContent).toBe('gelesen: 4.317');
    fireEvent.change(box, { target: { value: '1.050,5' } });
    expect(reading().textContent).toBe('gelesen: 1.050,5');
    expect(box.getAttribute('aria-invalid')).toBeNull();
    expect(box.getAttribute('aria-describedby')).toBe('n-reading');
  });

  it('refuses "1.05" as ambiguous instead of guessing, and keeps the typed text', () => {
    render(<NumberField />);
    const box = screen.getByLabelText('Plätze') as HTMLInputElement;
    fireEvent.change(box, { target: { value: '1.05' } });
    expect(box.value).toBe('1.05');
    expect(box.getAttribute('aria-invalid')).toBe('true');
    expect(reading().textContent).toMatch(/„1\.05“ ist nicht eindeutig.*z\. B\. 1,05/);
    expect(reading().className).toContain('number-reading-refused');
  });

  it('refuses English writing and words', () => {
    render(<NumberField />);
    const box = screen.getByLabelText('Plätze');
    fireEvent.change(box, { target: { value: '1,050.5' } });
    expect(reading().textContent).toMatch(/englischer Schreibweise/);
    fireEvent.change(box, { target: { value: 'viele' } });
    expect(reading().textContent).toMatch(/„viele“ ist keine Zahl/);
  });

  it('reads a share typed in percent', () => {
    render(<NumberField kind="share" initial="50 %" />);
    expect(reading().textContent).toBe('gelesen: 50 %');
  });

  it('says nothing for an empty box', () => {
    render(<NumberField initial="12" />);
    fireEvent.change(screen.getByLabelText('Plätze'), { target: { value: '' } });
    expect(reading().textContent).toBe('');
  });
});

function DateField({ value, onChange }: { value: string | null; onChange: (iso: string | null) => void }) {
  return (
    <>
      <label htmlFor="d">Beginn</label>
      <DateInput id="d" value={value} onChange={onChange} />
    </>
  );
}

describe('DateInput', () => {
  it('shows an ISO date the German way and hands back ISO once the text is a whole date', () => {
    const onChange = vi.fn();
    render(<DateField value="2026-03-07" onChange={onChange} />);
    const box = screen.getByLabelText('Beginn') as HTMLInputElement;
    expect(box.value).toBe('07.03.2026');
    fireEvent.change(box, { target: { value: '1.4.2027' } });
    expect(onChange).toHaveBeenLastCalledWith('2027-04-01');
    fireEvent.blur(box);
    expect(box.value).toBe('01.04.2027');
  });

  it('keeps the previous value while the text is no date, and says why on leaving the field', () => {
    const onChange = vi.fn();
    render(<DateField value="2026-03-07" onChange={onChange} />);
    const box = screen.getByLabelText('Beginn') as HTMLInputElement;
    fireEvent.change(box, { target: { value: '31.02.2026' } });
    expect(onChange).not.toHaveBeenCalled();
    expect(box.getAttribute('aria-invalid')).toBeNull();
    fireEvent.blur(box);
    expect(box.value).toBe('31.02.2026');
    expect(box.getAttribute('aria-invalid')).toBe('true');
    const message = document.getElementById(box.getAttribute('aria-describedby')!);
    expect(message?.textContent).toMatch(/31\.02\.2026/);
  });

  it('emptying the field is a null date', () => {
    const onChange = vi.fn();
    render(<DateField value="2026-03-07" onChange={onChange} />);
    fireEvent.change(screen.getByLabelText('Beginn'), { target: { value: '' } });
    expect(onChange).toHaveBeenLastCalledWith(null);
  });

  it('a value changed from outside replaces the text', () => {
    const { rerender } = render(<DateField value="2026-03-07" onChange={() => {}} />);
    rerender(<DateField value="2030-12-31" onChange={() => {}} />);
    expect((screen.getByLabelText('Beginn') as HTMLInputElement).value).toBe('31.12.2030');
  });
});
