import { Link } from 'react-router';
import { describeError } from '../../../components/describe-error.ts';
import { clock } from '../../../config/clock.ts';
import { paths } from '../../../config/paths.ts';
import { useTranslation, type TFunction } from '../../../i18n/i18n.ts';
import { useImportStore, type ImportItem } from '../import-store.ts';

function message(t: TFunction, item: ImportItem): string | null {
  const file = item.fileName;
  switch (item.status) {
    case 'reading':
      return t('import.reading', { file });
    case 'generating':
      return t('import.generating', { file });
    case 'refused':
      return t(`import.problem.${item.problem}`, { file });
    case 'failed':
      return t('import.failed', { file, message: describeError(item.error, t) });
    case 'added':
      return t('import.added', { file, title: item.title });
    case 'refusedDeck':
      return item.problem.code === 'damaged'
        ? t('import.deckFile.damaged', { file, path: item.problem.path })
        : t(`import.deckFile.${item.problem.code}`, { file });
    case 'update':
      return t('import.deckFile.update', { file, title: item.title, ...item.counts });
    case 'updated':
      return t('import.deckFile.updated', { file, title: item.title, ...item.counts });
    case 'refusedTable':
      return t(`import.table.problem.${item.problem.code}`, { file, ...item.problem });
    case 'refusedAnki':
      return t(`ankiImport.problem.${item.problem.code}`, { file, ...item.problem });
    case 'ready':
    case 'table':
    case 'anki':
      return null;
  }
}

/** Each document of the session but the one in the preview: progress, refusal or success. */
export function ImportResults() {
  const { t } = useTranslation();
  const items = useImportStore((state) => state.items);
  const dismiss = useImportStore((state) => state.dismiss);
  const applyUpdate = useImportStore((state) => state.applyUpdate);
  const shown = items.filter(
    (item) => item.status !== 'ready' && item.status !== 'table' && item.status !== 'anki',
  );
  if (shown.length === 0) return null;
  return (
    <ul className="import-results" aria-label={t('import.add')}>
      {shown.map((item) => {
        const busy = item.status === 'reading' || item.status === 'generating';
        const problem = [
          'refused',
          'refusedDeck',
          'refusedTable',
          'refusedAnki',
          'failed',
        ].includes(item.status);
        return (
          <li key={item.id} role={problem ? 'alert' : undefined}>
            {busy && <progress aria-label={message(t, item) ?? ''} />} {message(t, item)}{' '}
            {item.status === 'added' && (
              <Link to={paths.deck.build(item.deckId)}>{t('import.openDeck')}</Link>
            )}
            {item.status === 'update' && (
              <button type="button" onClick={() => void applyUpdate(item.id, clock.now())}>
                {t('import.update.apply')}
              </button>
            )}{' '}
            <button
              type="button"
              onClick={() => {
                dismiss(item.id);
              }}
            >
              {busy ? t('import.cancel') : t('import.dismiss')}
            </button>
          </li>
        );
      })}
    </ul>
  );
}
