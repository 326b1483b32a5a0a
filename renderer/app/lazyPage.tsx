/**
 * A feature page in its own chunk that renders at once when its code is already there.
 * React.lazy suspends on its first render even when the import has finished, and React keeps
 * a Suspense fallback up for at least 300 ms, so a prefetched page would still wait. When the
 * prefetch has stored the component, the lazy factory answers with a thenable that resolves
 * synchronously, which React takes without suspending. `prefetch` is what app/features.ts calls.
 */
import { lazy, type ComponentType } from 'react';

export function lazyPage<P extends object>(load: () => Promise<ComponentType<P>>): { Page: ComponentType<P>; prefetch: () => Promise<unknown> } {
  let loaded: ComponentType<P> | null = null;
  let pending: Promise<ComponentType<P>> | null = null;
  const prefetch = () => {
    pending ??= load().then(
      (component) => (loaded = component),
      (error: unknown) => {
        pending = null;
        throw error;
      },
    );
    return pending;
  };
  const Page = lazy(() => {
    const ready = loaded;
    if (ready) return { then: (resolve: (module: { default: ComponentType<P> }) => void) => resolve({ default: ready }) } as unknown as Promise<{ default: ComponentType<P> }>;
    return prefetch().then((component) => ({ default: component }));
  });
  return { Page: Page as unknown as ComponentType<P>, prefetch };
}
