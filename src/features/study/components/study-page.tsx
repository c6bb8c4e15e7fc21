import { useCallback, useEffect, useState } from 'react';
import { Link, useParams } from 'react-router';
import { useTranslation } from '../../../i18n/i18n.ts';
import { useShallow } from 'zustand/react/shallow';
import { clock } from '../../../config/clock.ts';
import { paths } from '../../../config/paths.ts';
import { describeError } from '../../../components/describe-error.ts';
import { useStudyStore } from '../study-store.ts';
import { useStudyKeys } from '../hooks/use-study-keys.ts';
import { StudyHeader } from './study-header.tsx';
import { StudyCard } from './study-card.tsx';
import { CardTextForm } from '../../../components/card-text-form.tsx';
import { CurrentCardText } from './current-card-text.tsx';
import { SessionEnd } from './session-end.tsx';
import { ShortcutHelp } from './shortcut-help.tsx';
import '../study.css';

/** Re-checks the queue while waiting, so learning cards appear when they come due. */
const WAIT_POLL_MS = 15_000;

export function StudyPage() {
  const { t } = useTranslation();
  const { deckId = '' } = useParams();
  // Only what this page shows: the write lock (`busy`) changes twice per answer, and a render
  // for it would cost the next card a frame.
  const { phase, session, current, notice, error, start, refresh, reset, edit } = useStudyStore(
    useShallow((state) => ({
      phase: state.phase,
      session: state.session,
      current: state.current,
      notice: state.notice,
      error: state.error,
      start: state.start,
      refresh: state.refresh,
      reset: state.reset,
      edit: state.edit,
    })),
  );
  const [editing, setEditing] = useState(false);
  const openEditor = useCallback(() => {
    setEditing(true);
  }, []);
  const [helping, setHelping] = useState(false);
  const toggleHelp = useCallback(() => {
    setHelping((open) => !open);
  }, []);
  useStudyKeys(openEditor, toggleHelp);

  useEffect(() => {
    void start(deckId, clock.now());
    // Leaving (or switching decks) ends the session, so coming back never shows an old one.
    return reset;
  }, [deckId, start, reset]);

  useEffect(() => {
    if (phase !== 'wait') return;
    const timer = setInterval(() => {
      refresh(clock.now());
    }, WAIT_POLL_MS);
    return () => {
      clearInterval(timer);
    };
  }, [phase, refresh]);

  if (phase === 'loading') return <p>{t('app.loading')}</p>;
  if (phase === 'missing' || session === null) {
    return (
      <p role="alert">
        {error === null ? t('study.missing', { deckId }) : describeError(error, t)}
      </p>
    );
  }
  const { deck } = session;
  return (
    <section className="study" aria-labelledby="study-title">
      <h1 id="study-title" className="study__title" lang={deck.language}>
        {deck.title}
      </h1>
      <StudyHeader counts={session.queue.counts} answered={session.answers.length} />
      {notice !== null && (
        <p role="status" className="study__notice">
          {t(`study.notice.${notice}`)}
        </p>
      )}
      {error !== null && (
        <p role="alert" className="study__error">
          {describeError(error, t)}
        </p>
      )}
      {current !== null && editing ? (
        <CardTextForm
          title={t('study.editTitle')}
          text={{
            front: t('study.front'),
            back: t('study.backSide'),
            empty: t('study.editEmpty'),
            save: t('study.save'),
            cancel: t('study.cancel'),
          }}
          initial={current}
          lang={deck.language}
          save={async (text) => {
            const outcome = await edit(text, clock.now());
            return outcome === 'gone' ? 'saved' : outcome;
          }}
          conflict={<CurrentCardText card={current} lang={deck.language} />}
          onDone={() => {
            setEditing(false);
          }}
        />
      ) : current !== null ? (
        <StudyCard card={current} lang={deck.language} onEdit={openEditor} />
      ) : (
        <SessionEnd />
      )}
      {helping ? (
        <ShortcutHelp onClose={toggleHelp} />
      ) : (
        <button type="button" aria-keyshortcuts="?" onClick={toggleHelp}>
          {t('study.keys.open')} <kbd>?</kbd>
        </button>
      )}{' '}
      <Link to={paths.deck.build(deck.id)}>{t('study.back')}</Link>
    </section>
  );
}
