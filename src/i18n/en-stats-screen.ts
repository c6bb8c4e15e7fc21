/**
 * English strings of the statistics screen, used only there. They load with the screen's own chunk
 * (its page adds them with `i18n.addMessages`), not with the first page; strings shown elsewhere
 * too (navigation, links from other screens) stay in `en-stats.ts`.
 */
export const enStatsScreen = {
  stats: {
    deck: 'Deck',
    allDecks: 'All decks',
    period: 'Period',
    periods: { days30: '30 days', days90: '90 days', days365: '1 year' },
    notFound: 'No deck with the id “{{deckId}}”.',
    computing: 'Computing statistics…',
    none: '—',
    showTable: 'Show as a table',
    day: 'Day',
    today: {
      title: 'Today',
      reviews: 'Reviews',
      cards: 'Cards studied',
      time: 'Time spent',
      again: 'Again',
      retention: 'Retention',
      retentionHint: 'Share of review cards answered Hard, Good or Easy.',
    },
    reviews: {
      title: 'Reviews per day',
      chart: 'Bar chart of reviews per day over the last {{period}}, stacked by kind',
      summary:
        '{{total}} reviews in the last {{period}}; studied on {{studied}} of {{days}} days, {{average}} a day on the days studied.',
      kind: {
        learning: 'Learning',
        young: 'Young',
        mature: 'Mature',
        relearning: 'Relearning',
      },
      total: 'Total',
    },
    calendar: {
      title: 'Calendar',
      chart: 'Calendar of daily reviews over the last year; {{studied}} days studied',
      cell: '{{day}}: {{count}} reviews',
      currentStreak: 'Current streak',
      longestStreak: 'Longest streak',
      daysStudied: 'Days studied',
      tableCaption: 'Days with reviews in the last year',
      reviews: 'Reviews',
      less: 'Less',
      more: 'More',
    },
    forecast: {
      title: 'Due in the next 30 days',
      chart: 'Bar chart of cards due on each of the next 30 days',
      due: 'Due',
      summary_one:
        '{{due}} card due in the next {{days}} days ({{overdue}} of them overdue, counted today).',
      summary_other:
        '{{due}} cards due in the next {{days}} days ({{overdue}} of them overdue, counted today).',
      beyond_one: '{{later}} card due after that.',
      beyond_other: '{{later}} cards due after that.',
    },
    counts: {
      title: 'Cards',
      total: 'Total',
      status: {
        new: 'New',
        learning: 'Learning',
        young: 'Young',
        mature: 'Mature',
        suspended: 'Suspended',
      },
    },
    retention: {
      title: 'True retention',
      caption:
        'Share of review answers that passed (Hard, Good or Easy; Again fails). Young cards have an interval under 21 days, mature cards 21 days or more.',
      period: 'Period',
      periods: { today: 'Today', week: 'Last 7 days', month: 'Last 30 days', year: 'Last year' },
      young: 'Young',
      mature: 'Mature',
      all: 'Total',
      cell: '{{rate}} ({{passed}} of {{total}})',
      learningOnly:
        'No review-state answers yet: cards are still learning. Retention counts answers to cards in review only.',
      noAnswers: 'No reviews yet.',
    },
    memory: {
      title: 'Memory (FSRS)',
      retained:
        'Estimated retained knowledge: {{retained}} of {{cards}} studied cards (average retrievability {{average}}).',
      noneStudied: 'No card has been studied yet.',
      stability: 'Stability',
      stabilityChart: 'Histogram of card stability in days',
      difficulty: 'Difficulty',
      difficultyChart: 'Histogram of card difficulty in percent',
      retrievability: 'Retrievability',
      retrievabilityChart: 'Histogram of the current probability of recall',
      range: 'Range',
      cards: 'Cards',
      daysRange: '{{from}}–{{to}} d',
      daysFrom: '{{from}}+ d',
      percentRange: '{{from}}–{{to}} %',
    },
    quizzes: {
      title: 'Quiz scores',
      chart: 'Line chart of quiz scores over the last {{period}}',
      none: 'No quiz finished in this period.',
      overall: 'Overall: {{score}} of the questions answered right.',
      finished: 'Finished',
      score: 'Score',
      correct: '{{correct}} of {{total}}',
    },
  },
} as const;
