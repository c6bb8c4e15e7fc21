import { useTranslation } from '../i18n/i18n.ts';

/** Shown under the navigation while the code of a lazily loaded screen arrives. */
export function RouteLoading() {
  const { t } = useTranslation();
  return <p className="startup">{t('app.loading')}</p>;
}
