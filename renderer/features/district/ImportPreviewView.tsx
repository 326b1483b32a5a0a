import type { ImportPreview } from '../../../shared/contract/schemas';
import { formatDate, formatEncoding, formatNumber } from '../../../shared/format';
import { TableScroll } from '../../components/TableScroll';
import { districtTexts } from './texts';

const t = districtTexts.import;

/** Dates from the source may be ISO or already German; show ISO ones the German way. */
const sourceDate = (s: string | null) => (s && /^\d{4}-\d{2}-\d{2}/.test(s) ? formatDate(s.slice(0, 10)) : s);

export function ImportPreviewView({ preview }: { preview: ImportPreview }) {
  const errors = preview.problems.filter((p) => p.severity === 'fehler');
  const hints = preview.problems.filter((p) => p.severity === 'hinweis');
  const source: [string, string | null][] = [
    [t.sourceTable, preview.source.table],
    [t.sourceDate, sourceDate(preview.source.referenceDate)],
    [t.sourceStand, sourceDate(preview.source.stand)],
  ];
  const shownSource = source.filter(([, v]) => v);
  return (
    <div className="import-preview">
      <h3>{t.previewHeading}</h3>
      <dl className="meta-list meta-list-compact">
        {preview.kreisKey ? (
          <div>
            <dt>{t.kreis}</dt>
            <dd>{preview.kreisName ? `${preview.kreisName} (${preview.kreisKey})` : preview.kreisKey}</dd>
          </div>
        ) : null}
        <div>
          <dt>{t.encoding}</dt>
          <dd>{formatEncoding(preview.encoding)}</dd>
        </div>
      </dl>

      {errors.length + hints.length > 0 ? (
        <section aria-labelledby="import-problems" className="import-problems">
          <h4 id="import-problems">{t.problemsHeading}</h4>
          <ul>
            {[...errors, ...hints].map((p, i) => (
              <li key={i} className={p.severity === 'fehler' ? 'problem-error' : 'problem-hint'}>
                <strong>{p.severity === 'fehler' ? t.error : t.hint}</strong>
                {p.line !== null ? ` (${t.line(p.line)})` : ''}: {p.message}
              </li>
            ))}
          </ul>
        </section>
      ) : null}

      {shownSource.length > 0 || preview.source.licence ? (
        <section aria-labelledby="import-source">
          <h4 id="import-source">{t.sourceHeading}</h4>
          {shownSource.length > 0 ? (
            <dl className="meta-list meta-list-compact">
              {shownSource.map(([label, value]) => (
                <div key={label}>
                  <dt>{label}</dt>
                  <dd>{value}</dd>
                </div>
              ))}
            </dl>
          ) : null}
          {preview.source.licence ? (
            <p className="licence">
              <span className="muted">{t.sourceLicence}: </span>
              {preview.source.licence}
            </p>
          ) : null}
        </section>
      ) : null}

      {preview.rows.length > 0 ? (
        <TableScroll label={t.previewCaption} tall>
          <table className="data-table">
            <caption>{t.previewCaption}</caption>
            <thead>
              <tr>
                <th scope="col">{t.colAgs}</th>
                <th scope="col">{t.colName}</th>
                <th scope="col">{t.colKind}</th>
                <th scope="col" className="num">
                  {t.colPopulation}
                </th>
                <th scope="col">{t.colStatus}</th>
              </tr>
            </thead>
            <tbody>
              {preview.rows.map((r) => (
                <tr key={r.ags + (r.line ?? '')}>
                  <td className="mono">{r.ags}</td>
                  <th scope="row">{r.name}</th>
                  <td>{districtTexts.gemeinden.kind[r.kind]}</td>
                  <td className="num">{formatNumber(r.population)}</td>
                  <td>
                    <span className={`badge badge-${r.status}`}>{t.status[r.status]}</span>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      ) : null}
    </div>
  );
}
