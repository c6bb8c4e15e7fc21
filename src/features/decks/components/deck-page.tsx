import { useState, type ReactNode } from 'react';
import { Link, useParams } from 'react-router';
import { useTranslation } from '../../../i18n/i18n.ts';
import { paths } from '../../../config/paths.ts';
import type { DeckRecord } from '../../../storage/db.ts';
import { AddCardForm } from '../../../components/add-card-form.tsx';
import { useDeck, useDeckCards } from '../hooks/use-decks.ts';
import { addCard } from '../hooks/add-card.ts';
import { CardList } from './card-list.tsx';
import { DeckCounts } from './deck-counts.tsx';
import { DeckManage } from './deck-manage.tsx';
import { DeckOptionsForm } from './deck-options-form.tsx';
import '../decks.css';

const PAGE_SIZE = 100;

/** A deck's page; `tools` (from the app: updating a learner's deck) go under its management. */
export function DeckPage({ tools }: { tools?: (deck: DeckRecord) => ReactNode }) {
  const { t } = useTranslation();
  const { deckId = '' } = useParams();
  const deck = useDeck(deckId);
  const [limit, setLimit] = useState(PAGE_SIZE);
  const cards = useDeckCards(deckId, limit);
  const [adding, setAdding] = useState(false);
  if (deck === null) return <p>{t('app.loading')}</p>;
  if (deck === undefined) return <p role="alert">{t('deck.notFound', { deckId })}</p>;
  return (
    <article aria-labelledby="deck-title">
      <h1 id="deck-title" lang={deck.language}>
        {deck.title}
      </h1>
      <p lang={deck.language}>{deck.description}</p>
      <p className="muted">
        {t('deck.language', { language: deck.language })} ·{' '}
        {t('deck.source', { file: deck.source.file })}
      </p>
      <DeckCounts deckId={deck.id} />
      <p>
        <Link to={paths.cards.build(deck.id)}>{t('browse.link')}</Link> ·{' '}
        <Link to={paths.deckStats.build(deck.id)}>{t('stats.title')}</Link>
      </p>
      <DeckOptionsForm deck={deck} />
      <DeckManage deck={deck} />
      {tools?.(deck)}
      <h2>
        {t('deck.cardsTitle')} ({cards?.total ?? '…'})
      </h2>
      {adding ? (
        <AddCardForm
          decks={[deck]}
          deckId={deck.id}
          onAdd={addCard}
          onClose={() => {
            setAdding(false);
          }}
        />
      ) : (
        <button
          type="button"
          onClick={() => {
            setAdding(true);
          }}
        >
          {t('addCard.open')}
        </button>
      )}
      {cards && (
        <CardList
          cards={cards.cards}
          lang={deck.language}
          hasMore={cards.cards.length < cards.total}
          onShowMore={() => {
            setLimit((current) => current + PAGE_SIZE);
          }}
        />
      )}
    </article>
  );
}
