import { Link } from 'react-router';
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
      return t('import.failed', { file, message: item.message });
    case 'added':
      return t('import.added', { file, title: item.title });
    case 'ready':
      return null;
  }
}

/** Each document of the session but the one in the preview: progress, refusal or success. */
export function ImportResults() {
  const { t } = useTranslation();
  const items = useImportStore((state) => state.items);
  const dismiss = useImportStore((state) => state.dismiss);
  const shown = items.filter((item) => item.status !== 'ready');
  if (shown.length === 0) return null;
  return (
    <ul className="import-results" aria-label={t('import.add')}>
      {shown.map((item) => {
        const busy = item.status === 'reading' || item.status === 'generating';
        const problem = item.status === 'refused' || item.status === 'failed';
        return (
          <li key={item.id} role={problem ? 'alert' : undefined}>
            {busy && <progress aria-label={message(t, item) ?? ''} />} {message(t, item)}{' '}
            {item.status === 'added' && (
              <Link to={paths.deck.build(item.deckId)}>{t('import.openDeck')}</Link>
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
