import { useTranslation } from 'react-i18next';

/** Shown under the navigation while the code of a lazily loaded screen arrives. */
export function RouteLoading() {
  const { t } = useTranslation();
  return <p className="startup">{t('app.loading')}</p>;
}
