/**
 * Turns one document into a deck off the main thread, so a long document never freezes the
 * page: the generator (domain/generator) and the merging of identical cards run here. One
 * message in ({ text, fileName }); out: the cards in chunks, then the deck
 * without its cards (or the reason there is none). Chunks, because the main thread decodes
 * each message in one task: 50,000 cards in one message took ~150 ms there.
 */
import { prepareDeck } from '../../domain/import/generate-user-deck.ts';
import { CARDS_PER_MESSAGE, type GenerateRequest, type GenerateResponse } from './generate-deck.ts';

function reply(message: GenerateResponse): void {
  self.postMessage(message);
}

self.addEventListener('message', (event: MessageEvent<GenerateRequest>) => {
  const { text, fileName } = event.data;
  prepareDeck(text, fileName).then(
    (result) => {
      if (!result.ok) {
        reply({ kind: 'done', result });
        return;
      }
      const { cards } = result.deck;
      for (let start = 0; start < cards.length; start += CARDS_PER_MESSAGE) {
        reply({ kind: 'cards', cards: cards.slice(start, start + CARDS_PER_MESSAGE) });
      }
      reply({ kind: 'done', result: { ...result, deck: { ...result.deck, cards: [] } } });
    },
    (error: unknown) => {
      reply({ kind: 'failed', message: error instanceof Error ? error.message : String(error) });
    },
  );
});
