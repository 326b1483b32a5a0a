/** One chapter of the report: switch, what it contains, the page it starts on, and the planner's own text. */
import { useId, useState } from 'react';
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
  const included = chapter.number !== null;
  return (
    <li className="report-chapter">
      <div className="report-chapter-head">
        <input id={`${id}-on`} type="checkbox" checked={chapter.enabled} onChange={(e) => void onSave(e.target.checked, text)} />
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
          {t.ownText}
        </label>
        <textarea
          id={`${id}-text`}
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
              void onSave(chapter.enabled, text).then(() => setSaved(true))
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
