import { useId, useRef, useState } from 'react';
import { describeError } from '../../../components/describe-error.ts';
import { clock } from '../../../config/clock.ts';
import { useTranslation } from '../../../i18n/i18n.ts';
import type { DeckRecord } from '../../../storage/db.ts';
import type { CardSyncCounts } from '../../../storage/deck-sync.ts';
import { useDeckSource } from '../hooks/use-deck-source.ts';
import { readDocumentFile, type DocumentText } from '../read-document-file.ts';
import { applyUpdate, proposeUpdate, type ProposedUpdate } from '../update-document-deck.ts';

type UpdateState =
  | { phase: 'idle' }
  | { phase: 'working'; controller: AbortController }
  | { phase: 'review'; fileName: string; update: Extract<ProposedUpdate, { ok: true }> }
  | { phase: 'refused'; message: string }
  | { phase: 'done'; counts: CardSyncCounts };

/**
 * A learner's deck made from a document: update it from a new version of the document, or
 * regenerate it from the stored one, after a summary of what changes ("12 new, 3 changed, 2
 * removed"). Bundled decks have no stored document and are updated by the app itself.
 */
export function UpdateDeck({ deck }: { deck: DeckRecord }) {
  const { t } = useTranslation();
  const id = useId();
  const source = useDeckSource(deck.id);
  const input = useRef<HTMLInputElement>(null);
  const [state, setState] = useState<UpdateState>({ phase: 'idle' });
  if (source === null || source === undefined) return null;

  const propose = async (fileName: string, read: () => Promise<DocumentText>) => {
    const controller = new AbortController();
    setState({ phase: 'working', controller });
    try {
      const text = await read();
      if (!text.ok) {
        setState({
          phase: 'refused',
          message: t(`import.problem.${text.problem}`, { file: fileName }),
        });
        return;
      }
      const update = await proposeUpdate(
        deck,
        { fileName, text: text.text },
        clock.now(),
        controller.signal,
      );
      setState(
        update.ok
          ? { phase: 'review', fileName, update }
          : {
              phase: 'refused',
              message: t(`import.problem.${update.problem}`, { file: fileName }),
            },
      );
    } catch (error) {
      if (error instanceof DOMException && error.name === 'AbortError') return;
      const message = describeError(error, t);
      setState({ phase: 'refused', message: t('import.failed', { file: fileName, message }) });
    }
  };

  const counts = state.phase === 'review' ? state.update.counts : null;
  const unchanged = counts !== null && counts.added + counts.updated + counts.retired === 0;

  return (
    <section aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('import.update.title')}</h2>
      <p>
        <button
          type="button"
          disabled={state.phase === 'working'}
          onClick={() => {
            input.current?.click();
          }}
        >
          {t('import.update.fromFile')}
        </button>{' '}
        <button
          type="button"
          disabled={state.phase === 'working'}
          onClick={() =>
            void propose(source.fileName, () =>
              Promise.resolve({ ok: true, text: source.text, encoding: 'utf-8' }),
            )
          }
        >
          {t('import.update.regenerate')}
        </button>
      </p>
      <p className="muted">{t('import.update.regenerateHint', { file: source.fileName })}</p>
      <input
        ref={input}
        type="file"
        hidden
        accept=".md,.markdown,.txt,.html,.htm"
        data-testid="update-input"
        onChange={(event) => {
          const file = event.target.files?.[0];
          event.target.value = '';
          if (file !== undefined) void propose(file.name, () => readDocumentFile(file));
        }}
      />
      {state.phase === 'working' && (
        <p>
          <progress aria-label={t('import.update.working')} /> {t('import.update.working')}{' '}
          <button
            type="button"
            onClick={() => {
              state.controller.abort();
              setState({ phase: 'idle' });
            }}
          >
            {t('import.cancel')}
          </button>
        </p>
      )}
      {state.phase === 'refused' && <p role="alert">{state.message}</p>}
      {state.phase === 'review' && counts !== null && (
        <div role="group" aria-label={t('import.update.title')}>
          <p>
            {unchanged
              ? t('import.update.unchanged', { file: state.fileName })
              : t('import.update.summary', { file: state.fileName, ...counts })}
          </p>
          {!unchanged && <p className="muted">{t('import.update.rules')}</p>}
          {!unchanged && (
            <button
              type="button"
              onClick={() =>
                void applyUpdate(state.update, clock.now()).then(
                  (applied) => {
                    setState({ phase: 'done', counts: applied });
                  },
                  (error: unknown) => {
                    const message = describeError(error, t);
                    setState({
                      phase: 'refused',
                      message: t('import.failed', { file: state.fileName, message }),
                    });
                  },
                )
              }
            >
              {t('import.update.apply')}
            </button>
          )}{' '}
          <button
            type="button"
            onClick={() => {
              setState({ phase: 'idle' });
            }}
          >
            {t('import.cancel')}
          </button>
        </div>
      )}
      {state.phase === 'done' && (
        <p role="status">{t('import.update.done', { ...state.counts })}</p>
      )}
    </section>
  );
}
