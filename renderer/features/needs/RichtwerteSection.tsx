/** Richtwerte (supply norms) and Betreuungsschlüssel: tables with edit, copy, delete (with undo), and the reachability settings. */
import { useState } from 'react';
import { SETTING_LABELS } from '../../../shared/needs/careRates';
import { STAFF_CATEGORY_LABELS } from '../../../shared/stock/registers';
import { useOfferTypeLabel } from '../../components/OfferTypeSelect';
import { deleteWithUndo } from './assumptions/deleteWithUndo';
import { type Richtwert, RichtwertDialog } from './assumptions/RichtwertDialog';
import { type FormMode, RowActions } from './assumptions/RowActions';
import { type StaffingRatio, StaffingDialog } from './assumptions/StaffingDialog';
import { Card } from './Card';
import { DataTable } from './DataTable';
import { AddButton } from './DraftForm';
import { fmt } from './format';
import { useNeeds } from './needsStore';
import { ReachSettingsForm } from './ReachSettingsForm';
import { needsTexts } from './texts';

const tw = needsTexts.richtwerte;

export function basisText(b: Richtwert['basis']): string {
  return b.kind === 'faelle'
    ? `Fälle ${SETTING_LABELS[b.setting]}${b.share !== 1 ? ` × ${fmt(b.share * 100)} %` : ''} ÷ Auslastung ${fmt(b.occupancy * 100)} %`
    : `${fmt(b.value, 1)} je ${fmt(b.per)} Einwohner ${b.minAge}+`;
}

export function RichtwerteSection() {
  const richtwerte = useNeeds((s) => s.richtwerte);
  const staffing = useNeeds((s) => s.staffing);
  const offerTypeLabel = useOfferTypeLabel();
  const [richtwertForm, setRichtwertForm] = useState<FormMode<Richtwert>>(null);
  const [staffingForm, setStaffingForm] = useState<FormMode<StaffingRatio>>(null);
  return (
    <>
      <Card heading={tw.heading}>
        <DataTable label={tw.heading} columns={[tw.colLabel, tw.colType, tw.colBasis]} actions empty={needsTexts.empty.richtwerte}>
          {richtwerte.map((r) => (
            <tr key={r.id}>
              <th scope="row">{r.label}</th>
              <td>{offerTypeLabel(r.offerType)}</td>
              <td>{basisText(r.basis)}</td>
              <td className="actions-cell">
                <RowActions
                  name={r.label}
                  onEdit={() => setRichtwertForm({ kind: 'edit', record: r })}
                  onDuplicate={() => setRichtwertForm({ kind: 'copy', record: r })}
                  onDelete={() => void deleteWithUndo('richtwert', r.id, r.label)}
                />
              </td>
            </tr>
          ))}
        </DataTable>
        <AddButton label={tw.add} onClick={() => setRichtwertForm({ kind: 'new' })} />
      </Card>
      <Card heading={tw.staffingHeading}>
        <DataTable label={tw.staffingHeading} columns={[tw.colLabel, tw.colSteps, tw.colFilter]} actions empty={needsTexts.empty.staffing}>
          {staffing.map((r) => (
            <tr key={r.id}>
              <th scope="row">{r.label}</th>
              <td>{r.steps.map((s) => `ab ${s.fromYear}: 1 : ${fmt(s.peoplePerVze)} (Einw. ${r.minAge}+)`).join('; ')}</td>
              <td>{r.staffCategory ? STAFF_CATEGORY_LABELS[r.staffCategory] : needsTexts.staffingForm.allPosts}</td>
              <td className="actions-cell">
                <RowActions
                  name={r.label}
                  onEdit={() => setStaffingForm({ kind: 'edit', record: r })}
                  onDuplicate={() => setStaffingForm({ kind: 'copy', record: r })}
                  onDelete={() => void deleteWithUndo('staffing', r.id, r.label)}
                />
              </td>
            </tr>
          ))}
        </DataTable>
        <AddButton label={needsTexts.staffingForm.add} onClick={() => setStaffingForm({ kind: 'new' })} />
      </Card>
      <ReachSettingsForm />
      {richtwertForm ? <RichtwertDialog mode={richtwertForm} onClose={() => setRichtwertForm(null)} /> : null}
      {staffingForm ? <StaffingDialog mode={staffingForm} onClose={() => setStaffingForm(null)} /> : null}
    </>
  );
}
