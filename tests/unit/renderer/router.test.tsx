// @vitest-environment happy-dom
/** The hash router as the app uses it: parsing every kind of hash, links back, navigation and the hook. */
import { act, renderHook } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { hrefFor, navigate, parseHash, useRoute, type Route } from '../../../renderer/app/router';

beforeEach(() => {
  history.replaceState(null, '', '#/');
});

describe('parseHash', () => {
  it.each<[string, Route]>([
    ['', { name: 'start' }],
    ['#', { name: 'start' }],
    ['#/', { name: 'start' }],
    ['#/plan', { name: 'overview' }],
    ['#/gebiet', { name: 'district' }],
    ['#/feld/hf07', { name: 'field', fieldId: 'hf07', stepId: 'bestand' }],
    ['#/feld/hf07/bedarf', { name: 'field', fieldId: 'hf07', stepId: 'bedarf' }],
    ['#/bestand', { name: 'page', page: 'bestand', rest: [] }],
    ['#/bestand/angebote/abc', { name: 'page', page: 'bestand', rest: ['angebote', 'abc'] }],
    ['#//plan//', { name: 'overview' }],
  ])('reads %j', (hash, route) => {
    expect(parseHash(hash)).toEqual(route);
  });

  it.each([
    '#/feld/hf07/kochen', // not a step
    '#/feld/hf07/bedarf/mehr', // too deep
    '#/feld', // no field
    '#/plan/extra', // the overview has no sub pages
    '#/gebiet/x',
    '#/Bestand', // pages are lower case
    '#/1abc',
    '#/%ff', // a malformed escape
  ])('takes %j for a missing page', (hash) => {
    expect(parseHash(hash)).toEqual({ name: 'notFound', hash });
  });
});

describe('hrefFor', () => {
  it.each<Route>([
    { name: 'start' },
    { name: 'overview' },
    { name: 'district' },
    { name: 'field', fieldId: 'hf01', stepId: 'umsetzung' },
    { name: 'page', page: 'bestand', rest: ['gemeinde', 'Lüchow (Wendland)/Süd'] },
  ])('writes a link that reads back as the same route: %j', (route) => {
    expect(parseHash(hrefFor(route))).toEqual(route);
  });

  it('escapes what would split a segment', () => {
    expect(hrefFor({ name: 'page', page: 'bestand', rest: ['a/b'] })).toBe('#/bestand/a%2Fb');
  });
});

describe('navigate and useRoute', () => {
  it('follows the hash, also changes made elsewhere (back button, typed links)', async () => {
    const { result } = renderHook(() => useRoute());
    expect(result.current).toEqual({ name: 'start' });

    await act(async () => {
      navigate({ name: 'district' });
      await new Promise((r) => setTimeout(r, 0));
    });
    expect(location.hash).toBe('#/gebiet');
    expect(result.current).toEqual({ name: 'district' });

    await act(async () => {
      location.hash = '#/feld/hf03/bedarf';
      await new Promise((r) => setTimeout(r, 0));
    });
    expect(result.current).toEqual({ name: 'field', fieldId: 'hf03', stepId: 'bedarf' });
  });

  it('replace: swaps the history entry instead of adding one, and still tells the app', () => {
    navigate({ name: 'overview' });
    const length = history.length;
    const { result } = renderHook(() => useRoute());
    act(() => navigate({ name: 'district' }, { replace: true }));
    expect(history.length).toBe(length);
    expect(location.hash).toBe('#/gebiet');
    expect(result.current).toEqual({ name: 'district' });
  });

  it('going where the app already is adds no history entry', () => {
    navigate({ name: 'overview' });
    const length = history.length;
    navigate({ name: 'overview' });
    expect(history.length).toBe(length);
  });
});
