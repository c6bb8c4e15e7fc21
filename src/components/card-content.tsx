import { splitCardText } from '../domain/media/card-media.ts';
import { useTranslation } from '../i18n/i18n.ts';
import type { CardMedia } from './use-card-media.ts';

interface CardContentProps {
  text: string;
  /** The card's pictures and files; `null` while they load (pictures then take no space yet). */
  media: CardMedia | null;
}

/**
 * A card's text as text, with its media in place: a stored picture as an image (its name as
 * alt text), a picture the deck does not hold as "image missing: name", any other file (a
 * sound, an SVG drawing) by its name only — never played, never shown.
 */
export function CardContent({ text, media }: CardContentProps) {
  const { t } = useTranslation();
  return splitCardText(text).map((part, index) => {
    const key = `${String(index)}:${part.kind}`;
    if (part.kind === 'text') return <span key={key}>{part.text}</span>;
    if (media === null) return null;
    const url = media.images.get(part.name);
    if (part.kind === 'image' && url !== undefined) {
      return <img key={key} className="card-image" src={url} alt={part.name} />;
    }
    const label =
      part.kind === 'sound'
        ? 'media.sound'
        : media.files.has(part.name)
          ? 'media.fileNotShown'
          : 'media.imageMissing';
    return (
      <span key={key} className="card-media-note muted">
        {t(label, { name: part.name })}
      </span>
    );
  });
}
