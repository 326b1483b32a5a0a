/** Projection scenarios: list with the Hauptszenario marked; create, edit, copy and delete (with undo). */
import { useState } from 'react';
import type { ScenarioDto } from '../../../shared/contract/needsSchemas';
import { ratePreset } from '../../../shared/needs/ratePresets';
import { deleteWithUndo } from './assumptions/deleteWithUndo';
import { type FormMode, RowActions } from './assumptions/RowActions';
import { ScenarioDialog } from './assumptions/ScenarioDialog';
import { Card } from './Card';
import { DataTable } from './DataTable';
import { AddButton } from './DraftForm';
import { fmt } from './format';
import { useNeeds } from './needsStore';
import { needsTexts } from './texts';

const ts = needsTexts.scenarios;

export function ScenariosSection() {
  const scenarios = useNeeds((s) => s.scenarios);
  const rateSets = useNeeds((s) => s.rateSets);
  const mainId = useNeeds((s) => s.mainScenarioId) ?? scenarios[0]?.id;
  const [form, setForm] = useState<FormMode<ScenarioDto>>(null);
  return (
    <Card heading={ts.heading}>
      <DataTable label={ts.heading} columns={[ts.colName, ts.colMethod, needsTexts.scenarioForm.rateSet, ts.colTrend, ts.colEnd]} actions empty={needsTexts.empty.scenarios}>
        {scenarios.map((s) => (
          <tr key={s.id}>
            <th scope="row">
              {s.name}
              {s.id === mainId ? <span className="badge">{needsTexts.scenarioForm.main}</span> : null}
            </th>
            <td>
              {ts.methods[s.method]}
              {s.method === 'wachstum' ? ` (${ts.growthText(s.growth)})` : ''}
              {s.cohort ? ` (${ts.cohortText(s.cohort)})` : ''}
            </td>
            <td>{rateSets.find((r) => r.id === s.rateSetId)?.name ?? rateSets[0]?.name ?? '–'}</td>
            <td>
              {ratePreset(s.ratePreset)?.label ?? ts.ownPreset}: {ts.trendText(fmt(s.rateTrend, 2), s.rateTrendUntil)}
            </td>
            <td>{s.endYear}</td>
            <td className="actions-cell">
              <RowActions name={s.name} onEdit={() => setForm({ kind: 'edit', record: s })} onDuplicate={() => setForm({ kind: 'copy', record: s })} onDelete={() => void deleteWithUndo('scenario', s.id, s.name)} />
            </td>
          </tr>
        ))}
      </DataTable>
      <AddButton label={ts.add} onClick={() => setForm({ kind: 'new' })} />
      {form ? <ScenarioDialog mode={form} onClose={() => setForm(null)} /> : null}
    </Card>
  );
}
