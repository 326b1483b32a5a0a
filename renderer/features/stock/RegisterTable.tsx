/**
 * One register as a table: sort by any column, filter by Gemeinde and kind, full-text
 * search, and virtual rows (only the visible rows are in the DOM, so 50,000 records scroll
 * smoothly). Spacer rows keep it a real <table> for screen readers, with aria-rowcount
 * and aria-rowindex telling them where they are.
 */
import { useVirtualizer } from '@tanstack/react-virtual';
import { useCallback, useEffect, useId, useMemo, useRef, useState } from 'react';
import type { RegisterRecord } from '../../../shared/contract/stockSchemas';
import type { FieldDef, RegisterDef } from '../../../shared/stock/registers';
import { errorMessage, invoke } from '../../api';
import { showError, showStatus } from '../../app/statusStore';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { ErrorMessage } from '../../components/ErrorMessage';
import { usePlanReload } from '../../components/usePlanReload';
import { compareValues, SortHeader, type SortState } from '../../components/sorting';
import { displayContext, displayValue, sortValue } from './display';
import { downloadBase64 } from '../../components/download';
import { RecordDialog } from './RecordDialog';
import { StockImportDialog } from './StockImportDialog';
import { feedsReferenceData, useStock } from './stockStore';
import { SurveyDialog } from './SurveyDialog';
import { stockTexts } from './texts';
import './stock.css';
import { GemeindeSelect } from './GemeindeSelect';

const t = stockTexts.table;
const ROW_HEIGHT = 44;

type DialogState = { kind: 'add' } | { kind: 'edit'; record: RegisterRecord } | { kind: 'delete'; record: RegisterRecord } | { kind: 'import' } | { kind: 'survey' } | null;

export function RegisterTable({ def }: { def: RegisterDef }) {
  const id = useId();
  const gemeinden = useStock((s) => s.gemeinden);
  const actors = useStock((s) => s.actors);
  const offerTypes = useStock((s) => s.offerTypes);
  const [records, setRecords] = useState<RegisterRecord[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [query, setQuery] = useState('');
  const [gemeindeFilter, setGemeindeFilter] = useState('');
  const [kindFilter, setKindFilter] = useState('');
  const [dialog, setDialog] = useState<DialogState>(null);
  const columns = useMemo(() => def.fields.filter((f) => f.inTable), [def]);
  const searchFields = useMemo(() => def.fields.filter((f) => !f.inTable && (f.type === 'text' || f.type === 'tags' || f.type === 'enum')), [def]);
  const titleField = def.fields.find((f) => f.key === def.titleKey)!;
  const kindField: FieldDef | undefined = def.fields.find((f) => (f.type === 'enum' || f.type === 'offerType') && f.inTable);
  const gemeindeKey = def.gemeindeKey ?? def.gemeindeListKey;
  const [sort, setSort] = useState<SortState<string>>({ key: columns[0]!.key, direction: 'ascending' });
  const ctx = useMemo(() => displayContext(gemeinden, actors, offerTypes), [gemeinden, actors, offerTypes]);

  const load = useCallback(async () => {
    try {
      setRecords(await invoke('stock.list', { register: def.id }));
      setError(null);
    } catch (e) {
      setError(errorMessage(e));
    }
  }, [def.id]);
  // Again for another register, and for the same register of another plan.
  usePlanReload(load);

  // Displayed text per row, computed once per data change: search and sort read from it.
  const indexed = useMemo(
    () =>
      (records ?? []).map((r) => {
        const cells = columns.map((f) => displayValue(f, r.values[f.key], ctx));
        // Search covers every field of the record, not only the columns shown.
        const hidden = searchFields.map((f) => displayValue(f, r.values[f.key], ctx));
        return { record: r, cells, text: [...cells, ...hidden].join(' ').toLocaleLowerCase('de') };
      }),
    [records, columns, searchFields, ctx],
  );
  const filtered = useMemo(() => {
    const q = query.trim().toLocaleLowerCase('de');
    return indexed.filter((row) => {
      if (q && !row.text.includes(q)) return false;
      if (kindFilter && kindField && row.record.values[kindField.key] !== kindFilter) return false;
      if (gemeindeFilter && gemeindeKey) {
        const v = row.record.values[gemeindeKey];
        if (Array.isArray(v) ? !v.includes(gemeindeFilter) : v !== gemeindeFilter) return false;
      }
      return true;
    });
  }, [indexed, query, kindFilter, gemeindeFilter, kindField, gemeindeKey]);
  const sorted = useMemo(() => {
    const field = def.fields.find((f) => f.key === sort.key)!;
    const factor = sort.direction === 'ascending' ? 1 : -1;
    const keyed = filtered.map((row) => ({ row, key: sortValue(field, row.record.values[field.key], ctx) }));
    keyed.sort((a, b) => factor * compareValues(a.key, b.key));
    return keyed.map((k) => k.row);
  }, [filtered, sort, def, ctx]);

  const scrollRef = useRef<HTMLDivElement>(null);
  const virtualizer = useVirtualizer({ count: sorted.length, getScrollElement: () => scrollRef.current, estimateSize: () => ROW_HEIGHT, overscan: 12 });
  // A new filter or sort starts at the top, so the first hits are not hidden above the view.
  useEffect(() => {
    if (scrollRef.current) scrollRef.current.scrollTop = 0;
  }, [query, gemeindeFilter, kindFilter, sort]);
  const items = virtualizer.getVirtualItems();
  const padTop = items.length > 0 ? items[0]!.start : 0;
  const padBottom = items.length > 0 ? virtualizer.getTotalSize() - items[items.length - 1]!.end : 0;

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
  const hasExamples = (records ?? []).some((r) => r.isExample);

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
      {records === null ? null : records.length === 0 ? (
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
              {t.count(sorted.length, records.length)}
            </p>
          </div>
          <div ref={scrollRef} className="stock-scroll" role="region" aria-label={def.label} tabIndex={0}>
            <table className="data-table stock-table" aria-rowcount={sorted.length + 1}>
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
                {padTop > 0 ? (
                  <tr aria-hidden="true" className="stock-spacer">
                    <td colSpan={columns.length + 1} style={{ height: padTop }} />
                  </tr>
                ) : null}
                {items.map((item) => {
                  const row = sorted[item.index]!;
                  const r = row.record;
                  const title = titleOf(r);
                  return (
                    <tr key={r.id} aria-rowindex={item.index + 2} className="stock-row">
                      {columns.map((f, i) =>
                        f.key === def.titleKey ? (
                          <th key={f.key} scope="row" title={row.cells[i]}>
                            {r.isExample ? <span className="badge badge-example">{stockTexts.exampleBadge}</span> : null}
                            {row.cells[i]}
                          </th>
                        ) : (
                          <td key={f.key} className={f.type === 'number' || f.type === 'integer' ? 'num' : undefined} title={row.cells[i]}>
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
                {padBottom > 0 ? (
                  <tr aria-hidden="true" className="stock-spacer">
                    <td colSpan={columns.length + 1} style={{ height: padBottom }} />
                  </tr>
                ) : null}
              </tbody>
            </table>
          </div>
          {sorted.length === 0 ? <p className="empty">{t.noMatch}</p> : null}
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
