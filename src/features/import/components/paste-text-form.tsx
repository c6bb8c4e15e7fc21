import { useId, useState } from 'react';
import { useTranslation } from '../../../i18n/i18n.ts';

/** A title and a text box: pasted text becomes a document like a file would. */
export function PasteTextForm({
  onSubmit,
  onCancel,
}: {
  onSubmit: (title: string, text: string) => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const id = useId();
  const [title, setTitle] = useState('');
  const [text, setText] = useState('');
  return (
    <form
      className="paste-text"
      onSubmit={(event) => {
        event.preventDefault();
        onSubmit(title, text);
      }}
    >
      <label htmlFor={`${id}-title`}>{t('import.pasteTitle')}</label>
      <input
        id={`${id}-title`}
        value={title}
        onChange={(event) => {
          setTitle(event.target.value);
        }}
      />
      <label htmlFor={`${id}-text`}>{t('import.pasteText')}</label>
      <textarea
        id={`${id}-text`}
        rows={10}
        value={text}
        onChange={(event) => {
          setText(event.target.value);
        }}
      />
      <p>
        <button type="submit">{t('import.pasteSubmit')}</button>{' '}
        <button type="button" onClick={onCancel}>
          {t('import.cancel')}
        </button>
      </p>
    </form>
  );
}
