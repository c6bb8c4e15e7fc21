import { useState } from 'react';
import { useTranslation } from '../../../i18n/i18n.ts';
import { clock } from '../../../config/clock.ts';
import type { CardAction } from '../../../storage/card-actions.ts';
import { countCardReviews } from '../hooks/use-browse.ts';
import type { DeckRecord } from '../../../storage/db.ts';
import { useCardActions } from '../card-actions-store.ts';
import { DeleteQuestion, ForgetQuestion } from './action-questions.tsx';
import { DeckOptions } from '../../../components/deck-options.tsx';

interface BulkActionsProps {
  selected: readonly string[];
  decks: readonly DeckRecord[];
  /** When buried cards come back: the next study day's start. */
  buryUntil: Date;
  /** After a delete, the selection is gone. */
  onDeleted: () => void;
}

/** A date input's `YYYY-MM-DD` as noon of that local day: inside that study day, whatever hour it starts. */
function dueOn(value: string): Date | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (match === null) return null;
  return new Date(Number(match[1]), Number(match[2]) - 1, Number(match[3]), 12);
}

/** What can be done to the selected cards at once; each is one transaction, undoable. */
export function BulkActions({ selected, decks, buryUntil, onDeleted }: BulkActionsProps) {
  const { t } = useTranslation();
  const run = useCardActions((state) => state.run);
  const busy = useCardActions((state) => state.busy);
  const [asking, setAsking] = useState<'forget' | { reviews: number } | null>(null);
  const [date, setDate] = useState('');
  const [target, setTarget] = useState(decks[0]?.id ?? '');
  const count = selected.length;
  const disabled = busy || count === 0;

  async function act(action: CardAction) {
    setAsking(null);
    await run(selected, action, clock.now());
    if (action.type === 'delete') onDeleted();
  }
  const simple = [
    ['browse.actions.suspend', { type: 'suspend', suspended: true }],
    ['browse.actions.unsuspend', { type: 'suspend', suspended: false }],
    ['browse.actions.bury', { type: 'bury', until: buryUntil }],
    ['browse.actions.unbury', { type: 'bury', until: null }],
  ] as const;
  const due = dueOn(date);
  return (
    <section className="bulk-actions" aria-label={t('browse.select.count', { count })}>
      <p>{t('browse.select.count', { count })}</p>
      <div className="confirm-panel__buttons">
        {simple.map(([label, action]) => (
          <button key={label} type="button" disabled={disabled} onClick={() => void act(action)}>
            {t(label)}
          </button>
        ))}
        <button
          type="button"
          disabled={disabled}
          onClick={() => {
            setAsking('forget');
          }}
        >
          {t('browse.actions.forget')}
        </button>
        <button
          type="button"
          disabled={disabled}
          onClick={() =>
            void countCardReviews(selected).then((reviews) => {
              setAsking({ reviews });
            })
          }
        >
          {t('browse.actions.delete')}
        </button>
      </div>
      <div className="confirm-panel__buttons">
        <label>
          {t('browse.actions.rescheduleDate')}
          <input
            type="date"
            value={date}
            onChange={(event) => {
              setDate(event.target.value);
            }}
          />
        </label>
        <button
          type="button"
          disabled={disabled || due === null}
          onClick={() => {
            if (due !== null) void act({ type: 'reschedule', due });
          }}
        >
          {t('browse.actions.reschedule')}
        </button>
        <label>
          {t('browse.actions.moveTo')}
          <select
            value={target}
            onChange={(event) => {
              setTarget(event.target.value);
            }}
          >
            <DeckOptions decks={decks} />
          </select>
        </label>
        <button
          type="button"
          disabled={disabled || target === ''}
          onClick={() => void act({ type: 'move', deckId: target })}
        >
          {t('browse.actions.move')}
        </button>
      </div>
      {asking === 'forget' && (
        <ForgetQuestion
          count={count}
          onCancel={() => {
            setAsking(null);
          }}
          onForget={(keepHistory) => void act({ type: 'forget', keepHistory })}
        />
      )}
      {asking !== null && asking !== 'forget' && (
        <DeleteQuestion
          count={count}
          reviews={asking.reviews}
          onCancel={() => {
            setAsking(null);
          }}
          onDelete={() => void act({ type: 'delete' })}
        />
      )}
    </section>
  );
}
