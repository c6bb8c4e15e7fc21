/** One `<option>` per deck (its title, in its language), for the deck pickers of several screens. */
export function DeckOptions({
  decks,
}: {
  decks: readonly { id: string; title: string; language: string }[];
}) {
  return decks.map((deck) => (
    <option key={deck.id} value={deck.id} lang={deck.language}>
      {deck.title}
    </option>
  ));
}
