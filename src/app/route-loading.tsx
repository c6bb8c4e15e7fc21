import { useTranslation } from 'react-i18next';

/**
 * Shown while the code of a lazily loaded screen arrives when the app is opened right at its
 * address (react-router renders this instead of the layout until the route's chunk is in).
 */
export function RouteLoading() {
  const { t } = useTranslation();
  return <p className="startup">{t('app.loading')}</p>;
}
