import { enSettings } from './en-settings.ts';
import { enQuiz } from './en-quiz.ts';
import { enBrowse } from './en-browse.ts';
import { enStats } from './en-stats.ts';
import { enImport } from './en-import.ts';

/**
 * English strings of the first page. Every user-visible string of the app is a key here or in
 * one of the screens' own files (`en-*-screen.ts`), which load with their screen.
 */
export const en = {
  ...enQuiz,
  ...enStats,
  ...enBrowse,
  ...enSettings,
  ...enImport,
  media: {
    imageMissing: '[image missing: {{name}}]',
    fileNotShown: '[file not shown: {{name}}]',
    sound: '[sound, not played: {{name}}]',
    soundMissing: '[sound missing: {{name}}]',
    play: 'Sound: {{name}}',
    soundFile: '{{name}} — sound',
    files: 'Media files',
    image: '{{name}} — picture',
    file: '{{name}} — file, not played or shown',
    missing: '{{name}} — missing',
  },
  fsrs: {
    grade: { manual: 'Manual', again: 'Again', hard: 'Hard', good: 'Good', easy: 'Easy' },
    state: { new: 'New', learning: 'Learning', review: 'Review', relearning: 'Relearning' },
  },
  app: {
    name: 'Deckwright',
    titles: {
      format: '{{page}} · Deckwright',
      aDeck: 'Deck',
      decks: 'Decks',
      browse: 'Cards',
      stats: 'Statistics',
      settings: 'Settings',
      multiQuiz: 'Quiz',
      deck: '{{deck}}',
      study: 'Study · {{deck}}',
      deckStats: 'Statistics · {{deck}}',
      quiz: 'Quiz · {{deck}}',
      cards: 'Cards · {{deck}}',
      card: 'Card · {{deck}}',
      notFound: 'Page not found',
    },
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
    kind: {
      definition: 'Definition',
      highlight: 'Highlight',
      faq: 'FAQ',
      list: 'List',
      comparison: 'Comparison',
    },
  },
} as const;

export type Messages = typeof en;
