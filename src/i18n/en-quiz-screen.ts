/**
 * English strings of the quiz screens (setup, questions, results, history), used only there. They load with the screen's own chunk
 * (its page adds them with `i18n.addMessages`), not with the first page; strings shown elsewhere
 * too (navigation, links from other screens) stay in `en-quiz.ts`.
 */
export const enQuizScreen = {
  quiz: {
    heading: 'Quiz',
    multiTitle: 'Quiz across decks',
    missing: 'No deck with the id “{{deckId}}”.',
    back: 'Back to the deck',
    setup: {
      title: 'New quiz',
      count: 'Number of questions (1–{{max}})',
      countInvalid: 'Enter a whole number from 1 to {{max}}.',
      types: 'Question types',
      typesNone: 'Choose at least one question type.',
      pool: 'Ask about',
      decks: 'Decks',
      decksNone: 'Choose at least one deck.',
      start: 'Start quiz',
      starting: 'Preparing the quiz…',
    },
    type: {
      'multiple-choice': 'Multiple choice',
      'true-false': 'True or false',
      typed: 'Typed answer',
      matching: 'Matching',
    },
    pool: {
      all: 'All cards',
      studied: 'Studied cards only',
      weakest: 'The weakest cards (least likely recalled now, most lapses)',
    },
    options: {
      title: 'Quiz options for this deck',
      ignoreAccents: 'Ignore accents in typed answers (e = é)',
      ignoreAccentsHint:
        'Leave this off for languages where accents make other words, such as Danish ø/å/æ or Slovak diacritics.',
      countAsReviews: 'Count quiz answers as reviews (missed → Again, right → Good)',
      countAsReviewsHint:
        'Off by default: recognising an option is not recalling it, so quizzes leave the study schedule alone.',
      saved: 'Quiz options saved.',
    },
    notice: {
      'type-unavailable':
        'Too few suitable cards for “{{type}}”: {{made}} of {{planned}} such questions could be made; the others are of other types.',
      'fewer-questions': 'Only {{made}} of {{requested}} questions could be made from these cards.',
      empty:
        'No question can be made from these cards. Choose all cards, another type of question or more decks.',
      missingDeck: 'No deck with the id “{{deckId}}”; the quiz uses the other decks.',
    },
    progress: 'Question {{number}} of {{total}}',
    keyHint: 'key {{key}}',
    multipleChoice: { options: 'Options' },
    trueFalse: {
      question: 'Is this the answer?',
      true: 'True',
      false: 'False',
      choices: 'True or false',
    },
    typed: { label: 'Your answer', check: 'Check', hint: 'Enter to check' },
    matching: {
      instructions:
        'Match each item with its answer: choose an item (keys 1–{{items}}), then its answer (keys A–{{last}}). Enter checks once all are matched.',
      items: 'Items',
      answers: 'Answers',
      matchedWith: 'matched with {{letter}}',
      check: 'Check',
    },
    feedback: {
      correct: 'Right!',
      close: 'Almost: check what differed.',
      wrong: 'Not right.',
      answer: 'Correct answer:',
      statementWas: 'The statement was {{truth}}.',
      diff: 'What differed',
      extra: 'typed, not in the answer',
      missingText: 'missing from your answer',
      pairs: 'Correct pairs',
      next: 'Next',
      finish: 'See the results',
      hint: 'Enter',
      saving: 'Saving the quiz…',
    },
    results: {
      title: 'Results',
      score: 'Score',
      scoreLabel: '{{correct}} of {{total}} right',
      time: 'Time: {{time}}',
      questions: 'Questions and answers',
      number: '#',
      question: 'Question',
      given: 'Your answer',
      expected: 'Correct answer',
      verdict: 'Result',
      noAnswer: '(no answer)',
      verdicts: { correct: 'Right', close: 'Almost', wrong: 'Wrong' },
      studyMissed: 'Study the missed cards',
      nothingMissed: 'Nothing missed: well done!',
      prioritized_one: '{{count}} card comes first in today’s study.',
      prioritized_other: '{{count}} cards come first in today’s study.',
      studyDeck: 'Study “{{deck}}” now',
      again: 'New quiz',
    },
    history: {
      title: 'Quiz history',
      empty: 'No quizzes yet.',
      chart: 'Score over time, oldest first: {{scores}}',
      when: 'Finished',
      score: 'Score',
      time: 'Time',
      decks: 'Decks',
    },
    recent: 'Recent quizzes',
  },
} as const;
