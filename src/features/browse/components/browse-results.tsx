import '../../../components/ui/ui.css';
import { Link } from 'react-router';
import { useTranslation } from '../../../i18n/i18n.ts';
import { paths } from '../../../config/paths.ts';
import { useFormatters } from '../../../components/use-formatters.ts';
import { difficultyPercent } from '../../../domain/stats/card-stats.ts';
import {
  BROWSE_SORTS,
  type BrowseRow,
  type BrowseSort,
} from '../../../domain/stats/card-browser.ts';
import { State } from '../../../domain/scheduling/scheduler.ts';
import type { CardRecord, DeckRecord } from '../../../storage/db.ts';
import { MarkedText } from './marked-text.tsx';
import { readableCardText } from '../../../domain/media/card-media.ts';

/** A column per sort but document order, which has none. */
const COLUMNS = BROWSE_SORTS.filter((sort) => sort !== 'position');

interface BrowseResultsProps {
  /** The rows of the current page. */
  rows: readonly BrowseRow<CardRecord>[];
  /** Where the page starts among all matching rows. */
  offset: number;
  decks: ReadonlyMap<string, DeckRecord>;
  /** The search's normalised terms, marked in front and answer. */
  terms: readonly string[];
  selected: ReadonlySet<string>;
  /** A row's checkbox was clicked: its index among all rows, and whether Shift was held. */
  onToggle: (index: number, shift: boolean) => void;
  sort: BrowseSort;
  descending: boolean;
  onSort: (sort: BrowseSort) => void;
  now: Date;
}

/** One page of matching cards as a table: selectable rows, sortable columns, matches marked. */
export function BrowseResults(props: BrowseResultsProps) {
  const { rows, offset, decks, terms, selected, onToggle, sort, descending, onSort, now } = props;
  const { t } = useTranslation();
  const format = useFormatters();
  return (
    <table className="table browse__table">
      <thead>
        <tr>
          <th scope="col" aria-label={t('browse.select.column')} />
          {COLUMNS.map((column) => (
            <th
              key={column}
              scope="col"
              aria-sort={column === sort ? (descending ? 'descending' : 'ascending') : undefined}
            >
              <button
                type="button"
                className="browse__sort"
                onClick={() => {
                  onSort(column);
                }}
              >
                {t(`browse.columns.${column}`)}
              </button>
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map(({ card, status, retrievability }, index) => {
          const studied = card.state !== State.New;
          const deck = decks.get(card.deckId);
          const lang = deck?.language ?? '';
          const buried = card.buriedUntil !== null && card.buriedUntil > now;
          return (
            <tr key={card.id} aria-selected={selected.has(card.id)}>
              <td>
                <input
                  type="checkbox"
                  aria-label={t('browse.select.card', { front: readableCardText(card.front) })}
                  checked={selected.has(card.id)}
                  readOnly
                  onClick={(event) => {
                    onToggle(offset + index, event.shiftKey);
                  }}
                />
              </td>
              <th scope="row" lang={lang} className="browse__front">
                <Link to={paths.card.build(card.deckId, card.id)}>
                  <MarkedText text={readableCardText(card.front)} terms={terms} lang={lang} />
                </Link>
              </th>
              <td lang={lang} className="browse__front">
                <MarkedText text={readableCardText(card.back)} terms={terms} lang={lang} />
              </td>
              <td lang={lang}>{deck?.title ?? card.deckId}</td>
              <td>{t(`deck.kind.${card.kind}`)}</td>
              <td>
                {t(`browse.statuses.${status}`)}
                {buried && `, ${t('browse.buried')}`}
              </td>
              <td>{studied ? format.dateTime(card.due) : t('browse.none')}</td>
              <td>
                {studied ? t('stats.days', { count: card.scheduled_days }) : t('browse.none')}
              </td>
              <td>
                {studied
                  ? format.percent(difficultyPercent(card.difficulty) / 100)
                  : t('browse.none')}
              </td>
              <td>{retrievability === null ? t('browse.none') : format.percent(retrievability)}</td>
              <td>{format.number(card.lapses)}</td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
