/**
 * German file chooser. Chromium draws the native `<input type="file">` with its own English
 * „Choose File“ / „No file chosen“ (the UI language of the browser, not of the page), so the
 * native input is visually hidden and a real button opens it. The input keeps the field's
 * `<label htmlFor>`: clicking the label still opens the chooser, and tests set files on it.
 * The input is out of the tab order so keyboard users meet one control, the button, which
 * announces the chosen file (or that none is chosen) as its description.
 */
import { useRef } from 'react';
import { componentTexts } from './texts';

interface FilePickerProps {
  /** Id of the hidden input; the field's `<label htmlFor>` points here. */
  id: string;
  accept: string;
  multiple?: boolean;
  /** Names of the files the form holds now; null or empty when none is chosen. */
  chosen: readonly string[] | null;
  /** Id(s) of a hint the button should also announce. */
  describedBy?: string;
  disabled?: boolean;
  onChange: (input: HTMLInputElement) => void;
}

export function FilePicker({ id, accept, multiple, chosen, describedBy, disabled, onChange }: FilePickerProps) {
  const input = useRef<HTMLInputElement>(null);
  const chosenId = `${id}-chosen`;
  const names = chosen?.filter(Boolean) ?? [];
  return (
    <div className="file-picker">
      <input
        ref={input}
        id={id}
        type="file"
        className="visually-hidden"
        tabIndex={-1}
        accept={accept}
        multiple={multiple}
        disabled={disabled}
        // Emptied on each opening: choosing the corrected file of the same name must read it again, not keep the old preview.
        onClick={(e) => (e.currentTarget.value = '')}
        onChange={(e) => onChange(e.currentTarget)}
      />
      <button type="button" disabled={disabled} aria-describedby={[chosenId, describedBy].filter(Boolean).join(' ')} onClick={() => input.current?.click()}>
        {componentTexts.chooseFile}
      </button>
      <span id={chosenId} className={names.length > 0 ? 'file-picker-name' : 'file-picker-name muted'}>
        {names.length > 0 ? names.join(', ') : componentTexts.noFileChosen}
      </span>
    </div>
  );
}
