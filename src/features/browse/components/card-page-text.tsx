import { CardContent } from '../../../components/card-content.tsx';
import { useCardMedia } from '../../../components/use-card-media.ts';
import { mediaNamesOf } from '../../../domain/media/card-media.ts';
import { useTranslation } from '../../../i18n/i18n.ts';
import type { CardRecord } from '../../../storage/db.ts';
import { useCardFiles } from '../../../hooks/use-card-files.ts';

/**
 * A card page's text: the front as its heading, the back and context, the pictures and sound
 * players in place, and the list of the media files the card names (pictures, sounds, files
 * kept but never played or shown, files missing from the deck).
 */
export function CardPageText({ card, lang }: { card: CardRecord; lang: string }) {
  const { t } = useTranslation();
  const media = useCardMedia(useCardFiles(card));
  const names = mediaNamesOf([card.front, card.back, card.context]);
  const status = (name: string) =>
    media?.images.has(name) === true
      ? 'media.image'
      : media?.sounds.has(name) === true
        ? 'media.soundFile'
        : media?.files.has(name) === true
          ? 'media.file'
          : 'media.missing';
  return (
    <>
      <h1 id="card-title" lang={lang} className="card-text">
        <CardContent text={card.front} media={media} />
      </h1>
      <dl className="card-page__text">
        <dt>{t('browse.card.backSide')}</dt>
        <dd lang={lang} className="card-text">
          <CardContent text={card.back} media={media} />
        </dd>
        {card.context !== '' && (
          <>
            <dt>{t('browse.card.context')}</dt>
            <dd lang={lang} className="card-text">
              <CardContent text={card.context} media={media} />
            </dd>
          </>
        )}
      </dl>
      {names.length > 0 && media !== null && (
        <section aria-labelledby="card-media-title">
          <h2 id="card-media-title">{t('media.files')}</h2>
          <ul>
            {names.map((name) => (
              <li key={name}>{t(status(name), { name })}</li>
            ))}
          </ul>
        </section>
      )}
    </>
  );
}
