import { render } from '@testing-library/react';
import { MemoryRouter, useLocation, type RouteObject } from 'react-router';
import { AppRoutes } from '../../src/app/routes.tsx';

/** Reports every address the app goes to, so tests can check where a link led. */
function LocationProbe({ onChange }: { onChange: (pathname: string) => void }) {
  onChange(useLocation().pathname);
  return null;
}

/**
 * Renders the whole app at `path` with a memory router, the way the browser entry does (with
 * `table` instead of the app's routes when given). `pathname()` is the current address.
 */
export function renderApp(path: string, table?: RouteObject[]) {
  let current = path;
  const view = render(
    <MemoryRouter initialEntries={[path]}>
      <LocationProbe
        onChange={(pathname) => {
          current = pathname;
        }}
      />
      <AppRoutes table={table} />
    </MemoryRouter>,
  );
  return { ...view, pathname: () => current };
}
