import { useTranslation } from '../../../i18n/i18n.ts';
import { ConfirmPanel } from '../../../components/ui/confirm-panel.tsx';

interface QuestionProps {
  /** How many cards the action is about. */
  count: number;
  onCancel: () => void;
}

function CancelButton({ onCancel }: { onCancel: () => void }) {
  const { t } = useTranslation();
  return (
    <button type="button" onClick={onCancel}>
      {t('browse.actions.cancel')}
    </button>
  );
}

/** "Reset to new": keep the review history or delete it? */
export function ForgetQuestion({
  count,
  onCancel,
  onForget,
}: QuestionProps & { onForget: (keepHistory: boolean) => void }) {
  const { t } = useTranslation();
  return (
    <ConfirmPanel message={t('browse.actions.forgetQuestion', { count })}>
      <button
        type="button"
        onClick={() => {
          onForget(true);
        }}
      >
        {t('browse.actions.forgetKeep')}
      </button>
      <button
        type="button"
        onClick={() => {
          onForget(false);
        }}
      >
        {t('browse.actions.forgetDrop')}
      </button>
      <CancelButton onCancel={onCancel} />
    </ConfirmPanel>
  );
}

/** "Delete": naming how many cards and reviews go. */
export function DeleteQuestion({
  count,
  reviews,
  onCancel,
  onDelete,
}: QuestionProps & { reviews: number; onDelete: () => void }) {
  const { t } = useTranslation();
  const message = t('browse.actions.deleteQuestion', {
    count,
    reviews: t('browse.actions.reviews', { count: reviews }),
  });
  return (
    <ConfirmPanel message={message}>
      <button type="button" onClick={onDelete}>
        {t('browse.actions.deleteConfirm')}
      </button>
      <CancelButton onCancel={onCancel} />
    </ConfirmPanel>
  );
}
