import { lazy, Suspense } from 'react';
import { useTranslation } from '../../../i18n/i18n.ts';
import { useImportStore } from '../import-store.ts';
import { ImportResults } from './import-results.tsx';

// The preview and everything it needs (the generator runs in its worker) load with the first
// document of its kind.
const DeckPreview = lazy(() =>
  import('./deck-preview.tsx').then((module) => ({ default: module.DeckPreview })),
);

const TablePreview = lazy(() =>
  import('./table-preview.tsx').then((module) => ({ default: module.TablePreview })),
);

const AnkiPreview = lazy(() =>
  import('../anki/anki-preview.tsx').then((module) => ({ default: module.AnkiPreview })),
);

/**
 * The documents added on the deck list: each one's progress or result, and the preview of the
 * first one ready (a generated deck, then a card list, then an Anki package).
 */
export function ImportSession() {
  const { t } = useTranslation();
  const ready = useImportStore((state) => state.items.find((item) => item.status === 'ready'));
  const list = useImportStore((state) => state.items.find((item) => item.status === 'table'));
  const anki = useImportStore((state) => state.items.find((item) => item.status === 'anki'));
  return (
    <>
      <ImportResults />
      {ready && (
        <Suspense fallback={<p>{t('app.loading')}</p>}>
          <DeckPreview key={ready.id} item={ready} />
        </Suspense>
      )}
      {!ready && list && (
        <Suspense fallback={<p>{t('app.loading')}</p>}>
          <TablePreview key={list.id} item={list} />
        </Suspense>
      )}
      {!ready && !list && anki && (
        <Suspense fallback={<p>{t('app.loading')}</p>}>
          <AnkiPreview key={anki.id} item={anki} />
        </Suspense>
      )}
    </>
  );
}
