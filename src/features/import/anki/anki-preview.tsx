import { useId, useState } from 'react';
import { describeError } from '../../../components/describe-error.ts';
import { useFormatters } from '../../../components/use-formatters.ts';
import { clock } from '../../../config/clock.ts';
import { useTranslation } from '../../../i18n/i18n.ts';
import { useImportStore, type ImportItem } from '../import-store.ts';

type AnkiItem = Extract<ImportItem, { status: 'anki' }>;

/** Media names listed before "and N more". */
const MEDIA_SHOWN = 10;

/**
 * An Anki package before anything is stored: its decks, note types, card and review counts,
 * what is left out and why, and its media (pictures shown, other files kept; unused ones left out). "Import" writes it all or
 * nothing, with a progress bar; Discard (or Cancel while importing) leaves the collection as it was.
 */
export function AnkiPreview({ item }: { item: AnkiItem }) {
  const { t } = useTranslation();
  const format = useFormatters();
  const id = useId();
  const importAnki = useImportStore((state) => state.importAnki);
  const dismiss = useImportStore((state) => state.dismiss);
  const [error, setError] = useState<unknown>(null);
  const { summary, progress } = item;
  const importing = progress !== null;
  const { media } = summary;
  const names = (list: readonly string[]) =>
    list.length > MEDIA_SHOWN
      ? t('ankiImport.namesMore', {
          names: list.slice(0, MEDIA_SHOWN).join(', '),
          more: list.length - MEDIA_SHOWN,
        })
      : list.join(', ');
  // As the deck options form writes them ("1m 10m").
  const stepList = (steps: readonly string[]) =>
    steps.length === 0 ? t('ankiImport.noSteps') : steps.join(' ');

  const start = () => {
    setError(null);
    importAnki(item.id, clock.now()).catch((reason: unknown) => {
      if (reason instanceof DOMException && reason.name === 'AbortError') return;
      setError(reason);
    });
  };

  return (
    <section className="deck-preview" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>{t('ankiImport.heading')}</h2>
      <p className="muted">{t('import.preview.file', { file: item.fileName })}</p>
      <p>
        {t('ankiImport.totals', {
          cards: summary.cards,
          reviews: summary.reviews,
          new: summary.newCards,
          suspended: summary.suspended,
          buried: summary.buried,
        })}
      </p>
      <h3>{t('ankiImport.decks')}</h3>
      <ul>
        {summary.decks.map((deck) => (
          <li key={deck.id} lang={deck.language}>
            {t('ankiImport.deck', { title: deck.title, cards: deck.cards, reviews: deck.reviews })}
            <br />
            <span className="muted">
              {t('ankiImport.deckOptions', {
                newPerDay: format.number(deck.options.newPerDay),
                reviewsPerDay: format.number(deck.options.reviewsPerDay),
                retention: format.percent(deck.options.desiredRetention),
              })}
            </span>
            <br />
            <span className="muted">
              {t('ankiImport.deckSteps', {
                learning: stepList(deck.options.learningSteps),
                relearning: stepList(deck.options.relearningSteps),
                days: format.number(deck.options.maximumIntervalDays),
              })}
            </span>
            {(deck.options.fsrsParameters !== undefined || deck.fsrsParamsIgnored) && (
              <>
                <br />
                <span className="muted">
                  {t(deck.fsrsParamsIgnored ? 'ankiImport.fsrsIgnored' : 'ankiImport.fsrsImported')}
                </span>
              </>
            )}
          </li>
        ))}
      </ul>
      <h3>{t('ankiImport.noteTypes')}</h3>
      <ul>
        {summary.noteTypes.map((type) => (
          <li key={type.name}>
            {t(type.cloze ? 'ankiImport.clozeNoteType' : 'ankiImport.noteType', {
              name: type.name,
              notes: type.notes,
              cards: type.cards,
            })}
          </li>
        ))}
      </ul>
      {media.images + media.files + media.missing.length > 0 && (
        <>
          <h3>{t('ankiImport.mediaHeading')}</h3>
          <ul>
            <li>{t('ankiImport.mediaStored', { images: media.images, files: media.files })}</li>
            {media.missing.length > 0 && (
              <li>
                {t('ankiImport.mediaMissing', {
                  number: media.missing.length,
                  names: names(media.missing),
                })}
              </li>
            )}
          </ul>
        </>
      )}
      {(summary.skipped.length > 0 || media.unused.length > 0) && (
        <>
          <h3>{t('ankiImport.leftOut')}</h3>
          <ul>
            {summary.skipped.map((skipped) => (
              <li key={skipped.reason}>
                {t(`ankiImport.skipped.${skipped.reason}`, { number: skipped.count })}
              </li>
            ))}
            {media.unused.length > 0 && (
              <li>
                {t('ankiImport.mediaUnused', {
                  number: media.unused.length,
                  names: names(media.unused),
                })}
              </li>
            )}
          </ul>
        </>
      )}
      {importing && (
        <p>
          <progress aria-label={t('ankiImport.progress')} max={1} value={progress} />{' '}
          {t('ankiImport.importing')}
        </p>
      )}
      {error !== null && (
        <p role="alert">
          {t('import.failed', { file: item.fileName, message: describeError(error, t) })}
        </p>
      )}
      <p>
        <button type="button" disabled={importing || summary.cards === 0} onClick={start}>
          {t('ankiImport.import')}
        </button>{' '}
        <button
          type="button"
          onClick={() => {
            dismiss(item.id);
          }}
        >
          {importing ? t('import.cancel') : t('import.preview.discard')}
        </button>
      </p>
    </section>
  );
}
