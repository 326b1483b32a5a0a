import { ACTION_FIELDS } from '../../../shared/catalog';
import { STEP_IDS, STEP_LABELS } from '../../../shared/catalog/types';
import { formatNumber } from '../../../shared/format';
import { planProgress } from '../../../shared/method/progress';
import { PAGE_HEADING_ID, useDocumentTitle } from '../../app/focus';
import { usePlan } from '../../app/planStore';
import { hrefFor } from '../../app/router';
import { ErrorMessage } from '../../components/ErrorMessage';
import { ProgressBar } from '../../components/ProgressBar';
import { TableScroll } from '../../components/TableScroll';
import { useTasks } from '../field/taskStore';
import { FirstSteps } from './FirstSteps';
import { overviewTexts as t } from './texts';

export function OverviewPage() {
  const records = useTasks((s) => s.records);
  const loadError = useTasks((s) => s.error);
  const plan = usePlan((s) => s.current);
  useDocumentTitle(t.pageTitle);
  const progress = planProgress(ACTION_FIELDS, Object.values(records));
  const totalText = t.total(progress.done, progress.relevant, formatNumber(Math.round(progress.percent)));

  return (
    <div className="page">
      <h1 id={PAGE_HEADING_ID} tabIndex={-1}>
        {t.heading}
        {plan?.meta.title ? <span className="heading-sub">{plan.meta.title}</span> : null}
      </h1>
      <p className="lead">{t.intro}</p>
      {loadError ? <ErrorMessage message={`${t.loadError} ${loadError}`} /> : null}
      {plan ? <FirstSteps planKey={`${plan.path}|${plan.meta.id}`} /> : null}
      <section className="card total-progress" aria-labelledby="total-heading">
        <h2 id="total-heading">{t.totalHeading}</h2>
        <p className="total-text">{totalText}</p>
        <ProgressBar
          percent={progress.percent}
          label={t.totalLabel(progress.done, progress.relevant)}
          valueText={totalText}
          complete={progress.status === 'erledigt'}
        />
        {progress.notRelevant > 0 ? <p className="muted">{t.notRelevant(progress.notRelevant)}</p> : null}
      </section>
      <TableScroll label={t.caption}>
        <table className="matrix">
          <caption>{t.caption}</caption>
          <thead>
            <tr>
              <th scope="col" className="col-field">
                {t.fieldColumn}
              </th>
              {STEP_IDS.map((id, i) => (
                <th scope="col" key={id} className="col-step">
                  {i + 1}. {STEP_LABELS[id]}
                </th>
              ))}
              <th scope="col" className="col-total">
                {t.totalColumn}
              </th>
            </tr>
          </thead>
          <tbody>
            {ACTION_FIELDS.map((field, row) => {
              const fp = progress.fields[row]!;
              return (
                <tr key={field.id}>
                  <th scope="row" className="matrix-field">
                    <a href={hrefFor({ name: 'field', fieldId: field.id, stepId: 'bestand' })}>
                      <span className="field-number">{field.number}</span>
                      <span>{field.shortTitle}</span>
                    </a>
                  </th>
                  {STEP_IDS.map((stepId) => {
                    const p = fp.steps[stepId];
                    const label = t.cellLabel(field.number, stepId, p.done, p.relevant);
                    return (
                      <td key={stepId} className={`matrix-cell status-${p.status}`}>
                        <a className="cell-link" href={hrefFor({ name: 'field', fieldId: field.id, stepId })}>
                          <span className="visually-hidden">{t.cellPrefix(field.number, stepId)}</span>
                          {t.cell(p.done, p.relevant)}
                        </a>
                        <ProgressBar percent={p.percent} label={label} complete={p.status === 'erledigt'} />
                        {p.inProgress > 0 ? <span className="cell-note">{t.inProgress(p.inProgress)}</span> : null}
                      </td>
                    );
                  })}
                  <td className={`matrix-total status-${fp.status}`}>
                    <span>{t.cell(fp.done, fp.relevant)}</span>
                    <ProgressBar percent={fp.percent} label={t.fieldTotalLabel(field.number, fp.done, fp.relevant)} complete={fp.status === 'erledigt'} />
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </TableScroll>
    </div>
  );
}
