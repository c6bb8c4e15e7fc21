/** English strings. Every user-visible string of the app is a key here. */
export const en = {
  app: {
    name: 'Deckwright',
    tagline: 'Flashcards that build themselves from documents',
    nav: { decks: 'Decks' },
    loading: 'Loading…',
    notFound: 'There is nothing at this address.',
    backToDecks: 'Back to the decks',
  },
  errors: {
    storageUnavailable:
      'Your browser refused to open local storage ({{reason}}). Study progress cannot be saved: leave private browsing or allow site data, then reload.',
    quotaExceeded:
      'Your device is out of storage space for this site. Free some space (or remove other site data), then try again. Nothing was changed.',
    loadDecks: 'The bundled decks could not be loaded: {{reason}}',
    unexpected: 'Something went wrong: {{reason}}',
    reload: 'Reload',
  },
  decks: {
    title: 'Your decks',
    empty: 'No decks yet.',
    cards_one: '{{count}} card',
    cards_other: '{{count}} cards',
    study: 'Study',
    open: 'Open',
    counts: { new: 'New', learning: 'Learning', review: 'Due' },
    countsLabel: '{{new}} new, {{learning}} learning, {{review}} due today',
  },
  deck: {
    notFound: 'No deck with the id “{{deckId}}”.',
    cardsTitle: 'Cards',
    language: 'Language: {{language}}',
    source: 'Source: {{file}}',
    kind: {
      definition: 'Definition',
      highlight: 'Highlight',
      faq: 'FAQ',
      list: 'List',
      comparison: 'Comparison',
    },
    front: 'Front',
    back: 'Back',
    showMore: 'Show more cards',
  },
} as const;

export type Messages = typeof en;
