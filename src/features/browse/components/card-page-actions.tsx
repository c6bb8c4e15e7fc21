import { useState } from 'react';
import { useNavigate } from 'react-router';
import { useTranslation } from '../../../i18n/i18n.ts';
import { clock } from '../../../config/clock.ts';
import { paths } from '../../../config/paths.ts';
import { nextStudyDayStart } from '../../../domain/study/study-day.ts';
import type { CardAction } from '../../../storage/card-actions.ts';
import type { CardRecord, DeckRecord } from '../../../storage/db.ts';
import { useCardActions } from '../card-actions-store.ts';
import { CardTextForm } from '../../../components/card-text-form.tsx';
import { saveCardText } from '../hooks/use-browse.ts';
import { DeleteQuestion, ForgetQuestion } from './action-questions.tsx';

interface CardPageActionsProps {
  card: CardRecord;
  deck: DeckRecord;
  /** Answers in the card's history, named when deleting it. */
  reviews: number;
}

/** What can be done to one card on its page: edit, suspend, bury, reset, delete. */
export function CardPageActions({ card, deck, reviews }: CardPageActionsProps) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const run = useCardActions((state) => state.run);
  const busy = useCardActions((state) => state.busy);
  const [asking, setAsking] = useState<'edit' | 'forget' | 'delete' | null>(null);
  // The version the edit form was opened on; after a conflict, the one the learner has now seen.
  const [version, setVersion] = useState(card.version);
  const now = clock.now();
  const buried = card.buriedUntil !== null && card.buriedUntil > now;

  async function act(action: CardAction) {
    setAsking(null);
    await run([card.id], action, clock.now());
    if (action.type === 'delete') await navigate(paths.browse.build(deck.id));
  }

  if (asking === 'edit') {
    return (
      <CardTextForm
        title={t('browse.actions.editTitle')}
        text={{
          front: t('browse.card.front'),
          back: t('browse.card.backSide'),
          empty: t('browse.actions.editEmpty'),
          save: t('browse.actions.save'),
          cancel: t('browse.actions.cancel'),
        }}
        initial={card}
        lang={deck.language}
        save={async (text) => {
          const outcome = await saveCardText(card.id, version, text, clock.now());
          if (outcome.saved) return 'saved';
          setVersion(outcome.version ?? version);
          return 'changed';
        }}
        conflict={<p role="alert">{t('browse.actions.editConflict')}</p>}
        onDone={() => {
          setAsking(null);
        }}
      />
    );
  }
  return (
    <>
      <div className="card-page__actions" role="group" aria-label={t('browse.actions.group')}>
        <button
          type="button"
          onClick={() => {
            setVersion(card.version);
            setAsking('edit');
          }}
        >
          {t('browse.actions.edit')}
        </button>
        <button
          type="button"
          disabled={busy}
          onClick={() => void act({ type: 'suspend', suspended: !card.suspended })}
        >
          {t(card.suspended ? 'browse.actions.unsuspend' : 'browse.actions.suspend')}
        </button>
        <button
          type="button"
          disabled={busy}
          onClick={() =>
            void act({
              type: 'bury',
              until: buried ? null : nextStudyDayStart(now, deck.options.nextDayStartsAt),
            })
          }
        >
          {t(buried ? 'browse.actions.unbury' : 'browse.actions.bury')}
        </button>
        <button
          type="button"
          onClick={() => {
            setAsking('forget');
          }}
        >
          {t('browse.actions.forget')}
        </button>
        <button
          type="button"
          onClick={() => {
            setAsking('delete');
          }}
        >
          {t('browse.actions.delete')}
        </button>
      </div>
      {asking === 'forget' && (
        <ForgetQuestion
          count={1}
          onCancel={() => {
            setAsking(null);
          }}
          onForget={(keepHistory) => void act({ type: 'forget', keepHistory })}
        />
      )}
      {asking === 'delete' && (
        <DeleteQuestion
          count={1}
          reviews={reviews}
          onCancel={() => {
            setAsking(null);
          }}
          onDelete={() => void act({ type: 'delete' })}
        />
      )}
    </>
  );
}
