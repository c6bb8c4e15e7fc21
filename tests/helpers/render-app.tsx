import { render } from '@testing-library/react';
import { MemoryRouter, useLocation, type RouteObject } from 'react-router';
import { I18nextProvider } from 'react-i18next';
import { AppRoutes } from '../../src/app/routes.tsx';
import { i18n } from '../../src/i18n/i18n.ts';

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
    <I18nextProvider i18n={i18n}>
      <MemoryRouter initialEntries={[path]}>
        <LocationProbe
          onChange={(pathname) => {
            current = pathname;
          }}
        />
        <AppRoutes table={table} />
      </MemoryRouter>
    </I18nextProvider>,
  );
  return { ...view, pathname: () => current };
}
