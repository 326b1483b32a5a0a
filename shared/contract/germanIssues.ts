/**
 * German messages for zod's own validation issues, for the one dispatch (db/api/dispatch.ts).
 * Schemas with their own German message keep it; this map only replaces zod's English
 * defaults ("Invalid input: expected number"), which used to reach the planner.
 */
import { formatNumber } from '../format';
import { pluralWord } from '../plural';
import type { z } from 'zod';

const TYPE_NAMES: Record<string, string> = {
  string: 'ein Text',
  number: 'eine Zahl',
  int: 'eine ganze Zahl',
  boolean: 'ja oder nein',
  object: 'ein Datensatz',
  array: 'eine Liste',
  date: 'ein Datum',
  null: 'kein Wert',
};

const FORMAT_NAMES: Record<string, string> = {
  email: 'eine gültige E-Mail-Adresse',
  url: 'eine gültige Internetadresse',
  uuid: 'eine gültige Kennung',
  date: 'ein Datum (JJJJ-MM-TT)',
  datetime: 'ein Zeitpunkt',
  regex: 'ein Text im erwarteten Format',
};

const de = (n: number | bigint) => formatNumber(Number(n));

function unit(origin: string | undefined): string {
  if (origin === 'string') return 'Zeichen';
  if (origin === 'array' || origin === 'set') return 'Einträge';
  return '';
}

/** The German text of one issue (without the field). */
export function germanIssueText(issue: z.core.$ZodRawIssue): string {
  switch (issue.code) {
    case 'invalid_type':
      return issue.input === undefined ? 'Angabe fehlt.' : `Erwartet wird ${TYPE_NAMES[String(issue.expected)] ?? 'ein anderer Wert'}.`;
    case 'too_big': {
      const u = unit(issue.origin as string);
      return u ? `Höchstens ${de(issue.maximum as number)} ${u}.` : `Der Wert darf höchstens ${de(issue.maximum as number)} sein.`;
    }
    case 'too_small': {
      const u = unit(issue.origin as string);
      if (u === 'Zeichen' && Number(issue.minimum) === 1) return 'Darf nicht leer sein.';
      return u ? `Mindestens ${de(issue.minimum as number)} ${u}.` : `Der Wert muss mindestens ${de(issue.minimum as number)} sein.`;
    }
    case 'invalid_format':
      return `Erwartet wird ${FORMAT_NAMES[String(issue.format)] ?? 'ein Text im erwarteten Format'}.`;
    case 'invalid_value':
      return `Erlaubt sind nur: ${issue.values.map((v) => String(v)).join(', ')}.`;
    case 'not_multiple_of':
      return `Der Wert muss ein Vielfaches von ${de(issue.divisor as number)} sein.`;
    case 'unrecognized_keys':
      return `Unbekannte ${pluralWord(issue.keys.length, 'Angabe', 'Angaben')}: ${issue.keys.join(', ')}.`;
    case 'invalid_union':
    case 'invalid_key':
    case 'invalid_element':
    case 'custom':
    default:
      return 'Ungültige Angabe.';
  }
}

/** zod error map: German defaults, with the field's path so the planner knows where. */
export function germanErrorMap(issue: z.core.$ZodRawIssue): string {
  const where = issue.path && issue.path.length > 0 ? `„${issue.path.map(String).join('.')}“: ` : '';
  return `${where}${germanIssueText(issue)}`;
}
