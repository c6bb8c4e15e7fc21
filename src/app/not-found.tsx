import { Link } from 'react-router';
import { useTranslation } from '../i18n/i18n.ts';
import { paths } from '../config/paths.ts';

export function NotFound() {
  const { t } = useTranslation();
  return (
    <section>
      <p>{t('app.notFound')}</p>
      <Link to={paths.home.build()}>{t('app.backToDecks')}</Link>
    </section>
  );
}
