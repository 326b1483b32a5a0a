/**
 * Handlungsfeld id: the one definition of the ten action fields' ids (`hf01` … `hf10`). The
 * type, the zod schema and the list are used everywhere an action field is named (catalog,
 * registers, measures, need statements, channels); nothing else may spell the pattern.
 */
import { z } from 'zod';

export const FIELD_IDS = ['hf01', 'hf02', 'hf03', 'hf04', 'hf05', 'hf06', 'hf07', 'hf08', 'hf09', 'hf10'] as const;
export type FieldId = (typeof FIELD_IDS)[number];

export const fieldIdSchema = z.enum(FIELD_IDS, { message: 'Bitte ein Handlungsfeld wählen (hf01 bis hf10).' });

export const isFieldId = (value: unknown): value is FieldId => typeof value === 'string' && (FIELD_IDS as readonly string[]).includes(value);
