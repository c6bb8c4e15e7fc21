/** Every route of the app in one place; screens link through these builders, never by string. */
export const paths = {
  home: { pattern: '/', build: () => '/' },
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
