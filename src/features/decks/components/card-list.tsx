import { readableCardText } from '../../../domain/media/card-media.ts';
import { useTranslation } from '../../../i18n/i18n.ts';
import type { CardRecord } from '../../../storage/db.ts';

interface CardListProps {
  cards: CardRecord[];
  lang: string;
  hasMore: boolean;
  onShowMore: () => void;
}

/**
 * A deck's cards in document order: kind, front and back, each text in the deck's language (a
 * picture or sound by its name, as in the card browser).
 */
export function CardList({ cards, lang, hasMore, onShowMore }: CardListProps) {
  const { t } = useTranslation();
  return (
    <>
      <ol className="card-list">
        {cards.map((card) => (
          <li key={card.id} className="card-list__item">
            <span className="badge">{t(`deck.kind.${card.kind}`)}</span>
            <dl>
              <dt>{t('deck.front')}</dt>
              <dd lang={lang} className="card-text">
                {readableCardText(card.front)}
              </dd>
              <dt>{t('deck.back')}</dt>
              <dd lang={lang} className="card-text">
                {readableCardText(card.back)}
              </dd>
            </dl>
          </li>
        ))}
      </ol>
      {hasMore && (
        <button type="button" onClick={onShowMore}>
          {t('deck.showMore')}
        </button>
      )}
    </>
  );
}
