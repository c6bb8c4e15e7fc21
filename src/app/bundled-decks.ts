import type { Deck } from '../domain/deck/deck-types.ts';

// The generated decks ship as separate files (not inside the JavaScript bundle), so the first
// page stays small and the service worker can precache them like any other asset.
const deckUrls = import.meta.glob<string>('../../decks/*.json', {
  query: '?url',
  import: 'default',
  eager: true,
});

function isDeck(value: unknown): value is Deck {
  if (typeof value !== 'object' || value === null) return false;
  const deck = value as Partial<Deck>;
  return (
    typeof deck.id === 'string' &&
    typeof deck.title === 'string' &&
    typeof deck.source?.sha256 === 'string' &&
    Array.isArray(deck.cards)
  );
}

/** Fetches the bundled decks; rejects with a message naming the file that is broken. */
export async function fetchBundledDecks(): Promise<Deck[]> {
  const entries = Object.entries(deckUrls).sort(([a], [b]) => a.localeCompare(b));
  return Promise.all(
    entries.map(async ([file, url]) => {
      const response = await fetch(url);
      if (!response.ok) throw new Error(`${file}: HTTP ${response.status}`);
      const body: unknown = await response.json();
      if (!isDeck(body)) throw new Error(`${file}: not a deck file`);
      return body;
    }),
  );
}
