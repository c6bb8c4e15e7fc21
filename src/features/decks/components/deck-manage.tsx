import { useId, useState } from 'react';
import { useNavigate } from 'react-router';
import { paths } from '../../../config/paths.ts';
import { describeError } from '../../../components/describe-error.ts';
import { downloadText } from '../../../components/download-text.ts';
import { serializeDeck } from '../../../domain/generator/serialize-deck.ts';
import { useTranslation } from '../../../i18n/i18n.ts';
import type { DeckRecord } from '../../../storage/db.ts';
import type { DeckContents } from '../../../storage/user-decks.ts';
import { deckManagement } from '../hooks/use-deck-manage.ts';
import { AnkiExportButton } from './anki-export-button.tsx';

/** Rename, export as a decks/*.json file, as CSV (front, back, tags) or as an Anki package, delete (after a confirmation saying what goes). */
export function DeckManage({ deck }: { deck: DeckRecord }) {
  const { t } = useTranslation();
  const id = useId();
  const navigate = useNavigate();
  const [title, setTitle] = useState<string | null>(null);
  const [confirming, setConfirming] = useState<DeckContents | null>(null);
  const [error, setError] = useState<string | null>(null);

  const run = async (action: () => Promise<void>) => {
    setError(null);
    try {
      await action();
    } catch (caught) {
      setError(describeError(caught, t));
    }
  };

  return (
    <section aria-labelledby={`${id}-title`} className="deck-manage">
      <h2 id={`${id}-title`}>{t('deck.manage.title')}</h2>
      {title === null ? (
        <p>
          <button
            type="button"
            onClick={() => {
              setTitle(deck.title);
            }}
          >
            {t('deck.manage.rename')}
          </button>{' '}
          <button
            type="button"
            onClick={() =>
              void run(async () => {
                const file = await deckManagement.deckFile(deck.id);
                if (file !== undefined) downloadText(serializeDeck(file), `${deck.id}.json`);
              })
            }
          >
            {t('deck.manage.export')}
          </button>{' '}
          <button
            type="button"
            onClick={() =>
              void run(async () => {
                // The CSV writer (papaparse) loads with the first export, not with the deck page.
                const { cardsToCsv } = await import('../../../domain/import/card-table.ts');
                const cards = await deckManagement.allCards(deck.id);
                downloadText(cardsToCsv(cards), `${deck.id}.csv`, 'text/csv');
              })
            }
          >
            {t('deck.manage.exportCsv')}
          </button>{' '}
          <AnkiExportButton deckId={deck.id} />{' '}
          <button
            type="button"
            onClick={() =>
              void run(async () => {
                setConfirming(await deckManagement.contents(deck.id));
              })
            }
          >
            {t('deck.manage.delete')}
          </button>
        </p>
      ) : (
        <form
          onSubmit={(event) => {
            event.preventDefault();
            if (title.trim() === '') {
              setError(t('deck.manage.titleRequired'));
              return;
            }
            void run(async () => {
              await deckManagement.rename(deck.id, title);
              setTitle(null);
            });
          }}
        >
          <label htmlFor={`${id}-new-title`}>{t('deck.manage.newTitle')}</label>{' '}
          <input
            id={`${id}-new-title`}
            lang={deck.language}
            value={title}
            onChange={(event) => {
              setTitle(event.target.value);
            }}
          />{' '}
          <button type="submit">{t('deck.manage.save')}</button>{' '}
          <button
            type="button"
            onClick={() => {
              setTitle(null);
            }}
          >
            {t('deck.manage.cancel')}
          </button>
        </form>
      )}
      {confirming !== null && (
        <div role="alertdialog" aria-labelledby={`${id}-confirm`}>
          <p id={`${id}-confirm`}>
            {t('deck.manage.confirm', {
              title: deck.title,
              cards: t('decks.cards', { count: confirming.cards }),
              reviews: t('deck.manage.reviews', { count: confirming.reviews }),
            })}
          </p>
          <button
            type="button"
            onClick={() =>
              void run(async () => {
                await deckManagement.remove(deck.id);
                void navigate(paths.home.build());
              })
            }
          >
            {t('deck.manage.confirmDelete')}
          </button>{' '}
          <button
            type="button"
            onClick={() => {
              setConfirming(null);
            }}
          >
            {t('deck.manage.cancel')}
          </button>
        </div>
      )}
      {error !== null && <p role="alert">{t('deck.manage.failed', { reason: error })}</p>}
    </section>
  );
}
