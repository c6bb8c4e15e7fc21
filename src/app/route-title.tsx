import { useEffect } from 'react';
import { matchPath, useLocation } from 'react-router';
import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation, type TFunction } from '../i18n/i18n.ts';
import { paths } from '../config/paths.ts';
import { db } from '../storage/database.ts';
import { getDeck } from '../storage/deck-repository.ts';

/** Each screen's title, by route; `{{deck}}` is the deck's title on a deck's screens. */
const TITLES = [
  [paths.home.pattern, 'decks'],
  [paths.browse.pattern, 'browse'],
  [paths.stats.pattern, 'stats'],
  [paths.settings.pattern, 'settings'],
  [paths.multiQuiz.pattern, 'multiQuiz'],
  [paths.study.pattern, 'study'],
  [paths.deckStats.pattern, 'deckStats'],
  [paths.quiz.pattern, 'quiz'],
  [paths.cards.pattern, 'cards'],
  [paths.card.pattern, 'card'],
  [paths.deck.pattern, 'deck'],
] as const;

function pageTitle(pathname: string, deckTitle: string | undefined, t: TFunction): string {
  for (const [pattern, key] of TITLES) {
    if (matchPath(pattern, pathname) !== null) {
      return t(`app.titles.${key}`, { deck: deckTitle ?? t('app.titles.aDeck') });
    }
  }
  return t('app.titles.notFound');
}

/**
 * Gives every screen a descriptive document title ("Study · Deck title · Deckwright"), so tabs,
 * history and screen readers tell the screens apart. Renders nothing.
 */
export function RouteTitle() {
  const { t } = useTranslation();
  const { pathname } = useLocation();
  const deckId = matchPath('/decks/:deckId/*', pathname)?.params.deckId;
  const deck = useLiveQuery(
    async () => (deckId === undefined ? undefined : getDeck(db, deckId)),
    [deckId],
  );
  const title = pageTitle(pathname, deck?.title, t);
  useEffect(() => {
    document.title = t('app.titles.format', { page: title });
  }, [t, title]);
  return null;
}
