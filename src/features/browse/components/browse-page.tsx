import { useDeferredValue, useMemo, useState } from 'react';
import { Link, useParams } from 'react-router';
import { useTranslation } from '../../../i18n/i18n.ts';
import { clock } from '../../../config/clock.ts';
import { paths } from '../../../config/paths.ts';
import {
  browseCards,
  searchableText,
  type BrowseQuery,
} from '../../../domain/stats/card-browser.ts';
import { useBrowseData } from '../hooks/use-browse.ts';
import { BrowseFilters } from './browse-filters.tsx';
import { BrowseResults } from './browse-results.tsx';
import { Pager } from '../../../components/ui/pager.tsx';
import '../browse.css';

/** Rows per page: a table of this size renders at once even on slow phones. */
const PAGE_SIZE = 50;
const INITIAL_QUERY: BrowseQuery = { text: '', status: 'all', kind: 'all', sort: 'position' };

/** The card browser of one deck: search, filters, sort, a page of results at a time. */
export function BrowsePage() {
  const { t } = useTranslation();
  const { deckId = '' } = useParams();
  const data = useBrowseData(deckId);
  const [query, setQuery] = useState(INITIAL_QUERY);
  const [page, setPage] = useState(0);
  // Typing stays responsive in large decks: filtering follows the box a moment later.
  const deferredQuery = useDeferredValue(query);
  const lang = data?.deck.language ?? '';
  const searchIndex = useMemo(
    () => new Map(data?.cards.map((card) => [card.id, searchableText(card, lang)]) ?? []),
    [data, lang],
  );
  const rows = useMemo(
    () =>
      data ? browseCards(data.cards, deferredQuery, { now: clock.now(), lang, searchIndex }) : [],
    [data, deferredQuery, lang, searchIndex],
  );
  if (data === null) return <p>{t('app.loading')}</p>;
  if (data === undefined) return <p role="alert">{t('browse.notFound', { deckId })}</p>;
  const lastPage = Math.max(0, Math.ceil(rows.length / PAGE_SIZE) - 1);
  const shown = Math.min(page, lastPage);
  return (
    <article className="browse" aria-labelledby="browse-title">
      <h1 id="browse-title">{t('browse.title')}</h1>
      <p>
        <Link to={paths.deck.build(deckId)} lang={lang}>
          {data.deck.title}
        </Link>{' '}
        · <Link to={paths.deckStats.build(deckId)}>{t('browse.statsLink')}</Link>
      </p>
      <BrowseFilters
        query={query}
        onChange={(next) => {
          setQuery(next);
          setPage(0);
        }}
      />
      <p aria-live="polite">{t('browse.results', { count: rows.length })}</p>
      {rows.length === 0 ? (
        <p>{t('browse.noResults')}</p>
      ) : (
        <BrowseResults
          deckId={deckId}
          lang={lang}
          rows={rows.slice(shown * PAGE_SIZE, (shown + 1) * PAGE_SIZE)}
        />
      )}
      <Pager page={shown} pageSize={PAGE_SIZE} total={rows.length} onPage={setPage} />
    </article>
  );
}
