import { useState, type ReactNode, type SyntheticEvent } from 'react';
import './ui/ui.css';

/**
 * What a save did: stored (or nothing left to store), refused because the card changed elsewhere
 * meanwhile, or failed with the screen's own error message; the last two keep the form open.
 */
export type CardTextSaveOutcome = 'saved' | 'changed' | 'failed';

interface CardTextFormProps {
  /** The form's accessible name ("Edit card"). */
  title: string;
  /** The labels and messages, in the screen's own words. */
  text: {
    front: string;
    back: string;
    empty: string;
    save: string;
    cancel: string;
  };
  initial: { front: string; back: string };
  /** The deck's language, so spelling and input follow it. */
  lang: string;
  save: (text: { front: string; back: string }) => Promise<CardTextSaveOutcome>;
  /** Shown under the fields after a refused save: what the card says now, or why. */
  conflict: ReactNode;
  onDone: () => void;
}

/**
 * Edits a card's front and back (study screen and card page). An empty side is refused; when the
 * card changed elsewhere while the form was open, the save is refused, the typed text kept and
 * `conflict` shown; saving again replaces it. Escape or Cancel leaves the card unchanged.
 */
export function CardTextForm({
  title,
  text,
  initial,
  lang,
  save,
  conflict,
  onDone,
}: CardTextFormProps) {
  const [front, setFront] = useState(initial.front);
  const [back, setBack] = useState(initial.back);
  const [problem, setProblem] = useState<'empty' | 'changed' | null>(null);

  async function onSubmit(event: SyntheticEvent) {
    event.preventDefault();
    if (front.trim() === '' || back.trim() === '') {
      setProblem('empty');
      return;
    }
    const outcome = await save({ front, back });
    if (outcome === 'saved') {
      onDone();
      return;
    }
    setProblem(outcome === 'changed' ? 'changed' : null);
  }

  return (
    <form
      className="card-text-form"
      aria-label={title}
      onSubmit={(event) => void onSubmit(event)}
      onKeyDown={(event) => {
        if (event.key === 'Escape') onDone();
      }}
    >
      <label>
        {text.front}
        <textarea
          lang={lang}
          value={front}
          autoFocus
          onChange={(event) => {
            setFront(event.target.value);
          }}
        />
      </label>
      <label>
        {text.back}
        <textarea
          lang={lang}
          value={back}
          onChange={(event) => {
            setBack(event.target.value);
          }}
        />
      </label>
      {problem === 'empty' && <p role="alert">{text.empty}</p>}
      {problem === 'changed' && conflict}
      <div className="card-text-form__buttons">
        <button type="submit">{text.save}</button>
        <button type="button" onClick={onDone}>
          {text.cancel}
        </button>
      </div>
    </form>
  );
}
