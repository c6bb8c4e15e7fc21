import { useId, useState } from 'react';
import type { DeckCard } from '../../../domain/deck/deck-types.ts';
import { useTranslation } from '../../../i18n/i18n.ts';

export interface PreviewCardProps {
  card: DeckCard;
  lang: string;
  included: boolean;
  onToggle: (included: boolean) => void;
  onEdit: (text: Pick<DeckCard, 'front' | 'back'>) => void;
}

/** One proposed card: a checkbox to keep it, its text, and an inline editor. */
export function PreviewCard({ card, lang, included, onToggle, onEdit }: PreviewCardProps) {
  const { t } = useTranslation();
  const id = useId();
  const [editing, setEditing] = useState(false);
  const [front, setFront] = useState(card.front);
  const [back, setBack] = useState(card.back);
  return (
    <li className="preview-card">
      <input
        type="checkbox"
        checked={included}
        aria-label={t('import.preview.include', { front: card.front })}
        onChange={(event) => {
          onToggle(event.target.checked);
        }}
      />
      {editing ? (
        <form
          className="preview-card__edit"
          onSubmit={(event) => {
            event.preventDefault();
            onEdit({ front, back });
            setEditing(false);
          }}
        >
          <label htmlFor={`${id}-front`}>{t('import.preview.front')}</label>
          <textarea
            id={`${id}-front`}
            lang={lang}
            value={front}
            onChange={(event) => {
              setFront(event.target.value);
            }}
          />
          <label htmlFor={`${id}-back`}>{t('import.preview.back')}</label>
          <textarea
            id={`${id}-back`}
            lang={lang}
            value={back}
            onChange={(event) => {
              setBack(event.target.value);
            }}
          />
          <button type="submit">{t('import.preview.done')}</button>
        </form>
      ) : (
        <div className="preview-card__text" lang={lang}>
          <p>{card.front}</p>
          <p className="muted">{card.back}</p>
          <button
            type="button"
            aria-label={t('import.preview.editCard', { front: card.front })}
            onClick={() => {
              setEditing(true);
            }}
          >
            {t('import.preview.edit')}
          </button>
        </div>
      )}
    </li>
  );
}
