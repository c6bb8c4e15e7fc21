import { Link } from 'react-router';
import { useTranslation } from '../../../i18n/i18n.ts';
import { paths } from '../../../config/paths.ts';
import { useDeckCounts } from '../hooks/use-decks.ts';

/** Today's new / learning / due counts of a deck and its Study and Quiz actions. */
export function DeckCounts({ deckId }: { deckId: string }) {
  const { t } = useTranslation();
  const counts = useDeckCounts(deckId);
  if (counts === undefined) return <p className="deck-counts muted">{t('app.loading')}</p>;
  return (
    <div className="deck-counts">
      <dl aria-label={t('decks.countsLabel', { ...counts })}>
        <div>
          <dt>{t('decks.counts.new')}</dt>
          <dd className="count count--new">{counts.new}</dd>
        </div>
        <div>
          <dt>{t('decks.counts.learning')}</dt>
          <dd className="count count--learning">{counts.learning}</dd>
        </div>
        <div>
          <dt>{t('decks.counts.review')}</dt>
          <dd className="count count--review">{counts.review}</dd>
        </div>
      </dl>
      <Link className="button-link" to={paths.study.build(deckId)}>
        {t('decks.study')}
      </Link>
      <Link className="button-link" to={paths.quiz.build(deckId)}>
        {t('quiz.link')}
      </Link>
    </div>
  );
}
