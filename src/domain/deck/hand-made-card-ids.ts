/**
 * The ids of cards the learner writes by hand (see hand-made-cards.ts). They carry their own
 * segment (`${deckId}:added:…`), which no generated card has (those are `${deckId}:${kind}:…`), so
 * a regenerated or synced deck can tell them apart and leaves them alone. A module of its own:
 * storing a bundled deck at start-up needs only this, not the parsing of hand-made cards.
 */

/** The id segment of hand-made cards. */
const ADDED = 'added';

/** The start of the ids of the cards of note `noteId` written by hand in deck `deckId`. */
export function handMadeIdBase(deckId: string, noteId: string): string {
  return `${deckId}:${ADDED}:${noteId}`;
}

/**
 * Whether a card of deck `deckId` was written by hand there.
 *
 * @example
 * isHandMadeCard('geo', 'geo:added:n1-c1') // true
 * isHandMadeCard('geo', 'geo:faq:1a2b3c4d') // false
 */
export function isHandMadeCard(deckId: string, cardId: string): boolean {
  return cardId.startsWith(`${deckId}:${ADDED}:`);
}
