/**
 * The "Add a document" session: the documents being read, their proposed decks waiting in the
 * preview, and the files refused with their reason. UI state only — nothing is stored in
 * IndexedDB until the learner presses "Add deck" (see `addDeck`). Each document is read and
 * generated in turn; a refused file does not stop the others.
 */
import { create } from 'zustand';
import { clock } from '../../config/clock.ts';
import type { AnkiImportSummary } from '../../domain/anki/anki-import-plan.ts';
import type { AnkiPackageProblem } from '../../domain/anki/anki-package.ts';
import type { Deck } from '../../domain/deck/deck-types.ts';
import { loadScreenMessages } from '../../i18n/i18n.ts';
import type { CardTable, CardTableProblem, TableChoices } from '../../domain/import/card-table.ts';
import type { PreviewChoices } from '../../domain/import/prepare-deck.ts';
import type { DeckFileProblem } from '../../domain/import/deck-file.ts';
import type { DocumentProblem, TextEncodingName } from '../../domain/import/read-document.ts';
import type { SkippedSection } from '../../domain/import/skipped-sections.ts';
import type { CardSyncCounts } from '../../storage/deck-sync.ts';
import type { AnkiImportSession } from './anki/anki-import-client.ts';
import { isAnkiPackageName } from './anki/anki-package-name.ts';
import { nextTask } from './next-task.ts';
import type { DocumentText } from './read-document-file.ts';

type ReadText = Extract<DocumentText, { ok: true }>;

export type ImportItem =
  | { id: number; fileName: string; status: 'reading' | 'generating' }
  | { id: number; fileName: string; status: 'refused'; problem: DocumentProblem }
  | { id: number; fileName: string; status: 'failed'; error: unknown }
  | {
      id: number;
      fileName: string;
      status: 'refusedDeck';
      problem: DeckFileProblem | { code: 'tooLarge' };
    }
  /** A shared deck file whose deck is stored already: what applying it would change. */
  | {
      id: number;
      fileName: string;
      status: 'update';
      deck: Deck;
      title: string;
      counts: CardSyncCounts;
    }
  | { id: number; fileName: string; status: 'updated'; title: string; counts: CardSyncCounts }
  | {
      id: number;
      fileName: string;
      status: 'ready';
      text: string;
      encoding: TextEncodingName;
      deck: Deck;
      /** Identical cards merged into others. */
      merged: number;
      /** The document's sections that gave no cards, with the reason. */
      skipped: SkippedSection[];
      /** The title the learner typed for pasted text, preferred over the generated one. */
      title?: string;
    }
  /** A card list (CSV, TSV, Anki or Quizlet text) waiting for the learner's column mapping. */
  | { id: number; fileName: string; status: 'table'; table: CardTable; encoding: TextEncodingName }
  | { id: number; fileName: string; status: 'refusedTable'; problem: CardTableProblem }
  /**
   * An Anki package read by its worker, waiting for "Import"; `progress` is the share written
   * (0–1) once the import runs, `null` before.
   */
  | {
      id: number;
      fileName: string;
      status: 'anki';
      summary: AnkiImportSummary;
      progress: number | null;
    }
  | { id: number; fileName: string; status: 'refusedAnki'; problem: AnkiPackageProblem }
  | { id: number; fileName: string; status: 'added'; deckId: string; title: string };

/** A document to read: a file, or text the learner pasted under a title. */
export type DocumentInput =
  { kind: 'file'; file: File } | { kind: 'text'; title: string; text: string };

interface ImportState {
  items: ImportItem[];
  /** Reads and generates each document, one after the other. */
  addDocuments: (inputs: readonly DocumentInput[]) => Promise<void>;
  /** Stores the proposed deck as the learner confirmed it; returns the new deck's id. */
  addDeck: (id: number, choices: PreviewChoices, now: Date) => Promise<string>;
  /** Stores a card list's deck under the learner's title and reading; returns its id. */
  addTableDeck: (id: number, title: string, choices: TableChoices, now: Date) => Promise<string>;
  /** Imports the Anki package previewed under `id`, all or nothing; returns its first deck's id. */
  importAnki: (id: number, now: Date) => Promise<string>;
  /** Applies a shared deck file to the stored deck with its id. */
  applyUpdate: (id: number, now: Date) => Promise<void>;
  /** Forgets a document; one being generated is stopped. */
  dismiss: (id: number) => void;
}

/** The generations running, by item id, so Cancel can stop the worker. */
const running = new Map<number, AbortController>();

/** The Anki packages read or being imported, by item id, each with its worker. */
const ankiSessions = new Map<number, AnkiImportSession>();

let nextId = 1;

function pastedFileName(title: string): string {
  const name = title.trim() === '' ? 'pasted text' : title.trim();
  return `${name}.md`;
}

export const useImportStore = create<ImportState>((set, get) => {
  const update = (id: number, item: ImportItem) => {
    set({ items: get().items.map((current) => (current.id === id ? item : current)) });
  };

  /** Marks an item's deck as stored; returns the deck's id. */
  const added = (id: number, fileName: string, deck: Deck) => {
    update(id, { id, fileName, status: 'added', deckId: deck.id, title: deck.title });
    return deck.id;
  };

  async function processSharedDeck(id: number, file: File, fileName: string) {
    const { readSharedDeck } = await import('./read-shared-deck.ts');
    const shared = await readSharedDeck(file, clock.now());
    if (!shared.ok) {
      update(id, { id, fileName, status: 'refusedDeck', problem: shared.problem });
    } else if (shared.update !== null) {
      update(id, { id, fileName, status: 'update', deck: shared.deck, ...shared.update });
    } else {
      update(id, {
        id,
        fileName,
        status: 'ready',
        text: '',
        encoding: 'utf-8',
        deck: shared.deck,
        merged: 0,
        skipped: [],
      });
    }
  }

  async function processAnkiPackage(id: number, file: File, fileName: string) {
    const [{ AnkiImportSession }] = await Promise.all([
      import('./anki/anki-import-client.ts'),
      loadScreenMessages('anki'),
    ]);
    const session = new AnkiImportSession();
    ankiSessions.set(id, session);
    const stop = () => {
      session.close();
      ankiSessions.delete(id);
    };
    const read = await session.read(file, clock.now()).catch((error: unknown) => {
      stop();
      throw error;
    });
    if (!read.ok) {
      stop();
      update(id, { id, fileName, status: 'refusedAnki', problem: read.problem });
      return;
    }
    update(id, { id, fileName, status: 'anki', summary: read.summary, progress: null });
  }

  async function generate(id: number, input: DocumentInput, fileName: string, read: ReadText) {
    const { generateDeckOffThread } = await import('./generate-deck.ts');
    update(id, { id, fileName, status: 'generating' });
    // The progress is drawn in a task of its own, before the text is copied to the worker.
    await nextTask();
    const controller = new AbortController();
    running.set(id, controller);
    const prepared = await generateDeckOffThread(
      { text: read.text, fileName },
      { signal: controller.signal },
    ).finally(() => running.delete(id));
    if (!prepared.ok) {
      update(id, { id, fileName, status: 'refused', problem: prepared.problem });
      return;
    }
    update(id, {
      id,
      fileName,
      status: 'ready',
      text: read.text,
      encoding: read.encoding,
      deck: prepared.deck,
      merged: prepared.merged,
      skipped: prepared.skipped,
      ...(input.kind === 'text' && input.title.trim() !== '' && { title: input.title.trim() }),
    });
  }

  async function process(id: number, input: DocumentInput, fileName: string) {
    if (input.kind === 'file' && isAnkiPackageName(fileName)) {
      await processAnkiPackage(id, input.file, fileName);
      return;
    }
    const { isDeckFileName } = await import('./read-shared-deck.ts');
    if (input.kind === 'file' && isDeckFileName(fileName)) {
      await processSharedDeck(id, input.file, fileName);
      return;
    }
    const { readDocumentFile, documentTextOf } = await import('./read-document-file.ts');
    const read =
      input.kind === 'file'
        ? await readDocumentFile(input.file)
        : await documentTextOf(new TextEncoder().encode(input.text), fileName);
    if (!read.ok) {
      update(id, { id, fileName, status: 'refused', problem: read.problem });
      return;
    }
    // A Markdown or HTML file never loads the card-list reader (papaparse, franc): on a fresh
    // page evaluating its module was a long task of its own.
    const { mayBeCardList } = await import('../../domain/import/read-document.ts');
    if (input.kind === 'file' && !mayBeCardList(fileName)) {
      await generate(id, input, fileName, read);
      return;
    }
    const { isCardTable, readCardTable } = await import('../../domain/import/card-table.ts');
    if (!isCardTable(fileName, read.text)) {
      await generate(id, input, fileName, read);
      return;
    }
    const table = readCardTable(read.text, fileName);
    update(
      id,
      table.ok
        ? { id, fileName, status: 'table', table: table.table, encoding: read.encoding }
        : { id, fileName, status: 'refusedTable', problem: table.problem },
    );
  }

  return {
    items: [],
    async addDocuments(inputs) {
      const queued = inputs.map((input) => ({
        input,
        id: nextId++,
        fileName: input.kind === 'file' ? input.file.name : pastedFileName(input.title),
      }));
      set({
        items: [
          ...get().items,
          ...queued.map(({ id, fileName }) => ({ id, fileName, status: 'reading' as const })),
        ],
      });
      for (const { id, input, fileName } of queued) {
        if (!get().items.some((item) => item.id === id)) continue;
        try {
          // What a read file shows (its refusal, preview or update) is in these strings.
          await loadScreenMessages('import');
          await process(id, input, fileName);
        } catch (error) {
          if (error instanceof DOMException && error.name === 'AbortError') continue;
          update(id, {
            id,
            fileName,
            status: 'failed',
            error,
          });
        }
      }
    },
    async addDeck(id, choices, now) {
      const item = get().items.find((current) => current.id === id);
      if (item?.status !== 'ready') throw new Error('This document has no deck to add.');
      const { saveDocumentDeck } = await import('./save-document-deck.ts');
      return added(id, item.fileName, await saveDocumentDeck(item, choices, now));
    },
    async addTableDeck(id, title, choices, now) {
      const item = get().items.find((current) => current.id === id);
      if (item?.status !== 'table') throw new Error('This file has no card list to add.');
      const { saveTableDeck } = await import('./save-document-deck.ts');
      return added(id, item.fileName, await saveTableDeck(item, title, choices, now));
    },
    async importAnki(id, now) {
      const item = get().items.find((current) => current.id === id);
      const session = ankiSessions.get(id);
      if (item?.status !== 'anki' || session === undefined) {
        throw new Error('This file has no Anki package to import.');
      }
      const { fileName, summary } = item;
      update(id, { ...item, progress: 0 });
      try {
        await session.import(now, (done, total) => {
          update(id, { ...item, progress: total === 0 ? 1 : done / total });
        });
      } catch (error) {
        update(id, { ...item, progress: null });
        throw error;
      }
      session.close();
      ankiSessions.delete(id);
      const [first] = summary.decks;
      const title = summary.decks.map((deck) => deck.title).join(', ');
      update(id, { id, fileName, status: 'added', deckId: first?.id ?? '', title });
      return first?.id ?? '';
    },
    async applyUpdate(id, now) {
      const item = get().items.find((current) => current.id === id);
      if (item?.status !== 'update') throw new Error('This file has no update to apply.');
      const { applySharedUpdate } = await import('./save-document-deck.ts');
      const counts = await applySharedUpdate(item.deck, now);
      update(id, { id, fileName: item.fileName, status: 'updated', title: item.title, counts });
    },
    dismiss(id) {
      running.get(id)?.abort();
      ankiSessions.get(id)?.close();
      ankiSessions.delete(id);
      set({ items: get().items.filter((item) => item.id !== id) });
    },
  };
});
