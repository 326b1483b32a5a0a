/**
 * A tiny hash router: `#/`, `#/plan`, `#/feld/hf07/bedarf`, `#/gebiet`. Hash routes work the
 * same from file:// (Electron) and from the loopback host.
 */
import { type FieldId, isFieldId } from '../../shared/catalog/fieldId';
import { useSyncExternalStore } from 'react';
import { STEP_IDS, type StepId } from '../../shared/catalog/types';

export type Route =
  | { name: 'start' }
  | { name: 'overview' }
  | { name: 'field'; fieldId: FieldId; stepId: StepId }
  | { name: 'district' }
  /** A page a feature registers in app/features.ts, e.g. `#/bestand/angebote`. */
  | { name: 'page'; page: string; rest: string[] }
  | { name: 'notFound'; hash: string };

const isStepId = (s: string | undefined): s is StepId => (STEP_IDS as readonly string[]).includes(s ?? '');

/** A malformed escape (`#/%ff`, from a hand-typed or truncated link) must not blank the app. */
function decodeSegment(segment: string): string | null {
  try {
    return decodeURIComponent(segment);
  } catch {
    return null;
  }
}

export function parseHash(hash: string): Route {
  const decoded = hash.replace(/^#\/?/, '').split('/').filter(Boolean).map(decodeSegment);
  if (decoded.some((p) => p === null)) return { name: 'notFound', hash };
  const parts = decoded as string[];
  const [head, a, b] = parts;
  if (!head) return { name: 'start' };
  if (head === 'plan' && parts.length === 1) return { name: 'overview' };
  if (head === 'gebiet' && parts.length === 1) return { name: 'district' };
  if (head === 'feld' && a && isFieldId(a) && parts.length <= 3) {
    if (b === undefined) return { name: 'field', fieldId: a, stepId: 'bestand' };
    if (isStepId(b)) return { name: 'field', fieldId: a, stepId: b };
  }
  if (/^[a-z][a-z0-9-]*$/.test(head) && !['plan', 'gebiet', 'feld'].includes(head)) return { name: 'page', page: head, rest: parts.slice(1) };
  return { name: 'notFound', hash };
}

export function hrefFor(route: Route): string {
  switch (route.name) {
    case 'start':
      return '#/';
    case 'overview':
      return '#/plan';
    case 'district':
      return '#/gebiet';
    case 'field':
      return `#/feld/${encodeURIComponent(route.fieldId)}/${route.stepId}`;
    case 'page':
      return `#/${[route.page, ...route.rest].map(encodeURIComponent).join('/')}`;
    case 'notFound':
      return route.hash;
  }
}

export function navigate(route: Route, options: { replace?: boolean } = {}): void {
  const href = hrefFor(route);
  if (location.hash === href) return;
  if (options.replace) {
    history.replaceState(history.state, '', href);
    window.dispatchEvent(new HashChangeEvent('hashchange'));
  } else {
    location.hash = href;
  }
}

function subscribe(onChange: () => void): () => void {
  window.addEventListener('hashchange', onChange);
  return () => window.removeEventListener('hashchange', onChange);
}

const currentHash = () => location.hash;

/** The current route; re-renders on every hash change. */
export function useRoute(): Route {
  const hash = useSyncExternalStore(subscribe, currentHash);
  return parseHash(hash);
}
