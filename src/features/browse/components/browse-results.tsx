import { Link } from 'react-router';
import { useTranslation } from '../../../i18n/i18n.ts';
import { paths } from '../../../config/paths.ts';
import { useFormatters } from '../../../components/use-formatters.ts';
import { difficultyPercent } from '../../../domain/stats/card-stats.ts';
import type { BrowseRow } from '../../../domain/stats/card-browser.ts';
import { State } from '../../../domain/scheduling/scheduler.ts';
import type { CardRecord } from '../../../storage/db.ts';

interface BrowseResultsProps {
  deckId: string;
  lang: string;
  /** The rows of the current page. */
  rows: readonly BrowseRow<CardRecord>[];
}

/** One page of matching cards as a table; the front links to the card's page. */
export function BrowseResults({ deckId, lang, rows }: BrowseResultsProps) {
  const { t } = useTranslation();
  const format = useFormatters();
  const columns = ['front', 'kind', 'status', 'due', 'difficulty', 'retrievability'] as const;
  return (
    <table className="browse__table">
      <thead>
        <tr>
          {columns.map((column) => (
            <th key={column} scope="col">
              {t(`browse.columns.${column}`)}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map(({ card, status, retrievability }) => {
          const studied = card.state !== State.New;
          return (
            <tr key={card.id}>
              <th scope="row" lang={lang} className="browse__front">
                <Link to={paths.card.build(deckId, card.id)}>{card.front}</Link>
              </th>
              <td>{t(`deck.kind.${card.kind}`)}</td>
              <td>{t(`browse.statuses.${status}`)}</td>
              <td>{studied ? format.dateTime(card.due) : t('browse.none')}</td>
              <td>
                {studied
                  ? format.percent(difficultyPercent(card.difficulty) / 100)
                  : t('browse.none')}
              </td>
              <td>{retrievability === null ? t('browse.none') : format.percent(retrievability)}</td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
