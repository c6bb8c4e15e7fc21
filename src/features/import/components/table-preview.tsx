import { useId, useMemo, useState } from 'react';
import {
  columnNames,
  tableDeck,
  type ColumnMapping,
  type TableChoices,
} from '../../../domain/import/card-table.ts';
import { useTranslation } from '../../../i18n/i18n.ts';
import { useImportStore, type ImportItem } from '../import-store.ts';
import { useAddDeck } from '../hooks/use-add-deck.ts';

type TableItem = Extract<ImportItem, { status: 'table' }>;

/** Cards listed in the preview; the count says how many more there are. */
const SHOWN = 50;

/**
 * A card list before anything is stored: whether its first row is a header, which column is the
 * front, the back and the tags, and the cards that reading gives. "Add deck" stores them.
 */
export function TablePreview({ item }: { item: TableItem }) {
  const { t } = useTranslation();
  const id = useId();
  const addTableDeck = useImportStore((state) => state.addTableDeck);
  const dismiss = useImportStore((state) => state.dismiss);
  const [choices, setChoices] = useState<TableChoices>(item.table.choices);
  const [title, setTitle] = useState(item.fileName.replace(/\.[^.]*$/, ''));
  const deck = useMemo(
    () => tableDeck(item.table, choices, item.fileName),
    [item.table, item.fileName, choices],
  );
  const names = columnNames(item.table, choices.firstRowIsHeader);
  const columns = Array.from({ length: item.table.columns }, (_, index) => ({
    index,
    label:
      names?.[index] === undefined || names[index] === ''
        ? t('import.table.column', { number: index + 1 })
        : t('import.table.namedColumn', { number: index + 1, name: names[index] }),
  }));

  const setColumn = (side: keyof ColumnMapping, value: string) => {
    const column = value === '' ? null : Number(value);
    setChoices({ ...choices, mapping: { ...choices.mapping, [side]: column } });
  };
  const { saving, error, save } = useAddDeck((now) => addTableDeck(item.id, title, choices, now));

  return (
    <section className="deck-preview" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>{t('import.table.heading')}</h2>
      <p className="muted">{t('import.preview.file', { file: item.fileName })}</p>
      {item.encoding === 'windows-1252' && <p role="note">{t('import.preview.windows1252')}</p>}
      <p>
        <label htmlFor={`${id}-title`}>{t('import.preview.deckTitle')}</label>{' '}
        <input
          id={`${id}-title`}
          value={title}
          onChange={(event) => {
            setTitle(event.target.value);
          }}
        />
      </p>
      {item.table.columnNames === null && (
        <p>
          <label>
            <input
              type="checkbox"
              checked={choices.firstRowIsHeader}
              onChange={(event) => {
                setChoices({ ...choices, firstRowIsHeader: event.target.checked });
              }}
            />{' '}
            {t('import.table.firstRowIsHeader')}
          </label>
        </p>
      )}
      <p className="table-mapping">
        {(['front', 'back', 'tags'] as const).map((side) => (
          <label key={side}>
            {t(`import.table.${side}`)}{' '}
            <select
              value={choices.mapping[side] ?? ''}
              onChange={(event) => {
                setColumn(side, event.target.value);
              }}
            >
              {side === 'tags' && <option value="">{t('import.table.noTags')}</option>}
              {columns.map((column) => (
                <option key={column.index} value={column.index}>
                  {column.label}
                </option>
              ))}
            </select>{' '}
          </label>
        ))}
      </p>
      <p aria-live="polite">
        {deck.cards.length === 0
          ? t('import.table.none')
          : t('import.table.cards', { count: deck.cards.length })}
      </p>
      {deck.cards.length > SHOWN && <p>{t('import.table.showing', { shown: SHOWN })}</p>}
      <ul className="preview-cards" lang={deck.language}>
        {deck.cards.slice(0, SHOWN).map((card) => (
          <li key={card.id} className="preview-card">
            <div className="preview-card__text">
              <p>
                <strong>{card.front}</strong>
              </p>
              <p>{card.back}</p>
              {card.tags !== undefined && card.tags.length > 0 && (
                <p className="muted">{card.tags.join(' ')}</p>
              )}
            </div>
          </li>
        ))}
      </ul>
      {error !== null && (
        <p role="alert">{t('import.failed', { file: item.fileName, message: error })}</p>
      )}
      <p>
        <button
          type="button"
          disabled={saving || deck.cards.length === 0}
          onClick={() => void save()}
        >
          {saving ? t('import.preview.adding') : t('import.preview.addDeck')}
        </button>{' '}
        <button
          type="button"
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
