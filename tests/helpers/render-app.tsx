import { render } from '@testing-library/react';
import { Router, useLocation } from 'wouter';
import { memoryLocation } from 'wouter/memory-location';
import { I18nextProvider } from 'react-i18next';
import { AppRoutes, type AppRoute } from '../../src/app/routes.tsx';
import { i18n } from '../../src/i18n/i18n.ts';

/** Reports every address the app goes to, so tests can check where a link led. */
function LocationProbe({ onChange }: { onChange: (pathname: string) => void }) {
  onChange(useLocation()[0]);
  return null;
}

/**
 * Renders the whole app at `path` with an in-memory location, the way the browser entry does
 * (with `table` instead of the app's routes when given). `pathname()` is the current address.
 */
export function renderApp(path: string, table?: readonly AppRoute[]) {
  let current = path;
  const location = memoryLocation({ path, record: true });
  const view = render(
    <I18nextProvider i18n={i18n}>
      <Router hook={location.hook}>
        <LocationProbe
          onChange={(pathname) => {
            current = pathname;
          }}
        />
        <AppRoutes table={table} />
      </Router>
    </I18nextProvider>,
  );
  return { ...view, pathname: () => current };
}
