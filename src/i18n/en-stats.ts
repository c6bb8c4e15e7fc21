/**
 * English strings of statistics shown outside the statistics screen: navigation, the deck page's
 * link, day counts (the card browser too) and the deck list's progress figures. The screen's own
 * strings are in `en-stats-screen.ts`, loaded with it.
 */
export const enStats = {
  stats: {
    nav: 'Statistics',
    title: 'Statistics',
    days_one: '{{count}} day',
    days_other: '{{count}} days',
  },
  deckProgress: {
    label: '{{learned}} of {{total}} cards learned',
    learned: 'Learned',
    retention: 'Retention (30 days): {{rate}}',
    noRetention: 'Retention (30 days): no reviews yet',
    learningOnly: 'Retention (30 days): no review-state answers yet: cards are still learning',
  },
} as const;
