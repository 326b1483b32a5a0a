/** A channel declared (or handled) by two features stops the start instead of silently replacing one. */
import { describe, expect, it } from 'vitest';
import { handlers } from '../../db/api/handlers';
import { channelNames } from '../../shared/contract/channels';
import { mergeDisjoint } from '../../shared/contract/mergeDisjoint';
import { stockChannels } from '../../shared/contract/stock';

describe('channel maps are combined without overwriting', () => {
  it('refuses a name two groups declare, naming it', () => {
    expect(() => mergeDisjoint({ 'plan.open': 1, 'plan.close': 2 }, { 'stock.list': 3 }, { 'plan.open': 4 })).toThrow(/declared twice: plan\.open$/);
    expect(() => mergeDisjoint(stockChannels, { 'stock.list': stockChannels['stock.list'] })).toThrow(/stock\.list/);
  });

  it('keeps every entry of disjoint groups', () => {
    expect(mergeDisjoint({ a: 1 }, { b: 2 }, {})).toEqual({ a: 1, b: 2 });
  });

  it('the real contract and handler map have one handler per channel', () => {
    expect(Object.keys(handlers).sort()).toEqual([...channelNames].sort());
  });
});
