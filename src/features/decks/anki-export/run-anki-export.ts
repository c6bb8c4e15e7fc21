/**
 * The page's side of the Anki export worker: one worker per export (its chunk and sql.js's
 * WebAssembly load only when the learner asks for a package), cancelled by terminating it.
 */
import { AnkiExportError } from '../../../domain/anki-export/anki-export-error.ts';

export interface AnkiExportRequest {
  readonly deckId: string;
  /** The export's time: review dues and the collection's dates count from it. */
  readonly now: Date;
}

export type AnkiExportMessage =
  | { readonly type: 'done'; readonly bytes: Uint8Array }
  | { readonly type: 'failed'; readonly emptyDeck: boolean; readonly message: string };

export interface AnkiExportRun {
  /** The `.apkg` file's bytes. */
  readonly bytes: Promise<Uint8Array>;
  /** Stops at once; `bytes` then rejects with {@link AnkiExportCancelled}. */
  cancel(): void;
}

export class AnkiExportCancelled extends Error {
  constructor() {
    super('The Anki export was cancelled.');
    this.name = 'AnkiExportCancelled';
  }
}

export function startAnkiExport(request: AnkiExportRequest): AnkiExportRun {
  const worker = new Worker(new URL('./anki-export.worker.ts', import.meta.url), {
    type: 'module',
  });
  let settle: ((error: Error) => void) | undefined;
  const bytes = new Promise<Uint8Array>((resolve, reject) => {
    settle = reject;
    worker.addEventListener('message', (event: MessageEvent<AnkiExportMessage>) => {
      const message = event.data;
      worker.terminate();
      if (message.type === 'done') resolve(message.bytes);
      else
        reject(message.emptyDeck ? new AnkiExportError('emptyDeck') : new Error(message.message));
    });
    worker.addEventListener('error', (event) => {
      worker.terminate();
      reject(new Error(event.message || 'The Anki export could not start.'));
    });
  });
  worker.postMessage(request);
  return {
    bytes,
    cancel() {
      worker.terminate();
      settle?.(new AnkiExportCancelled());
    },
  };
}
