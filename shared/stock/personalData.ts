/**
 * Which registers' forms offer „Personenbezogene Daten löschen“ (DSGVO Art. 17), read from
 * the personal columns and cascades the model declares rather than from a list of register ids.
 */
import { childrenOf, PERSONAL_DATA_COLUMNS } from '../model';
import type { RegisterDef } from './registers';

const holdsPersonalData = (table: string) => PERSONAL_DATA_COLUMNS[table] !== undefined;

/** A record of this register names a person itself (an Ansprechperson, a Kümmerer). */
export const namesPerson = (def: Pick<RegisterDef, 'table'>): boolean => holdsPersonalData(def.table);

/** A record of this register has people declared to go with it (an Akteur's Ansprechpersonen). */
export const hasPeople = (def: Pick<RegisterDef, 'table'>): boolean => childrenOf(def.table).some((c) => c.cascade && holdsPersonalData(c.table));
