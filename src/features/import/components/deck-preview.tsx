import { useEffect, useId, useMemo, useRef, useState } from 'react';
import { CARD_KINDS, type DeckCard } from '../../../domain/deck/deck-types.ts';
import { useTranslation } from '../../../i18n/i18n.ts';
import { useImportStore, type ImportItem } from '../import-store.ts';
import { useAddDeck } from '../hooks/use-add-deck.ts';
import { LanguageSelect } from './language-select.tsx';
import { PreviewCard } from './preview-card.tsx';
import { SkippedList } from './skipped-list.tsx';

type ReadyItem = Extract<ImportItem, { status: 'ready' }>;

/** Cards shown per kind until "Show all": a long document's thousands would freeze the page. */
const SHOWN_PER_KIND = 50;
type CardText = Pick<DeckCard, 'front' | 'back'>;

/**
 * The proposed deck of one document, before anything is stored: its title and language
 * (changeable), every card by kind with a checkbox and inline edit. "Add deck" stores it.
 */
export function DeckPreview({ item }: { item: ReadyItem }) {
  const { t } = useTranslation();
  const id = useId();
  const addDeck = useImportStore((state) => state.addDeck);
  const dismiss = useImportStore((state) => state.dismiss);
  const [title, setTitle] = useState(item.title ?? item.deck.title);
  const [language, setLanguage] = useState(item.deck.language);
  const [excluded, setExcluded] = useState<ReadonlySet<string>>(new Set());
  const [edits, setEdits] = useState<ReadonlyMap<string, CardText>>(new Map());
  const [expanded, setExpanded] = useState<ReadonlySet<string>>(new Set());

  const choices = { title, language, excluded, edits };
  // Grouped once: a long document has tens of thousands of cards, and typing a title must not
  // walk them all on every key.
  const byKind = useMemo(() => {
    const groups = new Map(CARD_KINDS.map((kind) => [kind, [] as DeckCard[]]));
    for (const card of item.deck.cards) groups.get(card.kind)?.push(card);
    return groups;
  }, [item.deck]);
  const selected = item.deck.cards.length - excluded.size;

  const { saving, error, save } = useAddDeck((now) => addDeck(item.id, choices, now));
  // The pasted text's form (and its Make cards button, which had the focus) is gone once the
  // preview is here: its heading takes the focus, so a screen reader reads that it came.
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (document.activeElement === null || document.activeElement === document.body) {
      heading.current?.focus();
    }
  }, []);

  return (
    <section className="deck-preview" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`} ref={heading} tabIndex={-1}>
        {t('import.preview.heading')}
      </h2>
      <p className="muted">{t('import.preview.file', { file: item.fileName })}</p>
      {item.encoding === 'windows-1252' && <p role="note">{t('import.preview.windows1252')}</p>}
      {item.merged > 0 && <p>{t('import.preview.merged', { count: item.merged })}</p>}
      <p>
        <label htmlFor={`${id}-title`}>{t('import.preview.deckTitle')}</label>{' '}
        <input
          id={`${id}-title`}
          lang={language}
          value={title}
          onChange={(event) => {
            setTitle(event.target.value);
          }}
        />
      </p>
      <LanguageSelect value={language} onChange={setLanguage} />
      {CARD_KINDS.map((kind) => {
        const cards = byKind.get(kind) ?? [];
        if (cards.length === 0) return null;
        return (
          <fieldset key={kind}>
            <legend>
              {t(`deck.kind.${kind}`)} ({cards.length})
            </legend>
            <ul className="preview-cards">
              {(expanded.has(kind) ? cards : cards.slice(0, SHOWN_PER_KIND)).map((card) => (
                <PreviewCard
                  key={card.id}
                  card={{ ...card, ...edits.get(card.id) }}
                  lang={language}
                  included={!excluded.has(card.id)}
                  onToggle={(included) => {
                    const next = new Set(excluded);
                    if (included) next.delete(card.id);
                    else next.add(card.id);
                    setExcluded(next);
                  }}
                  onEdit={(text) => {
                    setEdits(new Map(edits).set(card.id, text));
                  }}
                />
              ))}
            </ul>
            {!expanded.has(kind) && cards.length > SHOWN_PER_KIND && (
              <button
                type="button"
                onClick={() => {
                  setExpanded(new Set(expanded).add(kind));
                }}
              >
                {t('import.preview.showAll', { count: cards.length })}
              </button>
            )}
          </fieldset>
        );
      })}
      <SkippedList skipped={item.skipped} />
      <p aria-live="polite">
        {selected === 0
          ? t('import.preview.noneSelected')
          : t('import.preview.selected', { selected, total: item.deck.cards.length })}
      </p>
      {error !== null && (
        <p role="alert">{t('import.failed', { file: item.fileName, message: error })}</p>
      )}
      <p>
        <button type="button" disabled={saving || selected === 0} onClick={() => void save()}>
          {saving ? t('import.preview.adding') : t('import.preview.addDeck')}
        </button>{' '}
        <button
          type="button"
          disabled={saving}
          onClick={() => {
            dismiss(item.id);
          }}
        >
          {t('import.preview.discard')}
        </button>
      </p>
    </section>
  );
}
