import { useState, type SyntheticEvent } from 'react';
import { useTranslation } from '../../../i18n/i18n.ts';
import { clock } from '../../../config/clock.ts';
import { useStudyStore } from '../study-store.ts';
import { studyMoreNewCards } from '../hooks/use-next-steps.ts';

/** The choices offered, as in Anki's custom study; any other number goes in the field. */
const CHOICES = [10, 20, 50] as const;

/**
 * "Study more new cards today" at a session's end: raises today's new-card limit of the deck
 * (today only) and starts a session with the extra cards.
 */
export function StudyMore({ deckId, newLeft }: { deckId: string; newLeft: number }) {
  const { t } = useTranslation();
  const start = useStudyStore((state) => state.start);
  const [count, setCount] = useState('');
  const [busy, setBusy] = useState(false);

  async function studyMore(more: number) {
    setBusy(true);
    try {
      await studyMoreNewCards(deckId, more, clock.now());
      await start(deckId, clock.now());
    } finally {
      setBusy(false);
    }
  }

  function onSubmit(event: SyntheticEvent) {
    event.preventDefault();
    const more = Number(count);
    if (Number.isInteger(more) && more > 0) void studyMore(more);
  }

  return (
    <form className="study-more" aria-labelledby="study-more-title" onSubmit={onSubmit}>
      <h3 id="study-more-title">{t('study.next.more.title')}</h3>
      <p>{t('study.next.more.left', { count: newLeft })}</p>
      <div className="study-more__choices">
        {CHOICES.map((more) => (
          <button key={more} type="button" disabled={busy} onClick={() => void studyMore(more)}>
            {t('study.next.more.add', { count: more })}
          </button>
        ))}
        <label>
          {t('study.next.more.count')}{' '}
          <input
            type="number"
            min={1}
            max={9999}
            step={1}
            required
            value={count}
            onChange={(event) => {
              setCount(event.target.value);
            }}
          />
        </label>
        <button type="submit" disabled={busy}>
          {t('study.next.more.study')}
        </button>
      </div>
    </form>
  );
}
