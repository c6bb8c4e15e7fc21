import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { useTranslation } from '../../../i18n/i18n.ts';
import { paths } from '../../../config/paths.ts';
import { useDecks } from '../hooks/use-decks.ts';
import { DeckCounts } from './deck-counts.tsx';
import { DeckProgress } from './deck-progress.tsx';
import '../decks.css';

/** The deck list; `actions` (adding documents, from the app) go under its heading. */
export function DeckListPage({ actions }: { actions?: ReactNode }) {
  const { t } = useTranslation();
  const decks = useDecks();
  if (decks === undefined) return <p>{t('app.loading')}</p>;
  return (
    <section aria-labelledby="deck-list-title">
      <h1 id="deck-list-title">{t('decks.title')}</h1>
      {actions}
      {decks.length === 0 ? (
        <p>{t('decks.empty')}</p>
      ) : (
        <ul className="deck-list">
          {decks.map((deck) => (
            <li key={deck.id} className="deck-list__item">
              <h2 lang={deck.language}>
                <Link to={paths.deck.build(deck.id)}>{deck.title}</Link>
              </h2>
              <p lang={deck.language}>{deck.description}</p>
              <DeckProgress deckId={deck.id} />
              <DeckCounts deckId={deck.id} />
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
