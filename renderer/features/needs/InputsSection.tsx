/** Rate sets (with calibration), scenarios, Richtwerte and Betreuungsschlüssel. */
import { useEffect, useId, useState } from 'react';
import type { NeedsSettings } from '../../../shared/contract/needsSchemas';
import { bandLabel, sortBandKeys } from '../../../shared/needs/ageBands';
import { SETTING_LABELS, type Setting } from '../../../shared/needs/careRates';
import { parseGermanDecimal } from '../../../shared/format';
import { errorMessage, invoke } from '../../api';
import { showStatus } from '../../app/statusStore';
import { ErrorMessage } from '../../components/ErrorMessage';
import { TableScroll } from '../../components/TableScroll';
import { fmt } from './format';
import { useNeeds } from './needsStore';
import { needsTexts } from './texts';

const tr = needsTexts.rates;
const ts = needsTexts.scenarios;
const tw = needsTexts.richtwerte;
const pct = (f: number) => `${fmt(f * 100, 2)} %`;

export function RatesSection() {
  const id = useId();
  const rateSets = useNeeds((s) => s.rateSets);
  const [observed, setObserved] = useState('');
  const [label, setLabel] = useState('');
  const [error, setError] = useState<string | null>(null);
  async function calibrate(rateSetId: string, reset = false) {
    setError(null);
    try {
      const r = await invoke('needs.rateSets.calibrate', { id: rateSetId, observed: parseGermanDecimal(observed) ?? (reset ? 1 : NaN), label: label || (reset ? '-' : ''), reset });
      showStatus(reset ? tr.uncalibrated : tr.calibrated(fmt(r.factor, 4)));
      await useNeeds.getState().refresh();
    } catch (e) {
      setError(errorMessage(e));
    }
  }
  return (
    <>
      {rateSets.map((set) => {
        const bands = sortBandKeys(new Set(set.values.map((v) => v.ageBand)));
        const settings = (['pflegegeld', 'ambulant', 'vollstationaer', 'teilstationaer'] as Setting[]).filter((s) => set.values.some((v) => v.setting === s));
        const rate = (b: string, s: Setting) => set.values.find((v) => v.ageBand === b && v.setting === s && v.sex === 'insgesamt')?.rate;
        return (
          <section key={set.id} className="card" aria-labelledby={`${id}-${set.id}`}>
            <h2 id={`${id}-${set.id}`}>
              {tr.heading}: {set.name}
            </h2>
            <p>
              <strong>{set.factor === 1 ? tr.uncalibrated : tr.factor(fmt(set.factor, 4))}</strong> {set.calibrationNote}
            </p>
            <TableScroll label={set.name}>
              <table className="data-table">
                <caption className="visually-hidden">{set.name}</caption>
                <thead>
                  <tr>
                    <th scope="col">{tr.colBand}</th>
                    {settings.map((s) => (
                      <th key={s} scope="col">
                        {SETTING_LABELS[s]}
                      </th>
                    ))}
                    <th scope="col">Zusammen</th>
                  </tr>
                </thead>
                <tbody>
                  {bands.map((b) => (
                    <tr key={b}>
                      <th scope="row">{bandLabel(b)}</th>
                      {settings.map((s) => (
                        <td key={s} className="num">
                          {rate(b, s) === undefined ? '–' : pct(rate(b, s)!)}
                        </td>
                      ))}
                      <td className="num">{pct(settings.filter((s) => s !== 'teilstationaer').reduce((a, s) => a + (rate(b, s) ?? 0), 0))}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </TableScroll>
            <details className="needs-explain">
              <summary>{needsTexts.explain.summary}</summary>
              <dl>
                <dt>{tr.source}</dt>
                <dd>{set.source}</dd>
                <dt>{tr.note}</dt>
                <dd>{set.note}</dd>
              </dl>
            </details>
            <h3>{tr.calibrateHeading}</h3>
            <p className="field-hint">{tr.calibrateIntro}</p>
            <form
              className="needs-inline-form"
              onSubmit={(e) => {
                e.preventDefault();
                void calibrate(set.id);
              }}
            >
              <div className="field field-short">
                <label htmlFor={`${id}-${set.id}-obs`}>{tr.observed}</label>
                <input id={`${id}-${set.id}-obs`} inputMode="decimal" value={observed} onChange={(e) => setObserved(e.target.value)} />
              </div>
              <div className="field">
                <label htmlFor={`${id}-${set.id}-src`}>{tr.observedSource}</label>
                <input id={`${id}-${set.id}-src`} value={label} onChange={(e) => setLabel(e.target.value)} />
              </div>
              <div className="button-row">
                <button type="submit">{tr.calibrate}</button>
                {set.factor !== 1 ? (
                  <button type="button" onClick={() => void calibrate(set.id, true)}>
                    {tr.reset}
                  </button>
                ) : null}
              </div>
            </form>
          </section>
        );
      })}
      <ErrorMessage message={error} />
    </>
  );
}

export function ScenariosSection() {
  const id = useId();
  const scenarios = useNeeds((s) => s.scenarios);
  const datasets = useNeeds((s) => s.datasets);
  const rateSets = useNeeds((s) => s.rateSets);
  const baseYear = useNeeds((s) => s.analysis?.baseYear ?? null);
  const projections = datasets.filter((d) => d.kind === 'vorausberechnung' && d.level === 'gemeinde');
  const [draft, setDraft] = useState({ name: '', method: 'wachstum' as 'konstant' | 'wachstum' | 'tabelle', all: '0', g80: '0', g90: '0', trend: '0', endYear: String((baseYear ?? 2025) + 20), dataset: '' });
  const [open, setOpen] = useState(false);
  const [error, setError] = useState<string | null>(null);

  async function save() {
    setError(null);
    const num = (s: string) => parseGermanDecimal(s) ?? NaN;
    const growth: Record<string, number> = {};
    if (draft.method === 'wachstum') {
      growth['*'] = num(draft.all);
      growth['80-85'] = num(draft.g80);
      growth['85-90'] = num(draft.g80);
      growth['90+'] = num(draft.g90);
    }
    try {
      await invoke('needs.scenarios.save', {
        id: null,
        name: draft.name,
        method: draft.method,
        growth,
        rateTrend: num(draft.trend),
        rateSetId: rateSets[0]?.id ?? null,
        endYear: Number(draft.endYear),
        projectionDatasetId: draft.method === 'tabelle' ? draft.dataset || null : null,
      });
      showStatus(ts.saved);
      setOpen(false);
      await useNeeds.getState().refresh();
    } catch (e) {
      setError(errorMessage(e));
    }
  }
  async function remove(sid: string) {
    try {
      await invoke('needs.scenarios.delete', { id: sid });
      showStatus(ts.deleted);
      await useNeeds.getState().refresh();
    } catch (e) {
      setError(errorMessage(e));
    }
  }
  return (
    <section className="card" aria-labelledby={`${id}-h`}>
      <h2 id={`${id}-h`}>{ts.heading}</h2>
      <TableScroll label={ts.heading}>
        <table className="data-table">
          <caption className="visually-hidden">{ts.heading}</caption>
          <thead>
            <tr>
              <th scope="col">{ts.colName}</th>
              <th scope="col">{ts.colMethod}</th>
              <th scope="col">{ts.colTrend}</th>
              <th scope="col">{ts.colEnd}</th>
              <th scope="col">
                <span className="visually-hidden">Aktionen</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {scenarios.map((s) => (
              <tr key={s.id}>
                <th scope="row">{s.name}</th>
                <td>
                  {ts.methods[s.method]}
                  {s.method === 'wachstum' ? ` (${ts.growthText(s.growth)})` : ''}
                </td>
                <td>{fmt(s.rateTrend, 2)} % pro Jahr</td>
                <td>{s.endYear}</td>
                <td className="actions-cell">
                  <button type="button" className="link-button" aria-label={ts.delete(s.name)} onClick={() => void remove(s.id)}>
                    Löschen
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
      <ErrorMessage message={error} />
      {open ? (
        <form
          className="form"
          onSubmit={(e) => {
            e.preventDefault();
            void save();
          }}
        >
          <div className="field">
            <label htmlFor={`${id}-n`}>{ts.name}</label>
            <input id={`${id}-n`} value={draft.name} onChange={(e) => setDraft({ ...draft, name: e.target.value })} />
          </div>
          <div className="field field-short">
            <label htmlFor={`${id}-m`}>{ts.method}</label>
            <select id={`${id}-m`} value={draft.method} onChange={(e) => setDraft({ ...draft, method: e.target.value as typeof draft.method })}>
              <option value="konstant">{ts.methods.konstant}</option>
              <option value="wachstum">{ts.methods.wachstum}</option>
              {projections.length > 0 ? <option value="tabelle">{ts.methods.tabelle}</option> : null}
            </select>
          </div>
          {draft.method === 'wachstum' ? (
            <div className="needs-inline-form">
              {(
                [
                  ['all', ts.growthAll],
                  ['g80', ts.growth80],
                  ['g90', ts.growth90],
                ] as const
              ).map(([k, l]) => (
                <div key={k} className="field field-short">
                  <label htmlFor={`${id}-${k}`}>{l}</label>
                  <input id={`${id}-${k}`} inputMode="decimal" value={draft[k]} onChange={(e) => setDraft({ ...draft, [k]: e.target.value })} />
                </div>
              ))}
            </div>
          ) : null}
          {draft.method === 'tabelle' ? (
            <div className="field field-short">
              <label htmlFor={`${id}-d`}>{ts.dataset}</label>
              <select id={`${id}-d`} value={draft.dataset} onChange={(e) => setDraft({ ...draft, dataset: e.target.value })}>
                <option value="">–</option>
                {projections.map((d) => (
                  <option key={d.id} value={d.id}>
                    {d.name}
                  </option>
                ))}
              </select>
            </div>
          ) : null}
          <div className="needs-inline-form">
            <div className="field field-short">
              <label htmlFor={`${id}-t`}>{ts.trend}</label>
              <input id={`${id}-t`} inputMode="decimal" value={draft.trend} onChange={(e) => setDraft({ ...draft, trend: e.target.value })} />
            </div>
            <div className="field field-short">
              <label htmlFor={`${id}-e`}>{ts.endYear}</label>
              <input id={`${id}-e`} inputMode="numeric" value={draft.endYear} onChange={(e) => setDraft({ ...draft, endYear: e.target.value })} />
            </div>
          </div>
          <div className="button-row">
            <button type="submit" className="button-primary">
              {ts.save}
            </button>
            <button type="button" onClick={() => setOpen(false)}>
              {needsTexts.statements.cancel}
            </button>
          </div>
        </form>
      ) : (
        <div className="button-row">
          <button type="button" onClick={() => setOpen(true)}>
            {ts.add}
          </button>
        </div>
      )}
    </section>
  );
}

export function RichtwerteSection() {
  const id = useId();
  const richtwerte = useNeeds((s) => s.richtwerte);
  const staffing = useNeeds((s) => s.staffing);
  const basisText = (b: (typeof richtwerte)[number]['basis']) =>
    b.kind === 'faelle' ? `Fälle ${SETTING_LABELS[b.setting]} × ${fmt(b.share * 100)} % ÷ Auslastung ${fmt(b.occupancy * 100)} %` : `${fmt(b.value, 1)} je ${fmt(b.per)} Einwohner ${b.minAge}+`;
  return (
    <>
      <section className="card" aria-labelledby={`${id}-h`}>
        <h2 id={`${id}-h`}>{tw.heading}</h2>
        <TableScroll label={tw.heading}>
          <table className="data-table">
            <caption className="visually-hidden">{tw.heading}</caption>
            <thead>
              <tr>
                <th scope="col">{tw.colLabel}</th>
                <th scope="col">{tw.colType}</th>
                <th scope="col">{tw.colBasis}</th>
              </tr>
            </thead>
            <tbody>
              {richtwerte.map((r) => (
                <tr key={r.id}>
                  <th scope="row">{r.label}</th>
                  <td>{r.offerType}</td>
                  <td>{basisText(r.basis)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
        <RichtwertForm />
      </section>
      <section className="card" aria-labelledby={`${id}-s`}>
        <h2 id={`${id}-s`}>{tw.staffingHeading}</h2>
        <TableScroll label={tw.staffingHeading}>
          <table className="data-table">
            <caption className="visually-hidden">{tw.staffingHeading}</caption>
            <thead>
              <tr>
                <th scope="col">{tw.colLabel}</th>
                <th scope="col">{tw.colSteps}</th>
                <th scope="col">{tw.colFilter}</th>
              </tr>
            </thead>
            <tbody>
              {staffing.map((r) => (
                <tr key={r.id}>
                  <th scope="row">{r.label}</th>
                  <td>{r.steps.map((s) => `ab ${s.fromYear}: 1 : ${fmt(s.peoplePerVze)} (Einw. ${r.minAge}+)`).join('; ')}</td>
                  <td>{r.staffFilter || 'alle Stellen'}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      </section>
      <ReachSettingsForm />
    </>
  );
}

/** Adds a Richtwert (per cases of a setting with occupancy, or per 1,000 inhabitants of an age). */
export function RichtwertForm() {
  const id = useId();
  const [d, setD] = useState({ label: '', offerType: 'tagespflege', kind: 'einwohner' as 'einwohner' | 'faelle', setting: 'vollstationaer' as Setting, occupancy: '95', minAge: '65', per: '1000', value: '' });
  const [error, setError] = useState<string | null>(null);
  const num = (s: string) => parseGermanDecimal(s) ?? NaN;
  async function save() {
    setError(null);
    try {
      await invoke('needs.richtwerte.save', {
        id: null,
        label: d.label,
        offerType: d.offerType,
        basis: d.kind === 'faelle' ? { kind: 'faelle', setting: d.setting, share: 1, occupancy: num(d.occupancy) / 100 } : { kind: 'einwohner', minAge: num(d.minAge), per: num(d.per), value: num(d.value) },
      });
      showStatus(tw.saved);
      setD({ ...d, label: '', value: '' });
      await useNeeds.getState().refresh();
    } catch (e) {
      setError(errorMessage(e));
    }
  }
  return (
    <form
      className="form"
      aria-labelledby={`${id}-h`}
      onSubmit={(e) => {
        e.preventDefault();
        void save();
      }}
    >
      <h3 id={`${id}-h`}>{tw.add}</h3>
      <div className="needs-inline-form">
        <div className="field">
          <label htmlFor={`${id}-l`}>{tw.colLabel}</label>
          <input id={`${id}-l`} value={d.label} onChange={(e) => setD({ ...d, label: e.target.value })} />
        </div>
        <div className="field field-short">
          <label htmlFor={`${id}-t`}>{tw.colType}</label>
          <input id={`${id}-t`} value={d.offerType} onChange={(e) => setD({ ...d, offerType: e.target.value })} />
        </div>
        <div className="field field-short">
          <label htmlFor={`${id}-k`}>{tw.colBasis}</label>
          <select id={`${id}-k`} value={d.kind} onChange={(e) => setD({ ...d, kind: e.target.value as typeof d.kind })}>
            <option value="einwohner">{tw.kindEinwohner}</option>
            <option value="faelle">{tw.kindFaelle}</option>
          </select>
        </div>
      </div>
      {d.kind === 'faelle' ? (
        <div className="needs-inline-form">
          <div className="field field-short">
            <label htmlFor={`${id}-s`}>{needsTexts.results.setting}</label>
            <select id={`${id}-s`} value={d.setting} onChange={(e) => setD({ ...d, setting: e.target.value as Setting })}>
              {(['vollstationaer', 'ambulant', 'pflegegeld'] as Setting[]).map((s) => (
                <option key={s} value={s}>
                  {SETTING_LABELS[s]}
                </option>
              ))}
            </select>
          </div>
          <div className="field field-short">
            <label htmlFor={`${id}-o`}>{tw.occupancy}</label>
            <input id={`${id}-o`} inputMode="decimal" value={d.occupancy} onChange={(e) => setD({ ...d, occupancy: e.target.value })} />
          </div>
        </div>
      ) : (
        <div className="needs-inline-form">
          <div className="field field-short">
            <label htmlFor={`${id}-v`}>{tw.value}</label>
            <input id={`${id}-v`} inputMode="decimal" value={d.value} onChange={(e) => setD({ ...d, value: e.target.value })} />
          </div>
          <div className="field field-short">
            <label htmlFor={`${id}-p`}>{tw.per}</label>
            <input id={`${id}-p`} inputMode="numeric" value={d.per} onChange={(e) => setD({ ...d, per: e.target.value })} />
          </div>
          <div className="field field-short">
            <label htmlFor={`${id}-a`}>{tw.minAge}</label>
            <input id={`${id}-a`} inputMode="numeric" value={d.minAge} onChange={(e) => setD({ ...d, minAge: e.target.value })} />
          </div>
        </div>
      )}
      <ErrorMessage message={error} />
      <div className="button-row">
        <button type="submit">{tw.save}</button>
      </div>
    </form>
  );
}

/** Reachability settings: offer type, detour factor, threshold. */
export function ReachSettingsForm() {
  const id = useId();
  const [d, setD] = useState<{ offerType: string; detour: string; km: string } | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [settings, setSettings] = useState<NeedsSettings | null>(null);
  useEffect(() => {
    invoke('needs.settings.get', {}).then(
      (s) => {
        setSettings(s);
        setD({ offerType: s.reachOfferType, detour: fmt(s.detourFactor, 2), km: fmt(s.thresholdKm, 1) });
      },
      (e: unknown) => setError(errorMessage(e)),
    );
  }, []);
  if (!d || !settings) return <ErrorMessage message={error} />;
  async function save() {
    setError(null);
    try {
      const next = await invoke('needs.settings.save', { ...settings!, reachOfferType: d!.offerType, detourFactor: parseGermanDecimal(d!.detour) ?? NaN, thresholdKm: parseGermanDecimal(d!.km) ?? NaN });
      setSettings(next);
      showStatus(tw.saved);
      await useNeeds.getState().refresh();
    } catch (e) {
      setError(errorMessage(e));
    }
  }
  return (
    <section className="card" aria-labelledby={`${id}-h`}>
      <h2 id={`${id}-h`}>{tw.reachHeading}</h2>
      <form
        className="needs-inline-form"
        onSubmit={(e) => {
          e.preventDefault();
          void save();
        }}
      >
        <div className="field field-short">
          <label htmlFor={`${id}-t`}>{tw.colType}</label>
          <input id={`${id}-t`} value={d.offerType} onChange={(e) => setD({ ...d, offerType: e.target.value })} />
        </div>
        <div className="field field-short">
          <label htmlFor={`${id}-f`}>{tw.detour}</label>
          <input id={`${id}-f`} inputMode="decimal" value={d.detour} onChange={(e) => setD({ ...d, detour: e.target.value })} />
        </div>
        <div className="field field-short">
          <label htmlFor={`${id}-k`}>{tw.threshold}</label>
          <input id={`${id}-k`} inputMode="decimal" value={d.km} onChange={(e) => setD({ ...d, km: e.target.value })} />
        </div>
        <div className="button-row">
          <button type="submit">{tw.saveSettings}</button>
        </div>
      </form>
      <ErrorMessage message={error} />
    </section>
  );
}
