import { Link } from 'react-router';
import { useTranslation } from '../../../i18n/i18n.ts';
import { clock } from '../../../config/clock.ts';
import { paths } from '../../../config/paths.ts';
import { useStudyStore } from '../study-store.ts';
import { unburyCards, useNextSteps } from '../hooks/use-next-steps.ts';
import { StudyMore } from './study-more.tsx';

/**
 * The way on from a finished session: more new cards today, unbury, quiz this deck, the next
 * deck with cards due.
 */
export function NextSteps({ deckId }: { deckId: string }) {
  const { t } = useTranslation();
  const steps = useNextSteps(deckId);
  const start = useStudyStore((state) => state.start);
  if (steps === undefined) return null;
  const { buriedIds, dueTomorrow, nextDeck, newLeft } = steps;
  return (
    <nav className="next-steps" aria-label={t('study.next.title')}>
      <h2>{t('study.next.title')}</h2>
      <p>{t('study.next.dueTomorrow', { count: dueTomorrow })}</p>
      {newLeft > 0 && <StudyMore deckId={deckId} newLeft={newLeft} />}
      <ul>
        {buriedIds.length > 0 && (
          <li>
            <button
              type="button"
              onClick={() => {
                const now = clock.now();
                void unburyCards(buriedIds, now).then(() => start(deckId, clock.now()));
              }}
            >
              {t('study.next.unbury', { count: buriedIds.length })}
            </button>
          </li>
        )}
        <li>
          <Link to={paths.quiz.build(deckId)}>{t('study.next.quiz')}</Link>
        </li>
        {nextDeck !== null && (
          <li>
            <Link to={paths.study.build(nextDeck.id)}>
              {t('study.next.deck')} <span lang={nextDeck.language}>{nextDeck.title}</span>
            </Link>
          </li>
        )}
        <li>
          <Link to={paths.home.build()}>{t('study.next.decks')}</Link>
        </li>
      </ul>
    </nav>
  );
}
