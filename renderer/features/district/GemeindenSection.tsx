import { useId, useMemo, useState } from 'react';
import type { Gemeinde } from '../../../shared/contract/schemas';
import { formatNumber } from '../../../shared/format';
import { invoke } from '../../api';
import { showError, showStatus } from '../../app/statusStore';
import { errorMessage } from '../../api';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { SortHeader, useSort } from '../../components/sorting';
import { TableScroll } from '../../components/TableScroll';
import { useDistrict } from './districtStore';
import { GemeindeDialog } from './GemeindeDialog';
import { ImportDialog } from './ImportDialog';
import { districtTexts } from './texts';

const t = districtTexts.gemeinden;

type Column = 'ags' | 'name' | 'kind' | 'coords' | 'boundary';
const getters: Record<Column, (g: Gemeinde) => string | number | null> = {
  ags: (g) => g.ags,
  name: (g) => g.name,
  kind: (g) => t.kind[g.kind],
  coords: (g) => (g.lat === null ? null : g.lat),
  boundary: (g) => (g.hasGeometry ? 0 : 1),
};

export function formatCoords(g: { lat: number | null; lon: number | null }): string {
  if (g.lat === null || g.lon === null) return t.noCoords;
  return `${formatNumber(g.lat, 4)} / ${formatNumber(g.lon, 4)}`;
}

async function deleteGemeinde(g: Gemeinde): Promise<void> {
  await invoke('district.gemeinden.delete', { id: g.id });
  await useDistrict.getState().refresh();
  showStatus(t.deleted(g.name), {
    action: {
      label: t.undo,
      run: async () => {
        try {
          await invoke('district.gemeinden.restore', { id: g.id });
          await useDistrict.getState().refresh();
          showStatus(t.restored(g.name));
        } catch (e) {
          showError(errorMessage(e));
        }
      },
    },
  });
}

type DialogState = { kind: 'add' } | { kind: 'edit'; gemeinde: Gemeinde } | { kind: 'delete'; gemeinde: Gemeinde } | { kind: 'import' } | null;

export function GemeindenSection({ kreisKey }: { kreisKey: string }) {
  const id = useId();
  const gemeinden = useDistrict((s) => s.gemeinden);
  const [query, setQuery] = useState('');
  const [dialog, setDialog] = useState<DialogState>(null);

  const filtered = useMemo(() => {
    const q = query.trim().toLocaleLowerCase('de');
    if (!q) return gemeinden;
    return gemeinden.filter((g) => g.name.toLocaleLowerCase('de').includes(q) || g.ags.includes(q));
  }, [gemeinden, query]);
  const { sorted, sort, toggle } = useSort<Gemeinde, Column>(filtered, getters, { key: 'name', direction: 'ascending' });

  return (
    <section className="card" aria-labelledby={`${id}-h`}>
      <div className="section-head">
        <h2 id={`${id}-h`} tabIndex={-1}>
          {t.heading}
        </h2>
        <div className="button-row">
          <button type="button" className="button-primary" onClick={() => setDialog({ kind: 'add' })}>
            {t.add}
          </button>
          <button type="button" onClick={() => setDialog({ kind: 'import' })}>
            {t.import}
          </button>
        </div>
      </div>
      {gemeinden.length === 0 ? (
        <p className="empty">{t.empty}</p>
      ) : (
        <>
          <div className="table-tools">
            <div className="field field-search">
              <label htmlFor={`${id}-search`}>{t.search}</label>
              <input
                id={`${id}-search`}
                type="search"
                value={query}
                onChange={(e) => setQuery(e.target.value)}
                aria-describedby={`${id}-search-hint`}
                autoComplete="off"
              />
              <p id={`${id}-search-hint`} className="field-hint">
                {t.searchHint}
              </p>
            </div>
            <p className="table-count" aria-live="polite">
              {t.count(filtered.length, gemeinden.length)}
            </p>
          </div>
          <TableScroll label={t.caption}>
            <table className="data-table">
              <caption className="visually-hidden">{t.caption}</caption>
              <thead>
                <tr>
                  <SortHeader label={t.colAgs} column="ags" sort={sort} onSort={toggle} />
                  <SortHeader label={t.colName} column="name" sort={sort} onSort={toggle} />
                  <SortHeader label={t.colKind} column="kind" sort={sort} onSort={toggle} />
                  <SortHeader label={t.colCoords} column="coords" sort={sort} onSort={toggle} />
                  <SortHeader label={t.colBoundary} column="boundary" sort={sort} onSort={toggle} />
                  <th scope="col">
                    <span className="visually-hidden">{t.colActions}</span>
                  </th>
                </tr>
              </thead>
              <tbody>
                {sorted.map((g) => (
                  <tr key={g.id}>
                    <td className="mono">{g.ags}</td>
                    <th scope="row">{g.name}</th>
                    <td>{t.kind[g.kind]}</td>
                    <td className="nowrap">{formatCoords(g)}</td>
                    <td>{g.hasGeometry ? t.yes : t.no}</td>
                    <td className="actions-cell">
                      <div className="row-actions">
                        <button type="button" className="button-small" aria-label={t.editLabel(g.name)} onClick={() => setDialog({ kind: 'edit', gemeinde: g })}>
                          {t.edit}
                        </button>
                        <button
                          type="button"
                          className="button-small button-danger-quiet"
                          aria-label={t.deleteLabel(g.name)}
                          onClick={() => setDialog({ kind: 'delete', gemeinde: g })}
                        >
                          {t.delete}
                        </button>
                      </div>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </TableScroll>
          {sorted.length === 0 ? <p className="empty">{t.noMatch(query.trim())}</p> : null}
        </>
      )}
      {dialog?.kind === 'add' ? <GemeindeDialog gemeinde={null} kreisKey={kreisKey} onClose={() => setDialog(null)} /> : null}
      {dialog?.kind === 'edit' ? <GemeindeDialog gemeinde={dialog.gemeinde} kreisKey={kreisKey} onClose={() => setDialog(null)} /> : null}
      {dialog?.kind === 'delete' ? (
        <ConfirmDialog
          title={t.confirmTitle}
          message={t.confirmText(dialog.gemeinde.name)}
          confirmLabel={t.delete}
          fallbackFocusId={`${id}-h`}
          onConfirm={() => deleteGemeinde(dialog.gemeinde)}
          onClose={() => setDialog(null)}
        />
      ) : null}
      {dialog?.kind === 'import' ? <ImportDialog kreisKey={kreisKey} onClose={() => setDialog(null)} /> : null}
    </section>
  );
}
