import { useTranslation } from '../../../i18n/i18n.ts';
import type { CardRecord } from '../../../storage/db.ts';

/** The card as it is now stored, shown beside the typed text after an edit was refused. */
export function CurrentCardText({ card, lang }: { card: CardRecord; lang: string }) {
  const { t } = useTranslation();
  return (
    <section className="card-text-form__current" aria-label={t('study.editCurrent')}>
      <h2>{t('study.editCurrent')}</h2>
      <dl>
        <dt>{t('study.front')}</dt>
        <dd lang={lang}>{card.front}</dd>
        <dt>{t('study.backSide')}</dt>
        <dd lang={lang}>{card.back}</dd>
      </dl>
    </section>
  );
}
