import { useState, type SyntheticEvent } from 'react';
import { useTranslation } from '../../../i18n/i18n.ts';
import { CardTextFields } from '../../../components/card-text-fields.tsx';
import { clock } from '../../../config/clock.ts';
import type { CardRecord } from '../../../storage/db.ts';
import { saveCardText } from '../hooks/use-browse.ts';

interface CardTextFormProps {
  card: CardRecord;
  lang: string;
  onDone: () => void;
}

/**
 * Edits a card's front and back, in the deck's language. When the card changed elsewhere while
 * the form was open, the save is refused and the typed text kept; saving again replaces it.
 */
export function CardTextForm({ card, lang, onDone }: CardTextFormProps) {
  const { t } = useTranslation();
  const [front, setFront] = useState(card.front);
  const [back, setBack] = useState(card.back);
  const [problem, setProblem] = useState<'empty' | 'conflict' | null>(null);
  // The version the form was opened on; after a conflict, the one the learner has now seen.
  const [version, setVersion] = useState(card.version);

  async function onSubmit(event: SyntheticEvent) {
    event.preventDefault();
    if (front.trim() === '' || back.trim() === '') {
      setProblem('empty');
      return;
    }
    const outcome = await saveCardText(card.id, version, { front, back }, clock.now());
    if (outcome.saved) {
      onDone();
      return;
    }
    setProblem('conflict');
    setVersion(outcome.version ?? version);
  }

  return (
    <form
      className="card-text-form"
      aria-label={t('browse.actions.editTitle')}
      onSubmit={(event) => void onSubmit(event)}
    >
      <CardTextFields
        labels={{ front: t('browse.card.front'), back: t('browse.card.backSide') }}
        front={front}
        back={back}
        lang={lang}
        onChange={(text) => {
          setFront(text.front);
          setBack(text.back);
        }}
      />
      {problem !== null && (
        <p role="alert">
          {t(problem === 'empty' ? 'browse.actions.editEmpty' : 'browse.actions.editConflict')}
        </p>
      )}
      <div className="confirm-panel__buttons">
        <button type="submit">{t('browse.actions.save')}</button>
        <button type="button" onClick={onDone}>
          {t('browse.actions.cancel')}
        </button>
      </div>
    </form>
  );
}
