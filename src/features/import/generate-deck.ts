/**
 * Runs the generator for one document in a Web Worker of its own (a chunk that loads when the
 * first document is added), and stops it on `signal` (the learner's Cancel). Where there is no
 * `Worker` (tests under jsdom) the same function runs here.
 */
import type { DeckCard } from '../../domain/deck/deck-types.ts';
import type { PreparedDeck } from '../../domain/import/generate-user-deck.ts';
import type { SkippedSection } from '../../domain/import/skipped-sections.ts';

/**
 * Cards (or skipped sections) per message from the worker: each message is decoded in one
 * main-thread task, and 2,000 cards (~450 KB) took 30–60 ms there on a busy machine.
 */
export const ITEMS_PER_MESSAGE = 500;

export interface GenerateRequest {
  readonly text: string;
  readonly fileName: string;
}

export type GenerateResponse =
  | { readonly kind: 'cards'; readonly cards: DeckCard[] }
  | { readonly kind: 'skipped'; readonly skipped: SkippedSection[] }
  /** The deck's cards and skipped sections are those of the messages before this one. */
  | { readonly kind: 'done'; readonly result: PreparedDeck }
  | { readonly kind: 'failed'; readonly message: string };

/** The deck of `text`, generated off the main thread; rejects with an `AbortError` on abort. */
export async function generateDeckOffThread(
  request: GenerateRequest,
  options: { signal?: AbortSignal } = {},
): Promise<PreparedDeck> {
  if (typeof Worker === 'undefined') {
    const { prepareDeck } = await import('../../domain/import/generate-user-deck.ts');
    return prepareDeck(request.text, request.fileName);
  }
  const worker = new Worker(new URL('./generate.worker.ts', import.meta.url), { type: 'module' });
  const cards: DeckCard[] = [];
  const skipped: SkippedSection[] = [];
  return new Promise<PreparedDeck>((resolve, reject) => {
    const stop = () => {
      worker.terminate();
      reject(new DOMException('The document was cancelled.', 'AbortError'));
    };
    options.signal?.addEventListener('abort', stop, { once: true });
    const finish = () => {
      options.signal?.removeEventListener('abort', stop);
      worker.terminate();
    };
    worker.addEventListener('message', (event: MessageEvent<GenerateResponse>) => {
      const message = event.data;
      switch (message.kind) {
        case 'cards':
          cards.push(...message.cards);
          return;
        case 'skipped':
          skipped.push(...message.skipped);
          return;
        case 'done': {
          finish();
          const { result } = message;
          resolve(result.ok ? { ...result, deck: { ...result.deck, cards }, skipped } : result);
          return;
        }
        case 'failed':
          finish();
          reject(new Error(message.message));
          return;
      }
    });
    worker.addEventListener('error', (event) => {
      finish();
      reject(new Error(event.message || 'The deck generator stopped.'));
    });
    worker.postMessage(request satisfies GenerateRequest);
  });
}
