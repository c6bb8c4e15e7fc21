/**
 * Turns one document into a deck off the main thread, so a long document never freezes the
 * page: the generator (domain/generator) and the merging of identical cards run here. One
 * message in ({ text, fileName }), a progress message, then one out (the deck or the reason).
 */
import { prepareDeck } from '../../domain/import/generate-user-deck.ts';
import type { GenerateRequest, GenerateResponse } from './generate-deck.ts';

function reply(message: GenerateResponse): void {
  self.postMessage(message);
}

self.addEventListener('message', (event: MessageEvent<GenerateRequest>) => {
  const { text, fileName } = event.data;
  reply({ kind: 'progress', phase: 'generating' });
  prepareDeck(text, fileName).then(
    (result) => {
      reply({ kind: 'done', result });
    },
    (error: unknown) => {
      reply({ kind: 'failed', message: error instanceof Error ? error.message : String(error) });
    },
  );
});
