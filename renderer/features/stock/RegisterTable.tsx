/**
 * One register as a table: sort by any column, filter by Gemeinde and kind, full-text search,
 * in pages. Search, filters, sorting, counts and sums run in SQL (`stock.page`,
 * db/stock/registerPage.ts): a register of 50,000 offers sends one page, not every record.
 * aria-rowcount and aria-rowindex tell screen readers where the page sits in the whole.
 */
import { useCallback, useEffect, useId, useMemo, useRef, useState } from 'react';
import { formatNumber } from '../../../shared/format';
import type { RegisterPage, RegisterRecord } from '../../../shared/contract/stockSchemas';
import type { FieldDef, RegisterDef } from '../../../shared/stock/registers';
import { errorMessage, invoke } from '../../api';
import { showError, showStatus } from '../../app/statusStore';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { ErrorMessage } from '../../components/ErrorMessage';
import { usePlanReload } from '../../components/usePlanReload';
import { Pager } from '../../components/Pager';
import { SortHeader, type SortState } from '../../components/sorting';
import { actorIdsIn, displayContext, displayValue } from './display';
import { downloadBase64 } from '../../components/download';
import { RecordDialog } from './RecordDialog';
import { StockImportDialog } from './StockImportDialog';
import { feedsReferenceData, useStock } from './stockStore';
import { SurveyDialog } from './SurveyDialog';
import { stockTexts } from './texts';
import './stock.css';
import { GemeindeSelect } from './GemeindeSelect';

const t = stockTexts.table;
/** Rows per page: a screenful or two, so paging is rare and every page loads at once. */
const PAGE_SIZE = 50;

/** Choice and list values are long words („Seniorenberatung/Pflegeberatung“): they wrap instead of being cut off. */
const WRAPPING_TYPES: ReadonlySet<FieldDef['type']> = new Set(['enum', 'offerType', 'fieldList', 'gemeindeList', 'actorList']);
function cellClass(f: FieldDef): string | undefined {
  if (f.type === 'number' || f.type === 'integer') return 'num';
  return WRAPPING_TYPES.has(f.type) ? 'cell-wrap' : undefined;
}

type DialogState = { kind: 'add' } | { kind: 'edit'; record: RegisterRecord } | { kind: 'delete'; record: RegisterRecord } | { kind: 'import' } | { kind: 'survey' } | null;

export function RegisterTable({ def }: { def: RegisterDef }) {
  const id = useId();
  const gemeinden = useStock((s) => s.gemeinden);
  const actorNames = useStock((s) => s.actorNames);
  const offerTypes = useStock((s) => s.offerTypes);
  const [data, setData] = useState<RegisterPage | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [query, setQuery] = useState('');
  const [gemeindeFilter, setGemeindeFilter] = useState('');
  const [kindFilter, setKindFilter] = useState('');
  const [page, setPage] = useState(0);
  const [dialog, setDialog] = useState<DialogState>(null);
  const columns = useMemo(() => def.fields.filter((f) => f.inTable), [def]);
  const titleField = def.fields.find((f) => f.key === def.titleKey)!;
  const kindField: FieldDef | undefined = def.fields.find((f) => (f.type === 'enum' || f.type === 'offerType') && f.inTable);
  const gemeindeKey = def.gemeindeKey ?? def.gemeindeListKey;
  const [sort, setSort] = useState<SortState<string>>({ key: columns[0]!.key, direction: 'ascending' });
  const ctx = useMemo(() => displayContext(gemeinden, actorNames, offerTypes), [gemeinden, actorNames, offerTypes]);

  // Answers can overtake each other while the planner types: only the latest request counts.
  const latest = useRef(0);
  const load = useCallback(async () => {
    const request = ++latest.current;
    try {
      const answer = await invoke('stock.page', { register: def.id, text: query, gemeindeId: gemeindeFilter || null, kind: kindFilter || null, sort, limit: PAGE_SIZE, offset: page * PAGE_SIZE });
      if (request !== latest.current) return;
      // A page beyond the end (the last record of the last page was deleted): show the last page.
      if (answer.records.length === 0 && page > 0 && answer.matching > 0) return setPage(Math.ceil(answer.matching / PAGE_SIZE) - 1);
      setData(answer);
      setError(null);
    } catch (e) {
      if (request === latest.current) setError(errorMessage(e));
    }
  }, [def.id, query, gemeindeFilter, kindFilter, sort, page]);
  // Again on every search, filter, sort or page, for another register, and for another plan.
  usePlanReload(load);
  // A new search, filter or sort starts on the first page, so the first hits are not hidden.
  useEffect(() => setPage(0), [def.id, query, gemeindeFilter, kindFilter, sort]);
  // The names of the Akteure this page shows (the register of Akteure is not loaded whole).
  useEffect(() => void useStock.getState().loadActorNames(actorIdsIn(def, data?.records ?? [])), [def, data]);

  const rows = useMemo(() => (data?.records ?? []).map((record) => ({ record, cells: columns.map((f) => displayValue(f, record.values[f.key], ctx)) })), [data, columns, ctx]);
  const pageCount = data ? Math.max(1, Math.ceil(data.matching / PAGE_SIZE)) : 1;
  const offset = page * PAGE_SIZE;
  const sums = data ? columns.filter((f) => data.sums[f.key] !== undefined).map((f) => `${f.label} ${formatNumber(data.sums[f.key]!, Number.isInteger(data.sums[f.key]) ? 0 : 1)}`) : [];

  const toggle = (key: string) => setSort((s) => ({ key, direction: s.key === key && s.direction === 'ascending' ? 'descending' : 'ascending' }));
  const titleOf = (r: RegisterRecord) => displayValue(titleField, r.values[def.titleKey], ctx) || def.singular;

  async function remove(r: RegisterRecord) {
    await invoke('stock.delete', { register: def.id, id: r.id });
    await load();
    if (feedsReferenceData(def)) await useStock.getState().refresh();
    const title = titleOf(r);
    showStatus(t.deleted(title), {
      action: {
        label: t.undo,
        run: async () => {
          try {
            await invoke('stock.restore', { register: def.id, id: r.id });
            await load();
            if (feedsReferenceData(def)) await useStock.getState().refresh();
            showStatus(t.restored(title));
          } catch (e) {
            showError(errorMessage(e));
          }
        },
      },
    });
  }

  async function exportAs(format: 'csv' | 'xlsx') {
    try {
      const file = await invoke('stock.export', { register: def.id, format });
      downloadBase64(file.fileName, file.mimeType, file.contentBase64);
      showStatus(t.exported(file.fileName));
    } catch (e) {
      showError(errorMessage(e));
    }
  }

  const kindOptions = kindField ? (kindField.type === 'offerType' ? offerTypes.map((o) => ({ value: o.id, label: o.label })) : (kindField.options ?? [])) : [];
  const hasExamples = (data?.examples ?? 0) > 0;

  return (
    <section className="card" aria-labelledby={`${id}-h`}>
      <div className="section-head">
        <h2 id={`${id}-h`} tabIndex={-1}>
          {def.label}
        </h2>
        <div className="button-row">
          <button type="button" className="button-primary" onClick={() => setDialog({ kind: 'add' })}>
            {t.add(def.singular)}
          </button>
          <button type="button" onClick={() => setDialog({ kind: 'import' })}>
            {t.import}
          </button>
          <button type="button" onClick={() => void exportAs('csv')}>
            {t.exportCsv}
          </button>
          <button type="button" onClick={() => void exportAs('xlsx')}>
            {t.exportXlsx}
          </button>
          <button type="button" onClick={() => setDialog({ kind: 'survey' })}>
            {t.survey}
          </button>
        </div>
      </div>
      <p className="muted">{def.description}</p>
      {def.fields.some((f) => f.personal) ? <p className="stock-personal">{t.personal}: {def.fields.filter((f) => f.personal).map((f) => f.label).join(', ')}.</p> : null}
      {hasExamples ? <p className="notice notice-sample">{stockTexts.exampleNote}</p> : null}
      <ErrorMessage message={error} />
      {data === null ? null : data.total === 0 ? (
        <p className="empty">{t.empty}</p>
      ) : (
        <>
          <div className="table-tools stock-tools">
            <div className="field field-search">
              <label htmlFor={`${id}-search`}>{t.search}</label>
              <input id={`${id}-search`} type="search" value={query} onChange={(e) => setQuery(e.target.value)} aria-describedby={`${id}-search-hint`} autoComplete="off" />
              <p id={`${id}-search-hint`} className="field-hint">
                {t.searchHint}
              </p>
            </div>
            {gemeindeKey ? (
              <GemeindeSelect id={`${id}-gem`} label={t.filterGemeinde} allLabel={t.all} gemeinden={gemeinden} value={gemeindeFilter} onChange={setGemeindeFilter} />
            ) : null}
            {kindField ? (
              <div className="field">
                <label htmlFor={`${id}-kind`}>{kindField.label}</label>
                <select id={`${id}-kind`} value={kindFilter} onChange={(e) => setKindFilter(e.target.value)}>
                  <option value="">{t.all}</option>
                  {kindOptions.map((o) => (
                    <option key={o.value} value={o.value}>
                      {o.label}
                    </option>
                  ))}
                </select>
              </div>
            ) : null}
            <p className="table-count" aria-live="polite">
              {t.count(data.matching, data.total)}
            </p>
          </div>
          <div className="stock-scroll" role="region" aria-label={def.label} tabIndex={0}>
            <table className="data-table stock-table" aria-rowcount={data.matching + 1}>
              <caption className="visually-hidden">{def.label}</caption>
              <thead>
                <tr aria-rowindex={1}>
                  {columns.map((f) => (
                    <SortHeader key={f.key} label={f.label} column={f.key} sort={sort} onSort={toggle} />
                  ))}
                  <th scope="col">
                    <span className="visually-hidden">{t.colActions}</span>
                  </th>
                </tr>
              </thead>
              <tbody>
                {rows.map((row, index) => {
                  const r = row.record;
                  const title = titleOf(r);
                  return (
                    <tr key={r.id} aria-rowindex={offset + index + 2} className="stock-row">
                      {columns.map((f, i) =>
                        f.key === def.titleKey ? (
                          <th key={f.key} scope="row" title={row.cells[i]}>
                            {r.isExample ? <span className="badge badge-example">{stockTexts.exampleBadge}</span> : null}
                            {row.cells[i]}
                          </th>
                        ) : (
                          <td key={f.key} className={cellClass(f)} title={row.cells[i]}>
                            {row.cells[i]}
                          </td>
                        ),
                      )}
                      <td className="actions-cell">
                        <div className="row-actions">
                          <button type="button" className="button-small" aria-label={t.editLabel(title)} onClick={() => setDialog({ kind: 'edit', record: r })}>
                            {t.edit}
                          </button>
                          <button type="button" className="button-small button-danger-quiet" aria-label={t.deleteLabel(title)} onClick={() => setDialog({ kind: 'delete', record: r })}>
                            {t.delete}
                          </button>
                        </div>
                      </td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </div>
          {data.matching === 0 ? <p className="empty">{t.noMatch}</p> : null}
          {sums.length > 0 && data.matching > 0 ? <p className="muted">{t.sums(sums)}</p> : null}
          <Pager page={page} pageCount={pageCount} onPage={setPage} />
        </>
      )}
      {dialog?.kind === 'add' || dialog?.kind === 'edit' ? (
        <RecordDialog
          def={def}
          record={dialog.kind === 'edit' ? dialog.record : null}
          preset={gemeindeFilter && def.gemeindeKey ? { [def.gemeindeKey]: gemeindeFilter } : {}}
          onClose={() => setDialog(null)}
          onSaved={() => void load()}
          onErased={() => void load()}
        />
      ) : null}
      {dialog?.kind === 'delete' ? (
        <ConfirmDialog
          title={t.confirmTitle}
          message={t.confirmText(titleOf(dialog.record))}
          confirmLabel={t.delete}
          fallbackFocusId={`${id}-h`}
          onConfirm={() => remove(dialog.record)}
          onClose={() => setDialog(null)}
        />
      ) : null}
      {dialog?.kind === 'import' ? (
        <StockImportDialog
          def={def}
          onClose={() => setDialog(null)}
          onImported={async () => {
            await load();
            if (feedsReferenceData(def)) await useStock.getState().refresh();
          }}
        />
      ) : null}
      {dialog?.kind === 'survey' ? <SurveyDialog def={def} onClose={() => setDialog(null)} /> : null}
    </section>
  );
}
