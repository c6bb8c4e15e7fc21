/**
 * Turns one document into a deck off the main thread, so a long document never freezes the
 * page: the generator (domain/generator) and the merging of identical cards run here. One
 * message in ({ text, fileName }); out: the cards and the skipped sections in chunks, then the
 * deck without them (or the reason there is none). Chunks, because the main thread decodes
 * each message in one task: 50,000 cards in one message took ~150 ms there.
 */
import { prepareDeck } from '../../domain/import/generate-user-deck.ts';
import { ITEMS_PER_MESSAGE, type GenerateRequest, type GenerateResponse } from './generate-deck.ts';

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
      const { deck, skipped } = result;
      for (let start = 0; start < deck.cards.length; start += ITEMS_PER_MESSAGE) {
        reply({ kind: 'cards', cards: deck.cards.slice(start, start + ITEMS_PER_MESSAGE) });
      }
      for (let start = 0; start < skipped.length; start += ITEMS_PER_MESSAGE) {
        reply({ kind: 'skipped', skipped: skipped.slice(start, start + ITEMS_PER_MESSAGE) });
      }
      reply({ kind: 'done', result: { ...result, deck: { ...deck, cards: [] }, skipped: [] } });
    },
    (error: unknown) => {
      reply({ kind: 'failed', message: error instanceof Error ? error.message : String(error) });
    },
  );
});
