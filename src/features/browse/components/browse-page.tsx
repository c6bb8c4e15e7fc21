import { useDeferredValue, useMemo, useState } from 'react';
import { useParams, useSearchParams } from 'react-router';
import { useTranslation } from '../../../i18n/i18n.ts';
import { clock } from '../../../config/clock.ts';
import {
  browseCards,
  searchableText,
  type BrowseQuery,
} from '../../../domain/stats/card-browser.ts';
import { weightsByDeck } from '../../../domain/scheduling/retrievability.ts';
import { searchTerms } from '../../../domain/stats/search-text.ts';
import { nextStudyDayStart } from '../../../domain/study/study-day.ts';
import { addCard, useBrowseData } from '../hooks/use-browse.ts';
import { AddCardForm } from '../../../components/add-card-form.tsx';
import { clickSelection } from '../selection.ts';
import { BrowseFilters } from './browse-filters.tsx';
import { BrowseResults } from './browse-results.tsx';
import { BulkActions } from './bulk-actions.tsx';
import { ActionNotice } from './action-notice.tsx';
import { Pager } from '../../../components/ui/pager.tsx';
import '../browse.css';

/** Rows per page: a table of this size renders at once even on slow phones. */
const PAGE_SIZE = 50;

/**
 * The card browser of the whole collection: search over both sides (matches marked), filters
 * (deck, state, kind), sortable columns, a page of results at a time, and actions on the
 * selected cards. Opened from a deck (`/decks/:deckId/cards` or `/cards?deck=…`), it starts
 * filtered to that deck.
 */
export function BrowsePage() {
  const { t } = useTranslation();
  const { deckId: routeDeck } = useParams();
  const [searchParams] = useSearchParams();
  const data = useBrowseData();
  const [query, setQuery] = useState<BrowseQuery>(() => ({
    text: '',
    status: 'all',
    kind: 'all',
    sort: 'position',
    deckId: routeDeck ?? searchParams.get('deck') ?? undefined,
  }));
  const [page, setPage] = useState(0);
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  const [anchor, setAnchor] = useState<number | null>(null);
  const [adding, setAdding] = useState(false);
  // Typing stays responsive in large collections: filtering follows the box a moment later.
  const deferredQuery = useDeferredValue(query);
  const decks = useMemo(() => new Map(data?.decks.map((deck) => [deck.id, deck])), [data]);
  const lang = query.deckId === undefined ? '' : (decks.get(query.deckId)?.language ?? '');
  const searchIndex = useMemo(
    () =>
      new Map(
        data?.cards.map((card) => [
          card.id,
          searchableText(card, decks.get(card.deckId)?.language ?? ''),
        ]) ?? [],
      ),
    [data, decks],
  );
  const deckWeights = useMemo(() => weightsByDeck(data?.decks ?? []), [data]);
  const rows = useMemo(
    () =>
      data
        ? browseCards(data.cards, deferredQuery, {
            now: clock.now(),
            lang,
            deckWeights,
            searchIndex,
          })
        : [],
    [data, deferredQuery, lang, deckWeights, searchIndex],
  );
  if (data === null) return <p>{t('app.loading')}</p>;
  const lastPage = Math.max(0, Math.ceil(rows.length / PAGE_SIZE) - 1);
  const shown = Math.min(page, lastPage);
  const ids = rows.map((row) => row.card.id);
  const selectedIds = ids.filter((id) => selected.has(id));
  const now = clock.now();
  const latestHour = Math.max(4, ...data.decks.map((deck) => deck.options.nextDayStartsAt));
  return (
    <article className="browse" aria-labelledby="browse-title">
      <h1 id="browse-title">{t('browse.title')}</h1>
      {adding ? (
        <AddCardForm
          decks={data.decks}
          deckId={query.deckId ?? data.decks[0]?.id ?? ''}
          onAdd={addCard}
          onClose={() => {
            setAdding(false);
          }}
        />
      ) : (
        <button
          type="button"
          disabled={data.decks.length === 0}
          onClick={() => {
            setAdding(true);
          }}
        >
          {t('addCard.open')}
        </button>
      )}
      <BrowseFilters
        query={query}
        decks={data.decks}
        onChange={(next) => {
          setQuery(next);
          setPage(0);
          setAnchor(null);
        }}
      />
      <p aria-live="polite">{t('browse.results', { count: rows.length })}</p>
      <div className="confirm-panel__buttons">
        <button
          type="button"
          disabled={rows.length === 0}
          onClick={() => {
            setSelected(new Set(ids));
          }}
        >
          {t('browse.select.all', { count: rows.length })}
        </button>
        <button
          type="button"
          disabled={selectedIds.length === 0}
          onClick={() => {
            setSelected(new Set());
          }}
        >
          {t('browse.select.none')}
        </button>
      </div>
      {selectedIds.length > 0 && (
        <BulkActions
          selected={selectedIds}
          decks={data.decks}
          buryUntil={nextStudyDayStart(now, latestHour)}
          onDeleted={() => {
            setSelected(new Set());
          }}
        />
      )}
      <ActionNotice />
      {rows.length === 0 ? (
        <p>{t('browse.noResults')}</p>
      ) : (
        <div className="table-scroll">
          <BrowseResults
            rows={rows.slice(shown * PAGE_SIZE, (shown + 1) * PAGE_SIZE)}
            offset={shown * PAGE_SIZE}
            decks={decks}
            terms={searchTerms(deferredQuery.text, lang)}
            selected={selected}
            onToggle={(index, shift) => {
              setSelected(clickSelection(selected, ids, index, anchor, shift));
              setAnchor(index);
            }}
            sort={query.sort}
            descending={query.descending === true}
            onSort={(sort) => {
              setQuery({
                ...query,
                sort,
                descending: sort === query.sort ? query.descending !== true : false,
              });
            }}
            now={now}
          />
        </div>
      )}
      <Pager page={shown} pageSize={PAGE_SIZE} total={rows.length} onPage={setPage} />
    </article>
  );
}
