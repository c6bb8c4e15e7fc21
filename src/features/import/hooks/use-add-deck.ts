import { useState } from 'react';
import { useNavigate } from 'react-router';
import { clock } from '../../../config/clock.ts';
import { describeError } from '../../../components/describe-error.ts';
import { paths } from '../../../config/paths.ts';
import { useTranslation } from '../../../i18n/i18n.ts';

/**
 * A preview's "Add deck": runs `store` (which saves the deck and returns its id), then opens the
 * new deck; a failure is kept as a message and the button can be pressed again.
 */
export function useAddDeck(store: (now: Date) => Promise<string>) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const save = async () => {
    setSaving(true);
    try {
      const deckId = await store(clock.now());
      void navigate(paths.deck.build(deckId));
    } catch (caught) {
      setError(describeError(caught, t));
      setSaving(false);
    }
  };
  return { saving, error, save };
}
