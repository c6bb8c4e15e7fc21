/**
 * The cards a study session holds, by id. A session may hold thousands (a deck with a large
 * learning backlog holds every card due in it) and each answer changes one, so a new version
 * shares the cards held before and copies only those changed since; once they outnumber the
 * square root of the rest they are folded in. An answer copies about √n cards instead of n
 * (12,000 cards in learning: ~110 instead of 12,000), and every version stays as it was.
 */
export class SessionCards<C extends { readonly id: string }> {
  private constructor(
    private readonly held: ReadonlyMap<string, C>,
    /** Cards put in or, as `undefined`, taken out since `held` was built. */
    private readonly changed: ReadonlyMap<string, C | undefined>,
  ) {}

  static of<C extends { readonly id: string }>(cards: readonly C[]): SessionCards<C> {
    return new SessionCards<C>(new Map(cards.map((card) => [card.id, card])), new Map());
  }

  get(id: string): C | undefined {
    return this.changed.has(id) ? this.changed.get(id) : this.held.get(id);
  }

  /** These cards with each of `cards` in place of the one with its id. */
  with(...cards: readonly C[]): SessionCards<C> {
    return this.changedBy(cards.map((card) => [card.id, card]));
  }

  /** These cards without the one with `id`. */
  without(id: string): SessionCards<C> {
    return this.changedBy([[id, undefined]]);
  }

  private changedBy(entries: readonly (readonly [string, C | undefined])[]): SessionCards<C> {
    const changed = new Map(this.changed);
    for (const [id, card] of entries) changed.set(id, card);
    if (changed.size ** 2 <= this.held.size) return new SessionCards(this.held, changed);
    const held = new Map(this.held);
    for (const [id, card] of changed) {
      if (card === undefined) held.delete(id);
      else held.set(id, card);
    }
    return new SessionCards<C>(held, new Map());
  }
}
