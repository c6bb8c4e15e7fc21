import { useTranslation } from '../../../i18n/i18n.ts';
import { CARD_KINDS } from '../../../domain/deck/deck-types.ts';
import { BROWSE_SORTS, type BrowseQuery } from '../../../domain/stats/card-browser.ts';
import { CARD_STATUSES } from '../../../domain/stats/classify.ts';
import type { DeckRecord } from '../../../storage/db.ts';
import { DeckOptions } from '../../../components/deck-options.tsx';

interface BrowseFiltersProps {
  query: BrowseQuery;
  decks: readonly DeckRecord[];
  onChange: (query: BrowseQuery) => void;
}

/** Search box, deck, state and kind filters, and the sort order of the card browser. */
export function BrowseFilters({ query, decks, onChange }: BrowseFiltersProps) {
  const { t } = useTranslation();
  return (
    <form
      className="browse__filters"
      role="search"
      onSubmit={(event) => {
        event.preventDefault();
      }}
    >
      <label className="browse__search">
        {t('browse.search')}
        <input
          type="search"
          value={query.text}
          aria-describedby="browse-search-hint"
          onChange={(event) => {
            onChange({ ...query, text: event.target.value });
          }}
        />
      </label>
      <p id="browse-search-hint" className="muted browse__hint">
        {t('browse.searchHint')}
      </p>
      <label>
        {t('browse.deck')}
        <select
          value={query.deckId ?? ''}
          onChange={(event) => {
            const deckId = event.target.value;
            onChange({ ...query, deckId: deckId === '' ? undefined : deckId });
          }}
        >
          <option value="">{t('browse.allDecks')}</option>
          <DeckOptions decks={decks} />
        </select>
      </label>
      <label>
        {t('browse.status')}
        <select
          value={query.status}
          onChange={(event) => {
            onChange({ ...query, status: event.target.value as BrowseQuery['status'] });
          }}
        >
          <option value="all">{t('browse.all')}</option>
          {CARD_STATUSES.map((status) => (
            <option key={status} value={status}>
              {t(`browse.statuses.${status}`)}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t('browse.kind')}
        <select
          value={query.kind}
          onChange={(event) => {
            onChange({ ...query, kind: event.target.value as BrowseQuery['kind'] });
          }}
        >
          <option value="all">{t('browse.all')}</option>
          {CARD_KINDS.map((kind) => (
            <option key={kind} value={kind}>
              {t(`deck.kind.${kind}`)}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t('browse.sort')}
        <select
          value={query.sort}
          onChange={(event) => {
            onChange({
              ...query,
              sort: event.target.value as BrowseQuery['sort'],
              descending: false,
            });
          }}
        >
          {BROWSE_SORTS.map((sort) => (
            <option key={sort} value={sort}>
              {t(`browse.sorts.${sort}`)}
            </option>
          ))}
        </select>
      </label>
    </form>
  );
}
