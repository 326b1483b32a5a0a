import { describe, it, expect } from 'vitest';
import {
  ACTION_FIELDS,
  BBSR_GUIDE,
  STEP_IDS,
  allTaskIds,
  fieldById,
  taskById,
  type ActionField,
} from '../../shared/catalog';

const TASK_ID = /^hf\d\d\.(bestand|bedarf|umsetzung)\.[a-z0-9-]+$/;

/** Every user-visible string of a field, with a label for error messages. */
function textsOf(field: ActionField): Array<[string, string]> {
  const out: Array<[string, string]> = [
    [`${field.id}.title`, field.title],
    [`${field.id}.shortTitle`, field.shortTitle],
    [`${field.id}.description`, field.description],
  ];
  for (const step of field.steps) {
    out.push([`${field.id}.${step.id}.guidance`, step.guidance]);
    for (const task of step.tasks) {
      out.push([`${task.id}.title`, task.title], [`${task.id}.hint`, task.hint]);
    }
  }
  field.recommendations.forEach((s, i) => out.push([`${field.id}.recommendations[${i}]`, s]));
  field.challenges.forEach((s, i) => out.push([`${field.id}.challenges[${i}]`, s]));
  field.successFactors.forEach((s, i) => out.push([`${field.id}.successFactors[${i}]`, s]));
  field.furtherReading.forEach((s, i) => out.push([`${field.id}.furtherReading[${i}]`, s]));
  if (field.practiceExample) {
    const p = field.practiceExample;
    out.push([`${field.id}.example.district`, p.district], [`${field.id}.example.title`, p.title]);
    out.push([`${field.id}.example.summary`, p.summary]);
    if (p.contact !== undefined) out.push([`${field.id}.example.contact`, p.contact]);
  }
  out.push([`${field.id}.source.title`, field.source.title]);
  out.push([`${field.id}.source.publisher`, field.source.publisher]);
  if (field.source.location !== undefined) out.push([`${field.id}.source.location`, field.source.location]);
  return out;
}

const ALL_TEXTS = ACTION_FIELDS.flatMap(textsOf);

describe('method catalog: structure', () => {
  it('has exactly ten fields numbered 1..10 with ids hf01..hf10', () => {
    expect(ACTION_FIELDS).toHaveLength(10);
    ACTION_FIELDS.forEach((field, i) => {
      expect(field.number).toBe(i + 1);
      expect(field.id).toBe(`hf${String(i + 1).padStart(2, '0')}`);
    });
  });

  it('gives every field the three steps in method order', () => {
    for (const field of ACTION_FIELDS) {
      expect(field.steps.map((s) => s.id)).toEqual([...STEP_IDS]);
      expect(field.steps.map((s) => s.id)).toEqual(['bestand', 'bedarf', 'umsetzung']);
    }
  });

  it('has at least three tasks and non-empty guidance in every step', () => {
    for (const field of ACTION_FIELDS) {
      for (const step of field.steps) {
        expect(step.tasks.length, `${field.id}.${step.id}`).toBeGreaterThanOrEqual(3);
        expect(step.guidance.trim().length, `${field.id}.${step.id}`).toBeGreaterThan(0);
        for (const task of step.tasks) {
          expect(task.title.trim().length, task.id).toBeGreaterThan(0);
          expect(task.hint.trim().length, task.id).toBeGreaterThan(0);
        }
      }
    }
  });

  it('uses unique, well-formed task ids that start with their field and step', () => {
    const ids = allTaskIds();
    expect(new Set(ids).size).toBe(ids.length);
    let counted = 0;
    for (const field of ACTION_FIELDS) {
      for (const step of field.steps) {
        for (const task of step.tasks) {
          counted++;
          expect(task.id).toMatch(TASK_ID);
          expect(task.id.startsWith(`${field.id}.${step.id}.`), task.id).toBe(true);
        }
      }
    }
    expect(ids).toHaveLength(counted);
  });

  it('keeps short titles within 40 characters', () => {
    for (const field of ACTION_FIELDS) {
      expect(field.shortTitle.length, field.shortTitle).toBeLessThanOrEqual(40);
      expect(field.shortTitle.trim().length).toBeGreaterThan(0);
    }
  });

  it('has description, recommendations and a source for every field', () => {
    for (const field of ACTION_FIELDS) {
      expect(field.title.trim().length).toBeGreaterThan(0);
      expect(field.description.trim().length).toBeGreaterThan(0);
      expect(field.recommendations.length, field.id).toBeGreaterThanOrEqual(2);
      expect(field.challenges.length, field.id).toBeLessThanOrEqual(6);
      expect(field.successFactors.length, field.id).toBeLessThanOrEqual(6);
      expect(field.recommendations.length, field.id).toBeLessThanOrEqual(6);
      expect(field.furtherReading.length, field.id).toBeLessThanOrEqual(5);
      expect(field.source.title).toBe(BBSR_GUIDE.title);
      expect(field.source.publisher).toBe(BBSR_GUIDE.publisher);
      expect(field.source.year).toBe(BBSR_GUIDE.year);
      expect(field.source.location ?? '').toContain(`Handlungsfeld ${field.number}`);
    }
  });

  it('cites the BBSR guide correctly', () => {
    expect(BBSR_GUIDE.title).toContain('Stärkung von bedarfsorientierten Pflegestrukturen');
    expect(BBSR_GUIDE.publisher).toContain('Bundesinstitut für Bau-, Stadt- und Raumforschung');
    expect(Number.isInteger(BBSR_GUIDE.year)).toBe(true);
  });
});

describe('method catalog: lookups', () => {
  it('finds every field by id and nothing for unknown ids', () => {
    for (const field of ACTION_FIELDS) expect(fieldById(field.id)).toBe(field);
    expect(fieldById('hf11')).toBeUndefined();
    expect(fieldById('')).toBeUndefined();
  });

  it('round-trips every task id through taskById', () => {
    for (const id of allTaskIds()) {
      const found = taskById(id);
      expect(found, id).toBeDefined();
      expect(found?.task.id).toBe(id);
      expect(found?.field.steps).toContain(found?.step);
      expect(found?.step.tasks).toContain(found?.task);
      expect(id.startsWith(`${found?.field.id}.${found?.step.id}.`)).toBe(true);
    }
    expect(taskById('hf01.bestand.gibt-es-nicht')).toBeUndefined();
  });

  it('lists task ids in catalog order', () => {
    const expected = ACTION_FIELDS.flatMap((f) => f.steps.flatMap((s) => s.tasks.map((t) => t.id)));
    expect(allTaskIds()).toEqual(expected);
  });
});

describe('method catalog: text quality', () => {
  it('contains no replacement characters, soft hyphens or control characters', () => {
    for (const [where, text] of ALL_TEXTS) {
      expect(text, where).not.toMatch(/[\uFFFD\u00AD]/);
      const control = [...text].filter((ch) => ch.charCodeAt(0) < 0x20);
      expect(control, where).toEqual([]);
    }
  });

  it('has no stray whitespace', () => {
    for (const [where, text] of ALL_TEXTS) {
      expect(text, where).toBe(text.trim());
      expect(text, where).not.toMatch(/ {2}/);
    }
  });

  it('has no hyphenation artefacts from the PDF extract', () => {
    // A lower-case letter, hyphen, space, lower-case letter is a split word ("Pflege- bedürftige"),
    // unless it is a German suspended compound ("Aus- und Weiterbildung", "Fach- oder").
    const split = /\p{Ll}- (?!(und|oder|bzw\.|sowie|als|bis)\b)\p{Ll}/u;
    for (const [where, text] of ALL_TEXTS) {
      expect(text, where).not.toMatch(split);
    }
  });

  it('uses typographic German quotes, balanced', () => {
    for (const [where, text] of ALL_TEXTS) {
      expect(text, where).not.toContain('"');
      const open = (text.match(/„/g) ?? []).length;
      const close = (text.match(/“/g) ?? []).length;
      expect(open, where).toBe(close);
    }
  });

  it('contains no personal contact data (e-mail addresses, phone numbers)', () => {
    for (const [where, text] of ALL_TEXTS) {
      expect(text, where).not.toMatch(/@/);
      expect(text, where).not.toMatch(/\bTel\.?\s*:?\s*\d/);
      expect(text, where).not.toMatch(/\d{4,5}\s\d{2,3}\s\d{2,4}/);
    }
  });

  it('writes proper umlauts instead of ASCII transliterations in prose', () => {
    // Slugs are ASCII; visible German text must not use "ae/oe/ue" replacements for common words.
    const ascii = /\b(fuer|Massnahme|Pflegebeduerftige|Gemeinde[n]? ueber|Foerder|Buerger)/;
    for (const [where, text] of ALL_TEXTS) {
      expect(text, where).not.toMatch(ascii);
    }
  });
});
