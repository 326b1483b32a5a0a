/**
 * „Personenbezogene Daten löschen“ in the form of a contact person or Kümmerer, and for all
 * contact persons of an actor (DSGVO Art. 17): asks first, then erases for good in the host.
 */
import { useState } from 'react';
import type { RegisterRecord } from '../../../shared/contract/stockSchemas';
import { privacyChannels } from '../../../shared/contract/privacy';
import { hasPeople, namesPerson } from '../../../shared/stock/personalData';
import type { RegisterDef } from '../../../shared/stock/registers';
import { invoke } from '../../api';
import { showStatus } from '../../app/statusStore';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { stockTexts } from './texts';

const t = stockTexts.erase;

export function ErasePersonalData({ def, record, onErased }: { def: RegisterDef; record: RegisterRecord; onErased: () => void }) {
  const [asking, setAsking] = useState(false);
  const name = String(record.values[def.titleKey] ?? def.singular);
  // From the model's personal columns; the contract's list of person registers has the last word.
  const register = namesPerson(def) ? (privacyChannels['privacy.eraseRecord'].input.shape.register.safeParse(def.id).data ?? null) : null;
  if (!register && !hasPeople(def)) return null;

  async function erase() {
    const result = register
      ? await invoke('privacy.eraseRecord', { register, id: record.id })
      : await invoke('privacy.eraseActorContacts', { actorId: record.id });
    showStatus(t.done(result.erased));
    onErased();
  }

  return (
    <>
      <button type="button" className="button-danger" onClick={() => setAsking(true)}>
        {register ? t.record : t.actor}
      </button>
      {asking ? (
        <ConfirmDialog
          title={t.title}
          message={register ? t.recordText(name) : t.actorText(name)}
          confirmLabel={t.confirm}
          onConfirm={erase}
          onClose={() => setAsking(false)}
        />
      ) : null}
    </>
  );
}
