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
    manage: {
      title: 'Manage the deck',
      rename: 'Rename',
      exportCsv: 'Export as CSV',
      newTitle: 'New title',
      save: 'Save title',
      cancel: 'Cancel',
      titleRequired: 'A deck needs a title.',
      export: 'Export deck (.json)',
      delete: 'Delete deck',
      confirm:
        'Delete “{{title}}”? Its {{cards}} and {{reviews}} are deleted for good (an exported backup keeps them).',
      reviews_one: '{{count}} review',
      reviews_other: '{{count}} reviews',
      confirmDelete: 'Delete for good',
      failed: 'Nothing was changed: {{reason}}',
    },
  },
  addCard: {
    open: 'Add a card',
    title: 'Add a card',
    deck: 'Add to deck',
    type: 'Card type',
    basic: 'Basic (front and back)',
    cloze: 'Cloze (hide parts of a text)',
    front: 'Front',
    back: 'Back',
    context: 'Context (optional, shown with the answer)',
    text: 'Text',
    clozeHelp:
      'Hide a part as {{cloze}}, or as {{hinted}} to show a hint in its place. Each number (c1, c2, …) makes one card; all parts with the same number are hidden together.',
    hintWord: 'hint',
    extra: 'Extra (optional, shown with the answer)',
    add: 'Add',
    addNext: 'Add and next',
    close: 'Close',
    added_one: 'Added {{count}} card to “{{deck}}”.',
    added_other: 'Added {{count}} cards to “{{deck}}”.',
    failed: 'Nothing was added: {{reason}}',
    problem: {
      noFront: 'A card needs a front.',
      noBack: 'A card needs a back.',
      noCloze: 'The text hides nothing: mark a part as {{example}}.',
      unclosed: 'Cloze {{cloze}} is not closed: end it with “}}”.',
      nested: 'Cloze {{cloze}} has another cloze inside it; clozes cannot be nested.',
      empty: 'Cloze {{cloze}} is empty: write the text to hide in it.',
      zero: 'Cloze numbers start at c1.',
    },
  },
  options: {
    title: 'Options',
    newPerDay: 'New cards per day',
    reviewsPerDay: 'Reviews per day',
    desiredRetention: 'Desired retention (0.70–0.99)',
    maximumIntervalDays: 'Maximum interval (days)',
    learningSteps: 'Learning steps',
    relearningSteps: 'Relearning steps',
    stepsHint: 'e.g. 1m 10m 1d',
    nextDayStartsAt: 'Next day starts at (hour, 0–23)',
    save: 'Save options',
    saved: 'Options saved.',
    invalid: 'Some options are not valid; nothing was saved.',
    error: {
      required: 'Enter a value.',
      integer: 'Enter a whole number.',
      number: 'Enter a number.',
      boolean: 'Choose yes or no.',
      list: 'Enter a list of steps.',
      parameters:
        'The fitted FSRS parameters are damaged: 21 numbers, a date and a review count are expected.',
      range: 'Enter a value from {{min}} to {{max}}.',
      step: '“{{value}}” is not a step: write a whole number followed by m, h or d, e.g. 10m.',
      tooManySteps: 'Use at most {{max}} steps.',
    },
  },
} as const;

export type Messages = typeof en;
