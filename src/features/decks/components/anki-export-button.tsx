import { describeError } from '../../../components/describe-error.ts';
import { downloadBlob } from '../../../components/download-text.ts';
import { AnkiExportError } from '../../../domain/anki-export/anki-export-error.ts';
import { useTranslation, type TFunction } from '../../../i18n/i18n.ts';
import { useAnkiExport, type AnkiExportState } from '../hooks/use-anki-export.ts';

function status(state: AnkiExportState, t: TFunction): string | null {
  switch (state.phase) {
    case 'idle':
    case 'running':
      return null;
    case 'cancelled':
      return t('ankiExport.cancelled');
    case 'failed':
      return state.error instanceof AnkiExportError
        ? t('ankiExport.emptyDeck')
        : t('ankiExport.failed', { message: describeError(state.error, t) });
  }
}

/** "Export as Anki package (.apkg)": the deck with its review history, made in a worker. */
export function AnkiExportButton({ deckId }: { deckId: string }) {
  const { t } = useTranslation();
  const { state, run, cancel } = useAnkiExport(deckId, (bytes) => {
    // A copy typed over a plain ArrayBuffer, as Blob requires.
    downloadBlob(
      new Blob([new Uint8Array(bytes)], { type: 'application/octet-stream' }),
      `${deckId}.apkg`,
    );
  });
  const message = status(state, t);
  return (
    <>
      <button type="button" onClick={run} disabled={state.phase === 'running'}>
        {t('ankiExport.button')}
      </button>
      {state.phase === 'running' && (
        <>
          {' '}
          <span role="status">{t('ankiExport.running')}</span>{' '}
          <button type="button" onClick={cancel}>
            {t('ankiExport.cancel')}
          </button>
        </>
      )}
      {message !== null && (
        <>
          {' '}
          <span role={state.phase === 'failed' ? 'alert' : 'status'}>{message}</span>
        </>
      )}
    </>
  );
}
