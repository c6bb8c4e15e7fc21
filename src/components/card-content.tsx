import { splitCardText, type CardTextPart } from '../domain/media/card-media.ts';
import { useTranslation, type TFunction } from '../i18n/i18n.ts';
import type { CardMedia } from './use-card-media.ts';

interface CardContentProps {
  text: string;
  /** The card's pictures and files; `null` while they load (pictures then take no space yet). */
  media: CardMedia | null;
}

/** What stands for a picture or sound that is not shown or played: its name and why. */
function mediaNote(part: Exclude<CardTextPart, { kind: 'text' }>, media: CardMedia, t: TFunction) {
  const stored = media.files.has(part.name);
  if (part.kind === 'sound') {
    return t(stored ? 'media.sound' : 'media.soundMissing', { name: part.name });
  }
  return t(stored ? 'media.fileNotShown' : 'media.imageMissing', { name: part.name });
}

/**
 * A card's text as text, with its media in place: a stored picture as an image (its name as
 * alt text), a stored sound as a player with its controls (named for screen readers, played
 * only when the learner starts it), a picture or sound the deck does not hold as "missing",
 * any other file (an SVG drawing, a sound of a format not played) by its name only.
 */
export function CardContent({ text, media }: CardContentProps) {
  const { t } = useTranslation();
  return splitCardText(text).map((part, index) => {
    const key = `${String(index)}:${part.kind}`;
    if (part.kind === 'text') return <span key={key}>{part.text}</span>;
    if (media === null) return null;
    const url = (part.kind === 'image' ? media.images : media.sounds).get(part.name);
    if (url !== undefined && part.kind === 'image') {
      return <img key={key} className="card-image" src={url} alt={part.name} />;
    }
    if (url !== undefined) {
      return (
        <audio
          key={key}
          className="card-sound"
          src={url}
          controls
          preload="metadata"
          aria-label={t('media.play', { name: part.name })}
        />
      );
    }
    return (
      <span key={key} className="card-media-note muted">
        {mediaNote(part, media, t)}
      </span>
    );
  });
}
