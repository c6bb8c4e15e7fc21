/**
 * English strings of the card browser shown outside it (the deck page's link). The browser's and
 * a card page's own strings are in `en-browse-screen.ts`, loaded with them.
 */
export const enBrowse = {
  browse: {
    link: 'Browse cards',
    nav: 'Cards',
  },
} as const;
