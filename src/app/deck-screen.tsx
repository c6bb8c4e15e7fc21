import { DeckPage } from '../features/decks/components/deck-page.tsx';
import { UpdateDeck } from '../features/import/components/update-deck.tsx';

/** The deck page with the import feature's update tools (features do not import each other). */
export function DeckScreen() {
  return <DeckPage tools={(deck) => <UpdateDeck deck={deck} />} />;
}
