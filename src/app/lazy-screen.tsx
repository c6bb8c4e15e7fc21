import { isValidElement, lazy, useState, type ComponentType, type ReactNode } from 'react';

/** A screen whose code is a chunk of its own: a component that can also be loaded ahead. */
export type LazyScreen = ComponentType & {
  /** Starts loading the screen's code (once) and resolves when it is in. */
  readonly preload: () => Promise<unknown>;
};

/**
 * Like `React.lazy`, except that the code can be loaded before the screen is first rendered
 * (`preload`), and a screen whose code is in renders at once. `React.lazy` suspends on its first
 * render even when its chunk has already arrived, and React then keeps the Suspense fallback on
 * screen for at least 300 ms: opening the app at a screen's address showed a loading line for
 * that long after the screen's code was in.
 *
 * @example
 * const StudyPage = lazyScreen(() =>
 *   import('./study-page.tsx').then((module) => ({ default: module.StudyPage })),
 * );
 * await StudyPage.preload(); // <StudyPage /> now renders without suspending
 */
export function lazyScreen(load: () => Promise<{ default: ComponentType }>): LazyScreen {
  let loaded: ComponentType | undefined;
  let loading: Promise<ComponentType> | undefined;
  const preload = () =>
    (loading ??= load().then(
      (module) => (loaded = module.default),
      (error: unknown) => {
        // Rendering the screen asks again (a chunk missed while offline, say).
        loading = undefined;
        throw error;
      },
    ));
  // Code not in yet: React.lazy suspends until it is, and the layout's Suspense shows its fallback.
  const Suspended = lazy(() => preload().then((component) => ({ default: component })));
  function Screen() {
    // Chosen once per mount: switching from Suspended to the component would remount the screen.
    const [Loaded] = useState(() => loaded);
    return Loaded === undefined ? <Suspended /> : <Loaded />;
  }
  return Object.assign(Screen, { preload });
}

/** Loads the code of the screen `element` renders, when it is a {@link lazyScreen}. */
export function preloadElement(element: ReactNode): Promise<unknown> {
  if (!isValidElement(element) || typeof element.type !== 'function') return Promise.resolve();
  const type = element.type as Partial<LazyScreen>;
  return typeof type.preload === 'function' ? type.preload() : Promise.resolve();
}
