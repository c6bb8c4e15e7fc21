import { useTranslation } from '../../../i18n/i18n.ts';
import { clock } from '../../../config/clock.ts';
import { useCardActions } from '../card-actions-store.ts';
import { useUndoKey } from '../hooks/use-undo-key.ts';
import { useCanUndoCardAction } from '../hooks/use-browse.ts';

/** What the last card action did, with its Undo button; Ctrl+Z does the same. */
export function ActionNotice() {
  const { t } = useTranslation();
  useUndoKey();
  const notice = useCardActions((state) => state.notice);
  const busy = useCardActions((state) => state.busy);
  const canUndo = useCanUndoCardAction() && !busy;
  const undo = useCardActions((state) => state.undo);
  let text = '';
  if (notice?.kind === 'conflict') text = t('browse.actions.conflict');
  else if (notice !== null) {
    const done = t(`browse.actions.done.${notice.name}`, {
      cards: t('browse.actions.cards', { count: notice.count }),
    });
    text = notice.kind === 'done' ? done : t('browse.actions.undone', { action: done });
  }
  return (
    <div className="action-notice">
      <p role="status">{text}</p>
      <button
        type="button"
        disabled={!canUndo}
        onClick={() => {
          void undo(clock.now());
        }}
      >
        {t('browse.actions.undo')}
      </button>
    </div>
  );
}
