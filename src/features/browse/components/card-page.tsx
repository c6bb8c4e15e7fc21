import { Link, useParams } from 'react-router';
import { useTranslation } from '../../../i18n/i18n.ts';
import { clock } from '../../../config/clock.ts';
import { paths } from '../../../config/paths.ts';
import { useFormatters } from '../../../components/use-formatters.ts';
import { State } from '../../../domain/scheduling/scheduler.ts';
import { deckWeights } from '../../../domain/scheduling/retrievability.ts';
import { difficultyPercent, recallProbability } from '../../../domain/stats/card-stats.ts';
import { useCardHistory } from '../hooks/use-browse.ts';
import { ReviewHistory } from './review-history.tsx';
import { ActionNotice } from './action-notice.tsx';
import { CardPageActions } from './card-page-actions.tsx';
import { CardPageText } from './card-page-text.tsx';
import { stateLabelKey } from '../../../i18n/fsrs-labels.ts';
import '../browse.css';

/** One card: its text, its FSRS state and next due date, and every answer it was given. */
export function CardPage() {
  const { t } = useTranslation();
  const format = useFormatters();
  const { deckId = '', cardId = '' } = useParams();
  const history = useCardHistory(deckId, cardId);
  if (history === null) return <p>{t('app.loading')}</p>;
  if (history === undefined) return <p role="alert">{t('browse.card.notFound', { cardId })}</p>;
  const { card, deck, logs, reviews } = history;
  const lang = deck.language;
  const now = clock.now();
  const studied = card.state !== State.New;
  const recall = recallProbability(card, now, deckWeights(deck.options));
  const flags = [
    card.suspended ? t('browse.card.suspended') : null,
    card.buriedUntil !== null && card.buriedUntil > now
      ? t('browse.card.buriedUntil', { date: format.dateTime(card.buriedUntil) })
      : null,
  ].filter((flag) => flag !== null);
  const fsrs: [string, string][] = [
    [t('browse.card.state'), [t(stateLabelKey(card.state)), ...flags].join(', ')],
    [t('browse.card.due'), studied ? format.dateTime(card.due) : t('browse.card.notScheduled')],
    ...(studied
      ? ([
          [t('browse.card.interval'), t('stats.days', { count: card.scheduled_days })],
          [
            t('browse.card.stability'),
            t('stats.days', { count: Math.round(card.stability * 10) / 10 }),
          ],
          [t('browse.card.difficulty'), format.percent(difficultyPercent(card.difficulty) / 100)],
          [
            t('browse.card.retrievability'),
            recall === null ? t('browse.none') : format.percent(recall),
          ],
          [
            t('browse.card.lastReview'),
            card.last_review ? format.dateTime(card.last_review) : t('browse.none'),
          ],
        ] as [string, string][])
      : []),
    [t('browse.card.reps'), format.number(card.reps)],
    [t('browse.card.lapses'), format.number(card.lapses)],
  ];
  return (
    <article className="card-page" aria-labelledby="card-title">
      <p>
        <Link to={paths.browse.build(deckId)}>{t('browse.card.back')}</Link> ·{' '}
        <span lang={lang}>{deck.title}</span>
      </p>
      <CardPageText card={card} lang={lang} />
      <CardPageActions card={card} deck={deck} reviews={reviews} />
      <ActionNotice />
      <h2>{t('browse.card.fsrs')}</h2>
      <dl className="card-page__fsrs">
        {fsrs.map(([term, value]) => (
          <div key={term}>
            <dt>{term}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
      <h2>{t('browse.card.history')}</h2>
      <ReviewHistory logs={logs} />
    </article>
  );
}
