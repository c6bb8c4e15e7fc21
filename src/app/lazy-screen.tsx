import { use, type ComponentType } from 'react';

/** A screen whose code is its own chunk, loaded on first use. */
export interface LazyScreen {
  /** Renders the screen; suspends (the layout's Suspense shows "Loading…") until its code is in. */
  readonly Screen: ComponentType;
  readonly isLoaded: () => boolean;
  /** Starts loading the code (once) and resolves when it is in. */
  readonly preload: () => Promise<void>;
}

/**
 * Wraps `load` (a dynamic import) as a screen that can be loaded before it is shown, so the
 * router can keep the previous screen until the next one's code is in instead of flashing a
 * loading line — React holds a revealed fallback for at least 300 ms.
 *
 * @example
 * const study = lazyScreen(() => import('./study-page.tsx').then((m) => m.StudyPage));
 */
export function lazyScreen(load: () => Promise<ComponentType>): LazyScreen {
  let loaded: ComponentType | undefined;
  let loading: Promise<void> | undefined;
  const preload = () =>
    (loading ??= load().then(
      (component) => {
        loaded = component;
      },
      (error: unknown) => {
        // Let a later visit try again (a chunk missed while offline, say).
        loading = undefined;
        throw error;
      },
    ));
  function Screen() {
    if (loaded === undefined) use(preload());
    const Loaded = loaded as ComponentType;
    return <Loaded />;
  }
  return { Screen, isLoaded: () => loaded !== undefined, preload };
}
