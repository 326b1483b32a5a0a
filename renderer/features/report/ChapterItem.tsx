/** One chapter of the report: switch, what it contains, the page it starts on, and the planner's own text. */
import { useEffect, useId, useState } from 'react';
import type { ChapterOutlineDto } from '../../../shared/contract/reportSchemas';
import { reportTexts as t } from './texts';

interface Props {
  chapter: ChapterOutlineDto;
  page: number | undefined;
  onSave: (enabled: boolean, ownText: string) => Promise<void>;
}

export function ChapterItem({ chapter, page, onSave }: Props) {
  const id = useId();
  const [text, setText] = useState(chapter.ownText);
  const [saved, setSaved] = useState(false);
  // Shown at once; the host's answer (new numbering) follows.
  const [enabled, setEnabled] = useState(chapter.enabled);
  useEffect(() => setEnabled(chapter.enabled), [chapter.enabled]);
  const included = chapter.number !== null;
  return (
    <li className="report-chapter">
      <div className="report-chapter-head">
        <input
          id={`${id}-on`}
          type="checkbox"
          checked={enabled}
          onChange={(e) => {
            setEnabled(e.target.checked);
            void onSave(e.target.checked, chapter.ownText);
          }}
        />
        <label htmlFor={`${id}-on`}>
          <strong>
            {chapter.number !== null ? `${chapter.number} ` : ''}
            {chapter.title}
          </strong>
        </label>
        <span className="report-chapter-meta">
          {included ? t.summary(chapter.figures, chapter.tables) : t.off}
          {included && page ? ` · ${t.pageFrom(page)}` : ''}
        </span>
      </div>
      {!chapter.hasContent ? <p className="hint">{t.empty}</p> : null}
      {chapter.headings.length > 0 && included ? <p className="hint">{chapter.headings.slice(0, 8).join(' · ')}{chapter.headings.length > 8 ? ' …' : ''}</p> : null}
      <details>
        <summary>{t.ownText}</summary>
        <label htmlFor={`${id}-text`} className="visually-hidden">
          {t.ownTextLabel(chapter.title)}
        </label>
        <p id={`${id}-hint`} className="hint">
          {t.ownTextHint}
        </p>
        <textarea
          id={`${id}-text`}
          aria-describedby={`${id}-hint`}
          rows={4}
          value={text}
          onChange={(e) => {
            setText(e.target.value);
            setSaved(false);
          }}
        />
        <div className="button-row">
          <button
            type="button"
            onClick={() =>
              void onSave(enabled, text).then(() => setSaved(true))
            }
            disabled={text === chapter.ownText}
          >
            {t.saveText}
          </button>
          {saved ? <span role="status">{t.saved}</span> : null}
        </div>
      </details>
    </li>
  );
}
