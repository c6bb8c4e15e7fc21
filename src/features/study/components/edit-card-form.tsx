import { useState, type SyntheticEvent } from 'react';
import { useTranslation } from '../../../i18n/i18n.ts';
import { CardTextFields } from '../../../components/card-text-fields.tsx';
import { clock } from '../../../config/clock.ts';
import type { CardRecord } from '../../../storage/db.ts';
import { useStudyStore } from '../study-store.ts';

interface EditCardFormProps {
  card: CardRecord;
  lang: string;
  onDone: () => void;
}

/**
 * Edits the shown card's front and back; Escape or Cancel leaves it unchanged. When the card was
 * changed in another tab meanwhile, the save is refused and the form stays open with the typed
 * text, the card as it is now shown beside it; saving again replaces that.
 */
export function EditCardForm({ card, lang, onDone }: EditCardFormProps) {
  const { t } = useTranslation();
  const edit = useStudyStore((state) => state.edit);
  const [front, setFront] = useState(card.front);
  const [back, setBack] = useState(card.back);
  const [invalid, setInvalid] = useState(false);
  const [conflict, setConflict] = useState(false);

  async function onSubmit(event: SyntheticEvent) {
    event.preventDefault();
    if (front.trim() === '' || back.trim() === '') {
      setInvalid(true);
      return;
    }
    const outcome = await edit({ front, back }, clock.now());
    setConflict(outcome === 'changed');
    if (outcome === 'saved' || outcome === 'gone') onDone();
  }

  return (
    <form
      className="edit-card"
      aria-label={t('study.editTitle')}
      onSubmit={(event) => void onSubmit(event)}
      onKeyDown={(event) => {
        if (event.key === 'Escape') onDone();
      }}
    >
      <CardTextFields
        labels={{ front: t('study.front'), back: t('study.backSide') }}
        front={front}
        back={back}
        lang={lang}
        onChange={(text) => {
          setFront(text.front);
          setBack(text.back);
        }}
      />
      {invalid && <p role="alert">{t('study.editEmpty')}</p>}
      {conflict && (
        <section className="edit-card__current" aria-label={t('study.editCurrent')}>
          <h2>{t('study.editCurrent')}</h2>
          <dl>
            <dt>{t('study.front')}</dt>
            <dd lang={lang}>{card.front}</dd>
            <dt>{t('study.backSide')}</dt>
            <dd lang={lang}>{card.back}</dd>
          </dl>
        </section>
      )}
      <div className="edit-card__buttons">
        <button type="submit">{t('study.save')}</button>
        <button type="button" onClick={onDone}>
          {t('study.cancel')}
        </button>
      </div>
    </form>
  );
}
