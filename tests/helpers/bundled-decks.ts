import type { Deck } from '../../src/domain/deck/deck-types.ts';

// The committed generated decks, read the way the app reads them (parsed JSON, typed as Deck).
const modules = import.meta.glob<Deck>('../../decks/*.json', { eager: true, import: 'default' });

/** The bundled decks in file-name order, as the app lists them. */
export const bundledDecks: Deck[] = Object.keys(modules)
  .sort()
  .map((file) => modules[file] as Deck);
