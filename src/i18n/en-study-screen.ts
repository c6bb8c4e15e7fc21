/**
 * English strings of the study screen, used only there. They load with the screen's own chunk,
 * not with the first page (the deck list links to the screen with strings of its own).
 */
export const enStudyScreen = {
  study: {
    journal: {
      changed:
        'An answer given just before the app last closed was not saved: its card was changed elsewhere (in another tab or on another device) meanwhile.',
      unreadable:
        'An answer given just before the app last closed could not be read back, so it was not saved. Nothing else was lost.',
      failed:
        'An answer given just before the app last closed could not be saved yet; it is tried again the next time the app starts.',
      dismiss: 'Dismiss',
    },
    back: 'Back to the deck',
    missing: 'No deck with the id “{{deckId}}”.',
    countsLabel: 'Remaining: {{new}} new, {{learning}} learning, {{review}} to review',
    progress: 'Session progress',
    band: { new: 'New', learning: 'Learning', review: 'Review' },
    showAnswer: 'Show answer',
    showAnswerHint: 'Space or Enter',
    gradeLabel: '{{grade}}, next in {{interval}} (key {{key}})',
    goodKeys: '{{key}} or Space',
    keys: {
      title: 'Keyboard shortcuts',
      open: 'Shortcuts',
      close: 'Close',
      spaceKeys: 'Space / Enter',
      space: 'Show the answer; on the answer side, grade Good',
      grades: 'Again, Hard, Good, Easy',
      help: 'Show or hide this list',
    },
    countsHint:
      'Cards left today: new cards to learn, cards in (re)learning due now, reviews due today.',
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
      answerNotSaved:
        'Your answer could not be saved, so this card is shown again; answers given after it were not saved either.',
      saveFailed: 'The change could not be saved.',
    },
    wait: 'Nothing else is due right now. Come back at {{time}} for the cards you are learning.',
    done: 'Congratulations! You have finished this deck for now.',
    next: {
      title: 'What next?',
      dueTomorrow_one: 'Tomorrow {{count}} card of this deck comes due.',
      dueTomorrow_other: 'Tomorrow {{count}} cards of this deck come due.',
      unbury_one: 'Unbury {{count}} card and study it',
      unbury_other: 'Unbury {{count}} cards and study them',
      quiz: 'Quiz yourself on this deck',
      deck: 'Study the next deck with cards due:',
      decks: 'All decks',
      more: {
        title: 'Study more new cards today',
        left_one: 'This deck has {{count}} new card not studied yet.',
        left_other: 'This deck has {{count}} new cards not studied yet.',
        add_one: '{{count}} more',
        add_other: '{{count}} more',
        count: 'How many more',
        study: 'Study them',
      },
    },
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
