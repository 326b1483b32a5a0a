/**
 * Pick lists of Akteure that search as the planner types (ARIA combobox with a listbox):
 * `stock.list` answers the first matches by name from SQL, so a register of thousands of
 * Akteure is never loaded whole. Keyboard: ↓/↑ move through the matches, Enter takes one,
 * Escape closes the list (typing or a click opens it); the chosen names come from the store's
 * name cache.
 */
import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import type { FieldA11y } from '../../components/Field';
import { LIST_MAX } from '../../../shared/contract/stockSchemas';
import { invoke } from '../../api';
import { useStock } from './stockStore';
import { stockTexts } from './texts';

const t = stockTexts.picker;
/** Matches shown at once: enough to choose from, few enough to read; more means "type more". */
const MATCHES = 20;

interface Match {
  id: string;
  name: string;
}

type BoxA11y = FieldA11y & { 'aria-required'?: true | undefined };

interface SearchBoxProps {
  a11y: BoxA11y;
  text: string;
  onText: (text: string) => void;
  onPick: (match: Match) => void;
  /** Ids not to offer again (already chosen). */
  exclude?: readonly string[];
  /** Leaving the box (blur, Escape): the caller may restore or clear the text. */
  onLeave?: () => void;
}

/** The input and its listbox. Answers that arrive late (the planner typed on) are dropped. */
function SearchBox({ a11y, text, onText, onPick, exclude = [], onLeave }: SearchBoxProps) {
  const [open, setOpen] = useState(false);
  const [matches, setMatches] = useState<Match[]>([]);
  const [more, setMore] = useState(false);
  const [active, setActive] = useState(-1);
  const latest = useRef(0);
  const listId = `${a11y.id}-list`;
  // By value: a new array of the same ids must not search again.
  const excluded = exclude.join(' ');

  useEffect(() => {
    if (!open) return;
    const request = ++latest.current;
    const skip = new Set(excluded.split(' '));
    invoke('stock.list', { register: 'akteure', text: text.trim(), order: 'title', limit: Math.min(LIST_MAX, MATCHES + 1 + skip.size) }).then(
      (records) => {
        if (request !== latest.current) return;
        const shown = records.filter((r) => !skip.has(r.id)).map((r) => ({ id: r.id, name: String(r.values.name ?? '') }));
        setMatches(shown.slice(0, MATCHES));
        setMore(shown.length > MATCHES);
        setActive(-1);
      },
      () => request === latest.current && setMatches([]),
    );
  }, [open, text, excluded]);

  const pick = (m: Match) => {
    useStock.getState().rememberActorName(m.id, m.name);
    onPick(m);
    setOpen(false);
  };
  const leave = () => {
    setOpen(false);
    onLeave?.();
  };
  function onKeyDown(e: KeyboardEvent<HTMLInputElement>) {
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault();
      if (!open) return setOpen(true);
      const step = e.key === 'ArrowDown' ? 1 : -1;
      setActive((i) => (matches.length === 0 ? -1 : (i + step + matches.length) % matches.length));
    } else if (e.key === 'Enter' && open) {
      // Enter inside the open list takes the match; it must not submit the form.
      e.preventDefault();
      const m = matches[active] ?? (matches.length === 1 ? matches[0] : undefined);
      if (m) pick(m);
    } else if (e.key === 'Escape' && open) {
      // Closes the list only; the dialog lets an open combobox have this Escape (Dialog.tsx).
      leave();
    }
  }

  return (
    <div className="picker">
      <input
        {...a11y}
        type="text"
        role="combobox"
        aria-autocomplete="list"
        aria-expanded={open}
        aria-controls={listId}
        aria-activedescendant={open && active >= 0 ? `${listId}-${active}` : undefined}
        autoComplete="off"
        value={text}
        onChange={(e) => {
          onText(e.target.value);
          setOpen(true);
        }}
        // Not on focus: the first field of a dialog gets the focus, and a list would cover the form.
        onClick={() => setOpen(true)}
        onBlur={leave}
        onKeyDown={onKeyDown}
      />
      {/* The listbox stays in the document (hidden when closed) so aria-controls always points at it. */}
      <ul id={listId} role="listbox" aria-label={t.matches} className="picker-list" hidden={!open || (matches.length === 0 && !more)}>
        {matches.map((m, i) => (
          <li
            key={m.id}
            id={`${listId}-${i}`}
            role="option"
            aria-selected={i === active}
            className={i === active ? 'picker-option active' : 'picker-option'}
            // mousedown, not click: the input keeps the focus, so blur does not close the list first.
            onMouseDown={(e) => {
              e.preventDefault();
              pick(m);
            }}
          >
            {m.name}
          </li>
        ))}
      </ul>
      <p className="field-hint" aria-live="polite">
        {open ? (matches.length === 0 ? t.none : more ? t.more(MATCHES) : '') : ''}
      </p>
    </div>
  );
}

/** One Akteur (or none: empty text). */
export function ActorPicker({ a11y, value, onChange }: { a11y: BoxA11y; value: string; onChange: (id: string) => void }) {
  const name = useStock((s) => (value ? s.actorNames.get(value) : undefined));
  const [text, setText] = useState(name ?? '');
  useEffect(() => {
    if (value) void useStock.getState().loadActorNames([value]);
  }, [value]);
  useEffect(() => setText(name ?? ''), [name]);
  return (
    <SearchBox
      a11y={a11y}
      text={text}
      onText={setText}
      onPick={(m) => {
        setText(m.name);
        onChange(m.id);
      }}
      // An emptied box means "no Akteur"; anything else typed but not chosen goes back to the choice.
      onLeave={() => {
        if (text.trim() === '') {
          if (value) onChange('');
        } else setText(name ?? '');
      }}
    />
  );
}

/** Several Akteure: the chosen ones as a list with remove buttons, and a search box to add one. */
export function ActorListPicker({ id, label, value, onChange, error }: { id: string; label: string; value: string[]; onChange: (ids: string[]) => void; error: string | null }) {
  const names = useStock((s) => s.actorNames);
  const [text, setText] = useState('');
  useEffect(() => void useStock.getState().loadActorNames(value), [value]);
  const errorId = error ? `${id}-error` : undefined;
  return (
    <fieldset className="field stock-checks" aria-describedby={errorId}>
      <legend>{label}</legend>
      {value.length === 0 ? <p className="field-hint">{t.noneChosen}</p> : null}
      <ul className="picker-chosen" aria-label={t.chosen(label)}>
        {value.map((actorId) => (
          <li key={actorId}>
            <span>{names.get(actorId) ?? '…'}</span>
            <button type="button" className="button-small" onClick={() => onChange(value.filter((x) => x !== actorId))}>
              {t.remove(names.get(actorId) ?? '')}
            </button>
          </li>
        ))}
      </ul>
      <label htmlFor={`${id}-add`}>{t.add}</label>
      <SearchBox
        a11y={{ id: `${id}-add`, 'aria-describedby': errorId, 'aria-invalid': error ? true : undefined }}
        text={text}
        onText={setText}
        exclude={value}
        onPick={(m) => {
          onChange([...value, m.id]);
          setText('');
        }}
      />
      {error ? (
        <p id={errorId} className="field-error">
          {error}
        </p>
      ) : null}
    </fieldset>
  );
}
