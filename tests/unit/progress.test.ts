import type { FieldId } from '../../shared/catalog/fieldId';
import { describe, expect, it } from 'vitest';
import type { ActionField, MethodTask, StepId, TaskState } from '../../shared/catalog/types';
import { fieldProgress, planProgress, stepProgress } from '../../shared/method/progress';

function tasks(fieldId: string, stepId: StepId, n: number): MethodTask[] {
  return Array.from({ length: n }, (_, i) => ({ id: `${fieldId}.${stepId}.t${i + 1}`, title: `Aufgabe ${i + 1}`, hint: '' }));
}

function field(id: FieldId, counts: [number, number, number]): ActionField {
  return {
    id,
    number: Number(id.slice(2)),
    title: `Feld ${id}`,
    shortTitle: id,
    description: '',
    steps: [
      { id: 'bestand', guidance: '', tasks: tasks(id, 'bestand', counts[0]) },
      { id: 'bedarf', guidance: '', tasks: tasks(id, 'bedarf', counts[1]) },
      { id: 'umsetzung', guidance: '', tasks: tasks(id, 'umsetzung', counts[2]) },
    ],
    recommendations: [],
    challenges: [],
    successFactors: [],
    practiceExample: null,
    furtherReading: [],
    source: { title: 'Leitfaden', publisher: 'BBSR', year: 2022 },
  };
}

const rec = (taskId: string, state: TaskState) => ({ taskId, state, note: '', date: null, updatedAt: '2025-01-01T00:00:00Z' });

describe('stepProgress', () => {
  const f = field('hf07', [4, 5, 3]);

  it('counts tasks without a record as open', () => {
    expect(stepProgress(f, 'bedarf', [])).toEqual({
      done: 0,
      relevant: 5,
      total: 5,
      notRelevant: 0,
      inProgress: 0,
      percent: 0,
      status: 'offen',
    });
  });

  it('counts done and in-progress tasks of the step only', () => {
    const records = [
      rec('hf07.bedarf.t1', 'erledigt'),
      rec('hf07.bedarf.t2', 'erledigt'),
      rec('hf07.bedarf.t3', 'erledigt'),
      rec('hf07.bedarf.t4', 'in_arbeit'),
      rec('hf07.bestand.t1', 'erledigt'),
    ];
    const p = stepProgress(f, 'bedarf', records);
    expect(p).toMatchObject({ done: 3, relevant: 5, total: 5, inProgress: 1, percent: 60, status: 'in_arbeit' });
  });

  it('excludes tasks marked nicht_relevant from the denominator', () => {
    const records = [rec('hf07.umsetzung.t1', 'erledigt'), rec('hf07.umsetzung.t2', 'nicht_relevant')];
    const p = stepProgress(f, 'umsetzung', records);
    expect(p).toMatchObject({ done: 1, relevant: 2, total: 3, notRelevant: 1, percent: 50, status: 'in_arbeit' });
  });

  it('is complete when all relevant tasks are done', () => {
    const records = [rec('hf07.umsetzung.t1', 'erledigt'), rec('hf07.umsetzung.t2', 'nicht_relevant'), rec('hf07.umsetzung.t3', 'erledigt')];
    expect(stepProgress(f, 'umsetzung', records)).toMatchObject({ percent: 100, status: 'erledigt' });
  });

  it('is complete with 100 % when every task is nicht_relevant', () => {
    const records = ['t1', 't2', 't3'].map((t) => rec(`hf07.umsetzung.${t}`, 'nicht_relevant'));
    expect(stepProgress(f, 'umsetzung', records)).toMatchObject({ done: 0, relevant: 0, total: 3, percent: 100, status: 'erledigt' });
  });

  it('marks a step with only in-progress tasks as in Arbeit', () => {
    expect(stepProgress(f, 'bestand', [rec('hf07.bestand.t2', 'in_arbeit')]).status).toBe('in_arbeit');
  });

  it('treats a step without tasks as open with 0 %', () => {
    const empty = field('hf01', [0, 0, 0]);
    expect(stepProgress(empty, 'bestand', [])).toMatchObject({ total: 0, percent: 0, status: 'offen' });
  });

  it('ignores records of unknown tasks and accepts a Map', () => {
    const map = new Map<string, TaskState>([
      ['hf07.bestand.t1', 'erledigt'],
      ['hf99.bestand.t1', 'erledigt'],
    ]);
    expect(stepProgress(f, 'bestand', map)).toMatchObject({ done: 1, total: 4, percent: 25 });
  });
});

describe('fieldProgress and planProgress', () => {
  const a = field('hf01', [2, 2, 2]);
  const b = field('hf02', [3, 1, 0]);

  it('sums the three steps of a field', () => {
    const records = [rec('hf01.bestand.t1', 'erledigt'), rec('hf01.bedarf.t1', 'nicht_relevant'), rec('hf01.umsetzung.t2', 'in_arbeit')];
    const p = fieldProgress(a, records);
    expect(p).toMatchObject({ fieldId: 'hf01', done: 1, relevant: 5, total: 6, notRelevant: 1, inProgress: 1, percent: 20, status: 'in_arbeit' });
    expect(p.steps.bedarf).toMatchObject({ relevant: 1, notRelevant: 1 });
  });

  it('sums fields to the plan total, and the plan total equals the sum of all step totals', () => {
    const records = [
      rec('hf01.bestand.t1', 'erledigt'),
      rec('hf01.bestand.t2', 'erledigt'),
      rec('hf02.bestand.t1', 'erledigt'),
      rec('hf02.bedarf.t1', 'nicht_relevant'),
    ];
    const p = planProgress([a, b], records);
    expect(p).toMatchObject({ done: 3, total: 10, notRelevant: 1, relevant: 9, status: 'in_arbeit' });
    expect(p.percent).toBeCloseTo(33.333, 2);
    expect(p.fields.map((f) => f.done)).toEqual([2, 1]);
    const stepTotal = p.fields.flatMap((f) => Object.values(f.steps)).reduce((s, x) => s + x.total, 0);
    expect(stepTotal).toBe(p.total);
  });

  it('is erledigt when everything relevant is done', () => {
    const records = b.steps.flatMap((s) => s.tasks.map((t) => rec(t.id, 'erledigt')));
    expect(planProgress([b], records)).toMatchObject({ percent: 100, status: 'erledigt' });
  });
});
