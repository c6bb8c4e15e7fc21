import { useTranslation } from '../../../i18n/i18n.ts';
import { clock } from '../../../config/clock.ts';
import { useStudyStore } from '../study-store.ts';
import { STUDY_KEYS } from '../hooks/use-study-keys.ts';

interface CardActionsProps {
  /** Whether this tab has an answer to take back (kept across reloads; before the first, none). */
  canUndo: boolean;
  onEdit: () => void;
}

/**
 * Undo, bury, suspend and edit, each also on a key (shown on the button); in the interface's
 * language, inside a card in the deck's (see StudyCard).
 */
export function CardActions({ canUndo, onEdit }: CardActionsProps) {
  const { t, i18n } = useTranslation();
  const undo = useStudyStore((state) => state.undo);
  const bury = useStudyStore((state) => state.bury);
  const suspend = useStudyStore((state) => state.suspend);
  const actions = [
    {
      label: t('study.undo'),
      key: 'Ctrl+Z',
      run: () => void undo(clock.now()),
      disabled: !canUndo,
    },
    { label: t('study.bury'), key: STUDY_KEYS.bury, run: () => void bury(clock.now()) },
    { label: t('study.suspend'), key: STUDY_KEYS.suspend, run: () => void suspend(clock.now()) },
    { label: t('study.edit'), key: STUDY_KEYS.edit, run: onEdit },
  ];
  return (
    <div
      role="toolbar"
      aria-label={t('study.actions')}
      className="card-actions"
      lang={i18n.language}
    >
      {actions.map((action) => (
        <button
          key={action.label}
          type="button"
          aria-keyshortcuts={action.key}
          disabled={action.disabled}
          onClick={action.run}
        >
          {action.label} <kbd>{action.key}</kbd>
        </button>
      ))}
    </div>
  );
}
