import { useEffect, useRef, useState } from 'react';
import { clock } from '../../../config/clock.ts';
import {
  AnkiExportCancelled,
  startAnkiExport,
  type AnkiExportRun,
} from '../anki-export/run-anki-export.ts';

export type AnkiExportState =
  | { readonly phase: 'idle' }
  | { readonly phase: 'running' }
  | { readonly phase: 'cancelled' }
  | { readonly phase: 'failed'; readonly error: unknown };

/**
 * Exports a deck as an Anki package in the export worker and hands the file to `save`
 * (the download); cancelling stops the worker and saves nothing.
 */
export function useAnkiExport(deckId: string, save: (bytes: Uint8Array) => void) {
  const [state, setState] = useState<AnkiExportState>({ phase: 'idle' });
  const running = useRef<AnkiExportRun | null>(null);
  useEffect(
    () => () => {
      running.current?.cancel();
    },
    [],
  );

  async function run() {
    if (running.current !== null) return;
    setState({ phase: 'running' });
    const current = startAnkiExport({ deckId, now: clock.now() });
    running.current = current;
    try {
      save(await current.bytes);
      setState({ phase: 'idle' });
    } catch (error) {
      setState(
        error instanceof AnkiExportCancelled ? { phase: 'cancelled' } : { phase: 'failed', error },
      );
    } finally {
      running.current = null;
    }
  }

  return {
    state,
    run: () => void run(),
    cancel: () => running.current?.cancel(),
  };
}
