interface CardTextFieldsProps {
  /** The labels of the two fields ("Front", "Back"). */
  labels: { front: string; back: string };
  front: string;
  back: string;
  /** The deck's language, so spelling and input follow it. */
  lang: string;
  onChange: (text: { front: string; back: string }) => void;
}

/** The front and back text areas of a card's edit form (study screen and card page). */
export function CardTextFields({ labels, front, back, lang, onChange }: CardTextFieldsProps) {
  return (
    <>
      <label>
        {labels.front}
        <textarea
          lang={lang}
          value={front}
          autoFocus
          onChange={(event) => {
            onChange({ front: event.target.value, back });
          }}
        />
      </label>
      <label>
        {labels.back}
        <textarea
          lang={lang}
          value={back}
          onChange={(event) => {
            onChange({ front, back: event.target.value });
          }}
        />
      </label>
    </>
  );
}
