/** Every route of the app in one place; screens link through these builders, never by string. */
export const paths = {
  home: { pattern: '/', build: () => '/' },
  stats: { pattern: '/stats', build: () => '/stats' },
  deckStats: {
    pattern: '/decks/:deckId/stats',
    build: (deckId: string) => `/decks/${encodeURIComponent(deckId)}/stats`,
  },
  /** The card browser of the whole collection, or filtered to one deck. */
  browse: {
    pattern: '/cards',
    build: (deckId?: string) =>
      deckId === undefined ? '/cards' : `/cards?deck=${encodeURIComponent(deckId)}`,
  },
  /** One deck's cards: the browser filtered to that deck. */
  cards: {
    pattern: '/decks/:deckId/cards',
    build: (deckId: string) => `/decks/${encodeURIComponent(deckId)}/cards`,
  },
  card: {
    pattern: '/decks/:deckId/cards/:cardId',
    build: (deckId: string, cardId: string) =>
      `/decks/${encodeURIComponent(deckId)}/cards/${encodeURIComponent(cardId)}`,
  },
  deck: {
    pattern: '/decks/:deckId',
    build: (deckId: string) => `/decks/${encodeURIComponent(deckId)}`,
  },
  study: {
    pattern: '/decks/:deckId/study',
    build: (deckId: string) => `/decks/${encodeURIComponent(deckId)}/study`,
  },
  settings: { pattern: '/settings', build: () => '/settings' },
  quiz: {
    pattern: '/decks/:deckId/quiz',
    build: (deckId: string) => `/decks/${encodeURIComponent(deckId)}/quiz`,
  },
  multiQuiz: { pattern: '/quiz', build: () => '/quiz' },
} as const;
