import { Suspense } from 'react';
import { NavLink, Outlet } from 'react-router';
import { useTranslation } from '../i18n/i18n.ts';
import { paths } from '../config/paths.ts';
import { RouteErrorBoundary } from './route-error.tsx';
import { RouteLoading } from './route-loading.tsx';
import { RouteFocus } from './route-focus.tsx';
import { RouteTitle } from './route-title.tsx';

export function Layout() {
  const { t } = useTranslation();
  return (
    <div className="layout">
      <RouteTitle />
      <RouteFocus />
      <header className="layout__header">
        <NavLink to={paths.home.build()} className="layout__brand">
          {t('app.name')}
        </NavLink>
        <nav aria-label={t('app.name')}>
          <NavLink to={paths.home.build()} end>
            {t('app.nav.decks')}
          </NavLink>
          <NavLink to={paths.browse.build()}>{t('browse.nav')}</NavLink>
          <NavLink to={paths.stats.build()}>{t('stats.nav')}</NavLink>
          <NavLink to={paths.multiQuiz.build()}>{t('quiz.nav')}</NavLink>
          <NavLink to={paths.settings.build()}>{t('settings.nav')}</NavLink>
        </nav>
      </header>
      <main className="layout__main">
        <RouteErrorBoundary>
          <Suspense fallback={<RouteLoading />}>
            <Outlet />
          </Suspense>
        </RouteErrorBoundary>
      </main>
    </div>
  );
}
