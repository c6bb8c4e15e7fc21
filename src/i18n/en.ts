import { enSettings } from './en-settings.ts';
import { enQuiz } from './en-quiz.ts';
import { enBrowse } from './en-browse.ts';
import { enStats } from './en-stats.ts';
import { enImport } from './en-import.ts';

/** English strings. Every user-visible string of the app is a key here. */
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
  study: {
    back: 'Back to the deck',
    missing: 'No deck with the id “{{deckId}}”.',
    countsLabel: 'Remaining: {{new}} new, {{learning}} learning, {{review}} to review',
    progress: 'Session progress',
    band: { new: 'New', learning: 'Learning', review: 'Review' },
    showAnswer: 'Show answer',
    showAnswerHint: 'Space or Enter',
    gradeLabel: '{{grade}}, next in {{interval}} (key {{key}})',
    gradesLabel: 'How well did you remember?',
    actions: 'Card actions',
    undo: 'Undo',
    bury: 'Bury until tomorrow',
    suspend: 'Suspend',
    edit: 'Edit',
    keyHint: '(key {{key}})',
    editTitle: 'Edit card',
    save: 'Save',
    cancel: 'Cancel',
    front: 'Front',
    backSide: 'Back',
    editEmpty: 'A card needs a front and a back.',
    editCurrent: 'The card as it is now',
    notice: {
      changedElsewhere:
        'This card was changed in another tab; it was reloaded and nothing was counted twice.',
      editConflict:
        'This card was changed in another tab, so your edit was not saved. Your text is kept; the card as it is now is shown beside it. Save again to replace it.',
      undoConflict:
        'That answer cannot be undone: the card has changed since (perhaps in another tab).',
      nothingToUndo: 'There is nothing to undo.',
      undone: 'The last answer was undone.',
      buried: 'Card buried until tomorrow.',
      suspended: 'Card suspended; it will not be shown until you unsuspend it.',
      saveFailed: 'The change could not be saved.',
    },
    wait: 'Nothing else is due right now. Come back at {{time}} for the cards you are learning.',
    done: 'Congratulations! You have finished this deck for now.',
    summary: {
      title: 'Session summary',
      studied_one: '{{count}} card studied',
      studied_other: '{{count}} cards studied',
      time: 'Time spent: {{time}}',
      again: 'Again: {{percent}} of answers',
      nextDue: 'Next card due: {{when}}',
      nothingDue: 'No card is scheduled yet.',
    },
  },
} as const;

export type Messages = typeof en;
