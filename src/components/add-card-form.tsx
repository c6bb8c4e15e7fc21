import './ui/ui.css';
import { useRef, useState, type SyntheticEvent } from 'react';
import { useTranslation } from '../i18n/i18n.ts';
import { describeError } from './describe-error.ts';
import type { HandCardInput, HandCardProblem } from '../domain/deck/hand-made-cards.ts';

export interface AddCardDeck {
  readonly id: string;
  readonly title: string;
  readonly language: string;
}

/** What adding gave: the cards stored, or why none was. */
export type AddCardOutcome =
  | { readonly ok: true; readonly cards: readonly unknown[] }
  | { readonly ok: false; readonly problem: HandCardProblem };

interface AddCardFormProps {
  /** The decks to choose from; with one, no choice is shown. */
  decks: readonly AddCardDeck[];
  /** The deck chosen when the form opens. */
  deckId: string;
  onAdd: (deckId: string, input: HandCardInput) => Promise<AddCardOutcome>;
  onClose: () => void;
}

type Kind = HandCardInput['type'];

const EMPTY = { front: '', back: '', context: '' };

/**
 * "Add a card": a basic card (front, back, context) or a cloze note in Anki's `{{c1::…}}`
 * syntax, in the chosen deck's language. "Add" stores and closes; "Add and next" stores, empties
 * the fields and puts the cursor back in the first, for the next card.
 */
export function AddCardForm({ decks, deckId, onAdd, onClose }: AddCardFormProps) {
  const { t } = useTranslation();
  const [chosen, setChosen] = useState(deckId);
  const [kind, setKind] = useState<Kind>('basic');
  const [fields, setFields] = useState(EMPTY);
  const [message, setMessage] = useState<{ alert: boolean; text: string } | null>(null);
  const first = useRef<HTMLTextAreaElement>(null);
  const deck = decks.find((candidate) => candidate.id === chosen) ?? decks[0];
  const lang = deck?.language;

  async function add(andNext: boolean) {
    if (deck === undefined) return;
    const input: HandCardInput =
      kind === 'basic'
        ? { type: 'basic', ...fields }
        : { type: 'cloze', text: fields.front, extra: fields.context };
    let outcome: AddCardOutcome;
    try {
      outcome = await onAdd(deck.id, input);
    } catch (error) {
      setMessage({ alert: true, text: t('addCard.failed', { reason: describeError(error, t) }) });
      return;
    }
    if (!outcome.ok) {
      setMessage({ alert: true, text: problemText(outcome.problem) });
      return;
    }
    if (!andNext) {
      onClose();
      return;
    }
    setFields(EMPTY);
    setMessage({
      alert: false,
      text: t('addCard.added', { count: outcome.cards.length, deck: deck.title }),
    });
    first.current?.focus();
  }

  function problemText(problem: HandCardProblem): string {
    switch (problem.code) {
      case 'noFront':
      case 'noBack':
      case 'zero':
        return t(`addCard.problem.${problem.code}`);
      case 'noCloze':
        return t('addCard.problem.noCloze', { example: '{{c1::…}}' });
      case 'unclosed':
      case 'nested':
      case 'empty':
        return t(`addCard.problem.${problem.code}`, { cloze: `c${String(problem.number)}` });
    }
  }

  function onSubmit(event: SyntheticEvent) {
    event.preventDefault();
    void add(false);
  }

  const field = (name: keyof typeof EMPTY, label: string, autoFocus = false) => (
    <label>
      {label}
      <textarea
        ref={autoFocus ? first : undefined}
        lang={lang}
        value={fields[name]}
        autoFocus={autoFocus}
        onChange={(event) => {
          setFields({ ...fields, [name]: event.target.value });
        }}
      />
    </label>
  );

  return (
    <form className="add-card-form" aria-label={t('addCard.title')} onSubmit={onSubmit}>
      <h2>{t('addCard.title')}</h2>
      {decks.length > 1 && (
        <label>
          {t('addCard.deck')}{' '}
          <select
            value={deck?.id}
            onChange={(event) => {
              setChosen(event.target.value);
            }}
          >
            {decks.map((option) => (
              <option key={option.id} value={option.id} lang={option.language}>
                {option.title}
              </option>
            ))}
          </select>
        </label>
      )}
      <fieldset>
        <legend>{t('addCard.type')}</legend>
        {(['basic', 'cloze'] as const).map((option) => (
          <label key={option}>
            <input
              type="radio"
              name="add-card-type"
              checked={kind === option}
              onChange={() => {
                setKind(option);
                setMessage(null);
              }}
            />{' '}
            {t(`addCard.${option}`)}
          </label>
        ))}
      </fieldset>
      {kind === 'basic' ? (
        <>
          {field('front', t('addCard.front'), true)}
          {field('back', t('addCard.back'))}
          {field('context', t('addCard.context'))}
        </>
      ) : (
        <>
          {field('front', t('addCard.text'), true)}
          <p className="muted">
            {t('addCard.clozeHelp', {
              cloze: '{{c1::…}}',
              hinted: `{{c1::…::${t('addCard.hintWord')}}}`,
            })}
          </p>
          {field('context', t('addCard.extra'))}
        </>
      )}
      {message !== null && <p role={message.alert ? 'alert' : 'status'}>{message.text}</p>}
      <div className="confirm-panel__buttons">
        <button type="submit">{t('addCard.add')}</button>
        <button type="button" onClick={() => void add(true)}>
          {t('addCard.addNext')}
        </button>
        <button type="button" onClick={onClose}>
          {t('addCard.close')}
        </button>
      </div>
    </form>
  );
}
