/**
 * The page's side of an Anki package import. One worker per package (anki.worker.ts, a chunk
 * loaded with the first package) reads it, keeps the plan, answers with the preview's summary,
 * and on "Import" writes it to IndexedDB itself: the plan (up to a million review rows) is never
 * cloned to the page's thread, so the page only handles progress messages while it works.
 * Closing the session terminates the worker, which aborts a write in progress (and with it the
 * whole import's transaction).
 */
import type { AnkiImportSummary } from '../../../domain/anki/anki-import-plan.ts';
import type { AnkiPackageProblem } from '../../../domain/anki/anki-package.ts';
import { db } from '../../../storage/database.ts';
import { loadBlockColumns } from '../../../storage/db.ts';

export type AnkiWorkerRequest =
  | {
      readonly type: 'read';
      readonly bytes: ArrayBuffer;
      readonly fileName: string;
      readonly now: number;
    }
  | { readonly type: 'import'; readonly now: number };

export type AnkiWorkerMessage =
  /** Writing: rows (cards and reviews) written so far, of all. */
  | { readonly type: 'progress'; readonly done: number; readonly total: number }
  | { readonly type: 'preview'; readonly summary: AnkiImportSummary }
  | { readonly type: 'refused'; readonly problem: AnkiPackageProblem }
  | { readonly type: 'imported' }
  | { readonly type: 'failed'; readonly message: string };

export type AnkiReadResult =
  | { readonly ok: true; readonly summary: AnkiImportSummary }
  | { readonly ok: false; readonly problem: AnkiPackageProblem };

/** One package being read, previewed and imported by its own worker. */
export class AnkiImportSession {
  private readonly worker = new Worker(new URL('./anki.worker.ts', import.meta.url), {
    type: 'module',
  });
  private pending: {
    resolve: (message: AnkiWorkerMessage) => void;
    reject: (error: Error) => void;
  } | null = null;
  private onProgress: (done: number, total: number) => void = () => undefined;

  constructor() {
    this.worker.addEventListener('message', (event: MessageEvent<AnkiWorkerMessage>) => {
      const message = event.data;
      if (message.type === 'progress') {
        this.onProgress(message.done, message.total);
        return;
      }
      this.settle((pending) => {
        if (message.type === 'failed') pending.reject(new Error(message.message));
        else pending.resolve(message);
      });
    });
    this.worker.addEventListener('error', (event) => {
      this.settle((pending) => {
        pending.reject(new Error(event.message || 'The Anki import stopped.'));
      });
    });
  }

  private settle(action: (pending: NonNullable<AnkiImportSession['pending']>) => void): void {
    const { pending } = this;
    this.pending = null;
    if (pending !== null) action(pending);
  }

  private request(message: AnkiWorkerRequest, transfer: Transferable[] = []) {
    return new Promise<AnkiWorkerMessage>((resolve, reject) => {
      this.pending = { resolve, reject };
      this.worker.postMessage(message, transfer);
    });
  }

  /** Reads the package: its preview, or what is wrong with it. */
  async read(file: File, now: Date): Promise<AnkiReadResult> {
    const bytes = await file.arrayBuffer();
    const message = await this.request(
      { type: 'read', bytes, fileName: file.name, now: now.getTime() },
      [bytes],
    );
    if (message.type === 'refused') return { ok: false, problem: message.problem };
    if (message.type !== 'preview') throw new Error('The Anki import answered out of turn.');
    return { ok: true, summary: message.summary };
  }

  /** Writes what `read` previewed, all or nothing, reporting rows written of all. */
  async import(now: Date, onProgress: (done: number, total: number) => void): Promise<void> {
    this.onProgress = onProgress;
    // The worker stores the answers by column: this page reads them once it commits.
    await loadBlockColumns(db);
    const message = await this.request({ type: 'import', now: now.getTime() });
    if (message.type !== 'imported') throw new Error('The Anki import answered out of turn.');
  }

  /** Stops the worker; a pending read or import rejects with an `AbortError`. */
  close(): void {
    this.worker.terminate();
    this.settle((pending) => {
      pending.reject(new DOMException('The Anki import was cancelled.', 'AbortError'));
    });
  }
}
