import { describe, expect, it } from 'vitest';
import { ACTION_FIELDS } from '../../shared/catalog';
import { SUGGESTION_RULES, suggestTasks, type PlanFacts } from '../../shared/method/suggestions';

const none: PlanFacts = { population: null, scenarios: 0, richtwerte: 0, staffingRatios: 0, registerCounts: {} };

describe('suggested progress', () => {
  it('names only tasks of the catalog', () => {
    const ids = new Set(ACTION_FIELDS.flatMap((f) => f.steps.flatMap((s) => s.tasks.map((t) => t.id))));
    for (const rule of SUGGESTION_RULES) expect(ids.has(rule.taskId), rule.taskId).toBe(true);
  });
  it('suggests nothing for an empty plan', () => {
    expect(suggestTasks(none)).toEqual([]);
  });
  it('suggests the population tasks with the import date, and register tasks when records exist', () => {
    const s = suggestTasks({ ...none, population: { importedOn: '2026-03-12T09:30:00.000Z', label: 'GENESIS 12411-02-03-5' }, scenarios: 3, registerCounts: { akteure: 1 } });
    expect(s.find((x) => x.taskId === 'hf07.bedarf.nachfrageprognose')).toEqual({
      taskId: 'hf07.bedarf.nachfrageprognose',
      reason: 'Bevölkerung importiert am 12.03.2026 (GENESIS 12411-02-03-5); Pflegebedürftige je Gemeinde in 3 Szenarien berechnet.',
      date: '2026-03-12',
    });
    expect(s.find((x) => x.taskId === 'hf03.bestand.akteure-erfassen')).toEqual({ taskId: 'hf03.bestand.akteure-erfassen', reason: '1 Akteur erfasst.', date: null });
    // Gaps need Richtwerte as well as population.
    expect(s.some((x) => x.taskId === 'hf07.bedarf.versorgungsluecken-je-gemeinde')).toBe(false);
  });
});
