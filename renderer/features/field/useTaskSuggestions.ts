/**
 * Suggested progress of one field (shared/method/suggestions.ts) from the plan's data: the
 * population tables, scenarios, Richtwerte and the field's registers, loaded in parallel.
 */
import type { FieldId } from '../../../shared/catalog/fieldId';
import { useEffect, useState } from 'react';
import { suggestTasks, type TaskSuggestion } from '../../../shared/method/suggestions';
import type { RegisterId } from '../../../shared/stock/registers';
import { invoke } from '../../api';

export function useTaskSuggestions(fieldId: FieldId): Map<string, TaskSuggestion> {
  const [suggestions, setSuggestions] = useState(new Map<string, TaskSuggestion>());
  useEffect(() => {
    let live = true;
    // Suggestions are a help: a feature that cannot answer just suggests nothing.
    const orEmpty = <T>(p: Promise<T[]>) => p.catch(() => [] as T[]);
    void Promise.all([
      orEmpty(invoke('needs.population.list', {})),
      orEmpty(invoke('needs.scenarios.list', {})),
      orEmpty(invoke('needs.richtwerte.list', {})),
      orEmpty(invoke('needs.staffing.list', {})),
      orEmpty(invoke('stock.summary', { fieldId })),
    ]).then(([datasets, scenarios, richtwerte, staffing, summary]) => {
      if (!live) return;
      const population = datasets.filter((d) => d.kind === 'bestand' && d.level === 'gemeinde').sort((a, b) => b.createdAt.localeCompare(a.createdAt))[0];
      const registerCounts: Partial<Record<RegisterId, number>> = {};
      for (const item of summary) registerCounts[item.register] = item.count;
      const list = suggestTasks({
        population: population ? { importedOn: population.createdAt, label: population.tableCode ? `GENESIS ${population.tableCode}` : population.fileName } : null,
        scenarios: scenarios.length,
        richtwerte: richtwerte.length,
        staffingRatios: staffing.length,
        registerCounts,
      });
      setSuggestions(new Map(list.map((s) => [s.taskId, s])));
    });
    return () => {
      live = false;
    };
  }, [fieldId]);
  return suggestions;
}
